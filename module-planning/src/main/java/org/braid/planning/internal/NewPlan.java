package org.braid.planning.internal;

/** The body of {@code POST /api/planning/plans}. */
public record NewPlan(String orgId, String schoolYear) {}
