package org.braid.planning.api;

/** Where a plan is in its review. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED
}
