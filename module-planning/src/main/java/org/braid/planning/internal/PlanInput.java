package org.braid.planning.internal;

/** The body of {@code PUT /api/planning/plans/{id}}: a draft plan's school year. */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({"id", "orgId", "status", "priorityAreas"})
public record PlanInput(String schoolYear, Long version) {}
