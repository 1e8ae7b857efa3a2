package org.braid.planning.api;

/**
 * Something happened to a plan. Listeners are told in the transaction of the change, so what they write
 * commits or rolls back with it.
 *
 * @param elementId the element added, changed or deleted, or {@code null} for the plan as a whole
 */
public record PlanEvent(Type type, String planId, String orgId, String schoolYear, String elementId) {

    /** What happened. */
    public enum Type {
        /** A plan was started or imported. */
        CREATED,
        /** An element was added, changed, moved or deleted. */
        CHANGED,
        /** The plan was submitted as a new version. */
        SUBMITTED,
        /** The plan's latest version was approved. */
        APPROVED,
        /** A submitted or approved plan became a draft again. */
        REOPENED,
        /** The plan was deleted with everything in it. */
        DELETED
    }
}
