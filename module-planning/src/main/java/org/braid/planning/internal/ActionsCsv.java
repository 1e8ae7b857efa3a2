package org.braid.planning.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;

/** All actions of a plan as CSV, one row each, for spreadsheets. */
final class ActionsCsv {
    static final String[] HEADER = {"number", "strategy", "milestone", "action", "owner", "collaborators", "start date", "due date",
        "resources", "budget", "funding source", "outputs", "codes"};

    private ActionsCsv() {
    }

    static String write(PlanTree plan) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (PriorityArea a : plan.priorityAreas()) {
                for (Strategy s : a.strategies()) {
                    for (Milestone m : s.milestones()) {
                        for (Action x : m.actions()) {
                            csv.printRecord(x.number(), s.number(), m.number(), x.description(), x.owner(), String.join("; ", x.collaborators()),
                                    x.startDate(), x.dueDate(), x.resources(), x.budget() == null ? null : x.budget().toPlainString(),
                                    x.fundingSource(), String.join("; ", x.outputs()), String.join(" ", x.codes()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
