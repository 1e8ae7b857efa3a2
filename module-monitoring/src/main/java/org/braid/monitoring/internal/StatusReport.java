package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A monthly status report on an action or milestone, as filed.
 *
 * @param period           the month reported on, e.g. {@code 2026-10}
 * @param outputsCompleted the outputs the team says are done
 * @param spent            resources or budget used this month
 * @param late             filed after the month's reporting window closed
 */
public record StatusReport(String id, String elementId, String planId, String orgId, String period, Status status, String note,
        String evidence, List<String> outputsCompleted, BigDecimal spent, boolean late, String reportedBy, String reportedAt, Long version) {

    public StatusReport {
        outputsCompleted = outputsCompleted == null ? List.of() : List.copyOf(outputsCompleted);
    }
}
