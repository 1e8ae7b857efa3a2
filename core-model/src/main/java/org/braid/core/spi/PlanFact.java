package org.braid.core.spi;

/**
 * One thing a module knows of an organization's school year, as a required plan checks and shows it.
 *
 * @param source the contributing module's id, e.g. {@code needs-assessment}, {@code monitoring}
 * @param name   what it is; the names planning's templates check are the constants of this record
 * @param label  a short label to show it under, e.g. "Priority need"
 * @param text   the fact in words, e.g. "Comprehensive needs assessment for 2025-26: 3 priority needs"
 * @since 1.5
 */
public record PlanFact(String source, String name, String label, String text) {
    /** A comprehensive needs assessment of the whole organization was completed for the school year (it chose its priority needs). */
    public static final String COMPREHENSIVE_NEEDS_ASSESSMENT = "comprehensive-needs-assessment";
    /** One priority need the needs assessment chose. */
    public static final String PRIORITY_NEED = "priority-need";
    /** One root cause the needs assessment found for a priority need. */
    public static final String ROOT_CAUSE = "root-cause";
    /** Status reports were filed on the plan's implementation. */
    public static final String STATUS_REPORTS = "status-reports";
    /** Reviews (of milestones, strategies, measures) were held on the plan. */
    public static final String REVIEWS = "reviews";

    public PlanFact {
        if (source == null || source.isBlank() || name == null || name.isBlank()) throw new IllegalArgumentException("a fact needs its source and name");
    }
}
