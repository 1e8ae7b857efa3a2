package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Request bodies of the reviews, results, adjustments and walkthroughs. */
public final class Inputs {
    private Inputs() {}

    /** @param kind QUARTERLY, SEMESTER or ANNUAL */
    public record ReviewInput(String planId, String kind, String period, String elementId, String cause, String adjustments, String comments) {}

    /** @param orgId needed only for a goal measure (a strategy measure's organization is its plan's) */
    public record ResultInput(String measureId, String schoolYear, BigDecimal value, Integer studentCount, String note, String orgId) {}

    /** @param change the element's fields to change, named as planning's JSON shows them */
    public record AdjustmentInput(String planId, String elementId, String cause, String evidence, Map<String, Object> change) {}

    /** @param date ISO date of the visit */
    public record WalkthroughInput(String orgId, String date, List<String> strategyIds, List<String> lookFors, String notes) {}
}
