package org.braid.planning.api.dto;

import java.util.List;

import org.braid.planning.api.PlanStatus;

/** A whole plan as Tool A shows it: its priority areas with everything under them, each element numbered. */
public record PlanTree(String id, String orgId, String schoolYear, PlanStatus status, Long version, List<PriorityArea> priorityAreas) {

    public PlanTree {
        priorityAreas = priorityAreas == null ? List.of() : List.copyOf(priorityAreas);
    }

    /** @return every strategy in Tool A order */
    public List<Strategy> strategies() {
        return priorityAreas.stream().flatMap(a -> a.strategies().stream()).toList();
    }

    /** @return every milestone in Tool A order */
    public List<Milestone> milestones() {
        return strategies().stream().flatMap(s -> s.milestones().stream()).toList();
    }

    /** @return every action in Tool A order */
    public List<Action> actions() {
        return milestones().stream().flatMap(m -> m.actions().stream()).toList();
    }
}
