package org.braid.needsassessment.internal;

/**
 * What every part of a needs assessment answers besides its own fields: which part it is and whose.
 * Documents the answer; {@link StoredPart#view} writes it.
 */
public record PartIdentity(String id, String assessmentId) {}
