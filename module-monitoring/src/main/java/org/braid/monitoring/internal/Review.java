package org.braid.monitoring.internal;

import java.util.Map;

/**
 * A quarterly milestone, semester strategy or annual review: the figures computed from the reports when it was filed,
 * and the team's words.
 *
 * @param period  {@code Q1}..{@code Q4}, {@code S1}/{@code S2}, or the school year for an annual review
 * @param figures the percentages and counts as computed when filed
 */
public record Review(String id, String planId, String orgId, String kind, String period, String elementId, Map<String, Object> figures,
        String cause, String adjustments, String comments, String reviewedBy, String reviewedAt, Long version) {}
