package org.braid.selfassessment.internal;

/** The level the team agreed on for an element, recorded by the lead, with the notes of the discussion. */
record Consensus(Integer level, String notes) {}
