package org.braid.needsassessment.internal;

/**
 * A needs assessment of an organization for a school year, without its parts.
 *
 * @param focus the area a segmented assessment looks at, e.g. "7th-grade mathematics"
 */
public record Assessment(String id, String orgId, String schoolYear, Scope scope, String focus, Long version) {}
