package org.braid.monitoring.internal;

import java.util.ArrayList;
import java.util.List;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;

/**
 * What a published progress page shows: the annual story without anything internal (no ids, no user names, no
 * report notes, no staff) and with small numbers suppressed. A measure's result about fewer students than the
 * minimum (or about an unknown number) is not shown, nor whether it reached its target, and the summary's count of
 * measures that reached their target leaves those out too, so no suppressed result can be worked out from it.
 */
record PublicStory(String name, String type, String schoolYear, List<String> summary, String vision, String mission, List<Goal> goals,
        AnnualReport.Work actions, AnnualReport.Work milestones, List<AnnualReport.Month> months, List<String> outputs, List<Measure> strategyMeasures,
        List<Change> changes, List<SupportReceived> supports, int minimumCount) {

    /** A measure as published: the result and whether it reached its target only when enough students are behind it. */
    record Measure(String indicator, String baseline, String target, String result, Boolean onTarget, boolean suppressed) {}

    record Goal(String statement, List<Measure> measures) {}

    /** An adjustment as published: when, and why. */
    record Change(String date, String cause) {}

    record SupportReceived(String title, String format, String startDate) {}

    static PublicStory of(AnnualReport.Story s, Organization o, int minimum) {
        List<Goal> goals = new ArrayList<>();
        List<AnnualReport.GoalLine> shownGoals = new ArrayList<>();
        for (AnnualReport.GoalLine g : s.goals()) {
            goals.add(new Goal(g.statement(), g.measures().stream().map(m -> measure(m, minimum)).toList()));
            shownGoals.add(new AnnualReport.GoalLine(g.statement(), g.measures().stream().map(m -> hidden(m, minimum) ? new AnnualReport.MeasureLine(m.kind(),
                    m.indicator(), m.baseline(), m.target(), null, null, null) : m).toList()));
        }
        List<String> summary = AnnualReport.summary(o, s.schoolYear(), s.actions(), s.milestones(), shownGoals, s.adjustments(), s.supports(),
                s.actions().total() == 0 && o.type() == OrgType.SCHOOL);
        return new PublicStory(s.name(), s.type(), s.schoolYear(), summary, s.vision(), s.mission(), goals, s.actions(), s.milestones(), s.months(),
                s.outputs(), s.strategyMeasures().stream().map(m -> measure(m, minimum)).toList(),
                s.adjustments().stream().map(a -> new Change(a.madeAt().substring(0, 10), a.cause())).toList(),
                s.supports().stream().map(x -> new SupportReceived(x.title(), x.format(), x.startDate())).toList(), minimum);
    }

    private static boolean hidden(AnnualReport.MeasureLine m, int minimum) {
        return m.result() != null && (m.studentCount() == null || m.studentCount() < minimum);
    }

    private static Measure measure(AnnualReport.MeasureLine m, int minimum) {
        boolean hide = hidden(m, minimum);
        return new Measure(m.indicator(), m.baseline(), m.target(), hide ? null : m.result(), hide ? null : m.onTarget(), hide);
    }
}
