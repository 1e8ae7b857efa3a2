package org.braid.planning.api.dto;

import java.util.List;

/** A large piece of a strategy's work, usually a year's, with a due date; numbered 1.1.1 in Tool A. */
public record Milestone(String id, String strategyId, String number, String description, String dueDate, List<String> codes,
        Long version, List<Action> actions) {

    public Milestone {
        codes = codes == null ? List.of() : List.copyOf(codes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
