package org.braid.planning.api;

import java.util.List;

/**
 * One element of a plan with where it sits: its plan, the plan's organization and school year.
 *
 * @param number      its Tool A number (1.1.1.1 for an action)
 * @param parentId    the element it sits under; the plan's id for a priority area
 * @param title       the text Tool A shows for it (a strategy's statement, an action's description)
 * @param codes       its practice codes, inherited when it has none: an action takes its milestone's, then its
 *                    strategy's; a measure or priority area has none
 * @param startDate   ISO date an action starts, or {@code null}
 * @param dueDate     ISO date an action or milestone is due, or {@code null}
 * @param outputs     an action's anticipated outputs
 */
public record PlanElement(String id, ElementKind kind, String number, String planId, String orgId, String schoolYear,
        String parentId, String title, List<String> codes, String startDate, String dueDate, List<String> outputs) {

    public PlanElement {
        codes = codes == null ? List.of() : List.copyOf(codes);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }
}
