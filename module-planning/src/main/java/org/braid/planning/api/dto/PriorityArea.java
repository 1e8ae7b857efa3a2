package org.braid.planning.api.dto;

import java.util.List;

/**
 * A priority area of a plan (from the needs assessment), numbered 1, 2, ... in Tool A.
 *
 * @param number derived from its place in the plan, never stored
 */
public record PriorityArea(String id, String planId, String number, String title, String description, Long version,
        List<Strategy> strategies) {

    public PriorityArea {
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
    }
}
