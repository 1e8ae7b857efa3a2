package org.braid.planning.api;

/**
 * An organization's improvement plan for one school year (Tool A).
 *
 * @param status DRAFT, SUBMITTED or APPROVED
 */
public record Plan(String id, String orgId, String schoolYear, PlanStatus status, Long version) {}
