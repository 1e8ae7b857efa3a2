package org.braid.monitoring.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;

/**
 * What a published progress page shows: the annual story without anything internal (no ids, no user names, no
 * report notes, no staff) and with small numbers suppressed (NCES SLDS Technical Brief 3).
 * <p>
 * The figures about students in the story are the measures' results, each with its baseline and whether it reached
 * its target, about the number of students the result names. The counts of actions, milestones and months are
 * counts of plan elements, not of students, and the supports received carry no figure, so none of them is
 * suppressed. The relations between figures about students are:
 * <ul>
 * <li>results of one data source: a measure for all students and the same measure for groups of them come from
 * the same data, and the model does not say which measure is a group of which, so every set of results drawn from
 * one data source (goal and strategy measures alike) is taken as one relation;
 * <li>a baseline and its result are about the same group: a measure's row is one cell (baseline, result, whether
 * it reached its target), hidden whole, so its baselines relate as its results do;
 * <li>"X of Y goal measures reached" counts only the rows shown, so it has no hidden member.
 * </ul>
 * A result about fewer students than the minimum, or about an unknown number, is hidden (primary suppression);
 * then a relation with exactly one hidden row hides its next smallest row too (complementary suppression). A row
 * without a result this year has no count and shows its baseline as the direction states it.
 */
record PublicStory(String name, String type, String schoolYear, List<String> summary, String vision, String mission, List<Goal> goals,
        AnnualReport.Work actions, AnnualReport.Work milestones, List<AnnualReport.Month> months, List<String> outputs, List<Measure> strategyMeasures,
        List<Change> changes, List<SupportReceived> supports, int minimumCount) {

    /**
     * A measure as published: the baseline, result and whether it reached its target only when not suppressed;
     * {@code suppression} says why it is not ({@code FEWER_THAN_MINIMUM} or {@code COMPLEMENTARY}).
     */
    record Measure(String indicator, String baseline, String target, String result, Boolean onTarget, boolean suppressed,
            Suppression.Reason suppression) {}

    record Goal(String statement, List<Measure> measures) {}

    /** An adjustment as published: when, and why. */
    record Change(String date, String cause) {}

    record SupportReceived(String title, String format, String startDate) {}

    static PublicStory of(AnnualReport.Story s, Organization o, int minimum) {
        List<AnnualReport.MeasureLine> lines = new ArrayList<>();
        s.goals().forEach(g -> lines.addAll(g.measures()));
        lines.addAll(s.strategyMeasures());
        Map<AnnualReport.MeasureLine, Suppression.Reason> hidden = suppress(lines, minimum);

        List<Goal> goals = new ArrayList<>();
        List<AnnualReport.GoalLine> shownGoals = new ArrayList<>();
        for (AnnualReport.GoalLine g : s.goals()) {
            goals.add(new Goal(g.statement(), g.measures().stream().map(m -> measure(m, hidden.get(m))).toList()));
            shownGoals.add(new AnnualReport.GoalLine(g.statement(), g.measures().stream().map(m -> hidden.containsKey(m) ? new AnnualReport.MeasureLine(
                    m.kind(), m.indicator(), m.dataSource(), null, m.target(), null, null, null) : m).toList()));
        }
        List<Adjustment> told = s.adjustments().stream().filter(a -> !a.isInternal()).toList(); // the internal ones are the team's
        List<String> summary = AnnualReport.summary(o, s.schoolYear(), s.actions(), s.milestones(), shownGoals, told, s.supports(),
                s.actions().total() == 0 && o.type() == OrgType.SCHOOL);
        return new PublicStory(s.name(), s.type(), s.schoolYear(), summary, s.vision(), s.mission(), goals, s.actions(), s.milestones(), s.months(),
                s.outputs(), s.strategyMeasures().stream().map(m -> measure(m, hidden.get(m))).toList(),
                told.stream().map(a -> new Change(a.madeAt().substring(0, 10), a.cause())).toList(),
                s.supports().stream().map(x -> new SupportReceived(x.title(), x.format(), x.startDate())).toList(), minimum);
    }

    /** @return the rows with a result that are not shown, and why (rows are keyed by identity: two may be equal) */
    private static Map<AnnualReport.MeasureLine, Suppression.Reason> suppress(List<AnnualReport.MeasureLine> lines, int minimum) {
        List<AnnualReport.MeasureLine> cells = lines.stream().filter(m -> m.result() != null).toList();
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) bySource.computeIfAbsent(relation(cells.get(i)), k -> new ArrayList<>()).add(i);
        Suppression.Reason[] why = Suppression.apply(cells.stream().map(AnnualReport.MeasureLine::studentCount).toList(), List.copyOf(bySource.values()),
                minimum);
        Map<AnnualReport.MeasureLine, Suppression.Reason> out = new IdentityHashMap<>();
        for (int i = 0; i < why.length; i++) if (why[i] != null) out.put(cells.get(i), why[i]);
        return out;
    }

    /** @return the relation a result belongs to: its data source (results with none named are taken as one source) */
    static String relation(AnnualReport.MeasureLine m) {
        return m.dataSource() == null ? "" : m.dataSource().strip().toLowerCase(Locale.ROOT);
    }

    private static Measure measure(AnnualReport.MeasureLine m, Suppression.Reason why) {
        return why == null ? new Measure(m.indicator(), m.baseline(), m.target(), m.result(), m.onTarget(), false, null)
                : new Measure(m.indicator(), null, m.target(), null, null, true, why);
    }
}
