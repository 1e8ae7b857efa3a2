package org.braid.selfassessment.internal;

/**
 * The level the team agreed on for an element, recorded by the lead, with the notes of the discussion.
 *
 * @param evidence what the team agreed shows it (documents, data), or {@code null}
 */
record Consensus(Integer level, String notes, String evidence) {}
