package org.braid.planning.internal;

/**
 * Something a coach would flag in a plan.
 *
 * @param rule      a stable name of the rule, e.g. {@code milestone-without-actions}
 * @param number    the Tool A number of the element (empty for the plan or a goal)
 * @param elementId the element's id
 * @param message   the finding, naming the element by its number
 */
public record Finding(String rule, String number, String elementId, String message) {}
