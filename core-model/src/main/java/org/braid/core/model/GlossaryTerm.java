package org.braid.core.model;

/** A term of the organization's common language and what it means there. */
public record GlossaryTerm(String term, String definition) {}
