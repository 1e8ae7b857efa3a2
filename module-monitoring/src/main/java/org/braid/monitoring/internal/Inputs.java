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

    /**
     * @param change   the element's fields to change, named as planning's JSON shows them
     * @param internal keep it off the public progress page
     */
    public record AdjustmentInput(String planId, String elementId, String cause, String evidence, Map<String, Object> change, Boolean internal) {}

    /** @param date ISO date of the visit */
    public record WalkthroughInput(String orgId, String date, List<String> strategyIds, List<String> lookFors, String notes) {}

    /** @param version the version an update is based on (or If-Match) */
    public record SupportInput(String title, String description, String providerOrgId, String provider, String format, List<String> practiceCodes,
            Integer capacity, String contact, Long version) {}

    /** @param elementIds the lagging strategies, milestones or actions the support is for */
    public record AssignmentInput(String supportId, String orgId, List<String> elementIds, String startDate, String note) {}

    /** The provider's answer to a request, or a later change: status, staff, dates. */
    public record AssignmentChange(String status, String staff, String startDate, String endDate, Long version) {}
}
