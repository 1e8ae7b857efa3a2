package org.braid.planning.internal;

/** The body of {@code PUT /api/planning/plans/{id}}: a draft plan's school year. */
public record PlanInput(String schoolYear, Long version) {}
