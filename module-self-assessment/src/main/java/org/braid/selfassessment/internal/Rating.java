package org.braid.selfassessment.internal;

/**
 * One member's own rating of one element, as only that member sees it.
 *
 * @param level    the performance level, 1 (consistently low) to 4 (consistently high)
 * @param evidence what shows it
 */
record Rating(String code, Integer level, String evidence, String notes, Long version) {}
