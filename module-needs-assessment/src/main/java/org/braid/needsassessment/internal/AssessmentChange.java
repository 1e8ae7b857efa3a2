package org.braid.needsassessment.internal;

/** The body of {@code PUT /api/needs-assessment/assessments/{id}}. */
public record AssessmentChange(String schoolYear, Scope scope, String focus, Long version) {}
