package org.braid.needsassessment.internal;

/** The body of {@code POST /api/needs-assessment/assessments}. */
public record NewAssessment(String orgId, String schoolYear, Scope scope, String focus) {}
