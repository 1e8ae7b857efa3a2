package org.braid.monitoring.internal;

import java.util.List;

/** A whole plan's monthly report: every action (and milestone) reported at once, all or nothing. */
public record PlanReportInput(String period, List<ReportInput> reports) {}
