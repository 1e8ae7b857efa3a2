package org.braid.planning.api;

/** The kinds of element in a plan, from the top of Tool A's tree down. */
public enum ElementKind {
    PRIORITY_AREA, STRATEGY, MEASURE, MILESTONE, ACTION
}
