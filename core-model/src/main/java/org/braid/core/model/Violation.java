package org.braid.core.model;

/**
 * One problem with one field of the input.
 *
 * @param field the JSON path of the field, e.g. {@code goals[0].measures[1].baseline}
 * @param message what is wrong, in words a user understands
 */
public record Violation(String field, String message) {}
