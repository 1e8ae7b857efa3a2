package org.braid.planning.internal;

import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.platform.csv.CsvTable;

/** All actions of a plan as CSV, one row each, for spreadsheets. */
final class ActionsCsv {
    static final String[] HEADER = {"number", "strategy", "milestone", "action", "owner", "collaborators", "start date", "due date",
        "resources", "budget", "funding source", "outputs", "codes"};

    private ActionsCsv() {
    }

    static CsvTable write(PlanTree plan) {
        CsvTable csv = new CsvTable(HEADER);
        for (PriorityArea a : plan.priorityAreas()) {
            for (Strategy s : a.strategies()) {
                for (Milestone m : s.milestones()) {
                    for (Action x : m.actions()) {
                        csv.row(x.number(), s.number(), m.number(), x.description(), x.owner(), String.join("; ", x.collaborators()),
                                x.startDate(), x.dueDate(), x.resources(), x.budget(), x.fundingSource(), String.join("; ", x.outputs()),
                                String.join(" ", x.codes()));
                    }
                }
            }
        }
        return csv;
    }
}
