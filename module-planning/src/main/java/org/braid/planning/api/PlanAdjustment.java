package org.braid.planning.api;

/**
 * What an adjustment made of a plan: the version it became.
 *
 * @param version the number of the plan version that holds the change
 */
public record PlanAdjustment(String planId, String elementId, int version) {}
