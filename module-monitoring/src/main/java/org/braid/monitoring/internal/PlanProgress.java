package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;

/**
 * A plan's progress as Tool A's reporting section shows it: each action's and milestone's status, the quarterly
 * percentages of each milestone and the semester figures of each strategy, computed from the status reports.
 */
final class PlanProgress {
    /** What the reports say of one action or milestone today. */
    record State(String status, boolean notReported, boolean overdue, Map<String, String> history, List<StatusReport> reports) {}

    private final Map<String, State> states = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();
    private final LocalDate today;

    /**
     * @param planItems   the plan's items as monitoring counts them
     * @param planReports the plan's reports, oldest first
     */
    PlanProgress(List<Item> planItems, List<StatusReport> planReports, Clock clock) {
        this.today = LocalDate.now(clock);
        Map<String, List<StatusReport>> byElement = new HashMap<>();
        for (StatusReport r : planReports) byElement.computeIfAbsent(r.elementId(), k -> new ArrayList<>()).add(r);
        for (Item i : planItems) {
            items.put(i.elementId(), i);
            List<StatusReport> rs = byElement.getOrDefault(i.elementId(), List.of());
            TreeMap<String, String> history = new TreeMap<>();
            for (StatusReport r : rs) history.put(r.period(), r.status().name());
            String status = history.isEmpty() ? null : history.lastEntry().getValue();
            boolean notReported = status == null && i.startDate().isBefore(today);
            boolean overdue = Status.open(status == null ? Status.NONE : status) && i.dueDate() != null && i.dueDate().isBefore(today);
            states.put(i.elementId(), new State(status, notReported, overdue, history, rs));
        }
    }

    State state(String elementId) {
        return states.getOrDefault(elementId, new State(null, false, false, Map.of(), List.of()));
    }

    private boolean behind(String id) {
        State s = state(id);
        return Status.OFF_TRACK.name().equals(s.status()) || s.overdue() || s.notReported();
    }

    /** Tool A's quarterly milestone review figures, from its actions' reports. */
    Map<String, Object> milestoneFigures(Milestone m) {
        int n = 0, completed = 0, behind = 0, anticipated = 0;
        Set<String> outputs = new LinkedHashSet<>();
        BigDecimal spent = BigDecimal.ZERO;
        for (Action a : m.actions()) {
            State s = state(a.id());
            for (StatusReport r : s.reports()) {
                outputs.addAll(r.outputsCompleted());
                if (r.spent() != null) spent = spent.add(r.spent());
            }
            anticipated += a.outputs().size();
            if (Status.CANCELLED.name().equals(s.status())) continue;
            n++;
            if (Status.COMPLETE.name().equals(s.status())) completed++;
            if (behind(a.id())) behind++;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("actions", n);
        f.put("actionsCompletedPercent", percent(completed, n));
        f.put("actionsOnTimePercent", percent(n - behind, n));
        f.put("actionsBehindSchedulePercent", percent(behind, n));
        f.put("outputsCompleted", new ArrayList<>(outputs));
        f.put("outputsAnticipated", anticipated);
        f.put("spent", spent);
        return f;
    }

    /** A milestone is completed when reported COMPLETE, or when every action that is not cancelled is. */
    boolean milestoneCompleted(Milestone m) {
        if (Status.COMPLETE.name().equals(state(m.id()).status())) return true;
        List<Action> live = m.actions().stream().filter(a -> !Status.CANCELLED.name().equals(state(a.id()).status())).toList();
        return !live.isEmpty() && live.stream().allMatch(a -> Status.COMPLETE.name().equals(state(a.id()).status()));
    }

    boolean milestoneBehind(Milestone m) {
        return !milestoneCompleted(m) && (behind(m.id()) && state(m.id()).status() != null || state(m.id()).overdue()
                || m.actions().stream().anyMatch(a -> behind(a.id())));
    }

    /** Tool A's semester strategy review figures. */
    Map<String, Object> strategyFigures(Strategy s) {
        int n = 0, completed = 0, behind = 0;
        for (Milestone m : s.milestones()) {
            if (Status.CANCELLED.name().equals(state(m.id()).status())) continue;
            n++;
            if (milestoneCompleted(m)) completed++;
            else if (milestoneBehind(m)) behind++;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("milestones", n);
        f.put("milestonesCompletedPercent", percent(completed, n));
        f.put("milestonesBehindSchedule", behind);
        return f;
    }

    /** Whole-plan figures for an annual review. */
    Map<String, Object> planFigures(PlanTree t) {
        int actions = 0, done = 0, milestones = 0, mDone = 0;
        for (Milestone m : t.milestones()) {
            milestones++;
            if (milestoneCompleted(m)) mDone++;
            for (Action a : m.actions()) {
                if (Status.CANCELLED.name().equals(state(a.id()).status())) continue;
                actions++;
                if (Status.COMPLETE.name().equals(state(a.id()).status())) done++;
            }
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("actions", actions);
        f.put("actionsCompletedPercent", percent(done, actions));
        f.put("milestones", milestones);
        f.put("milestonesCompletedPercent", percent(mDone, milestones));
        return f;
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : Math.round(100f * part / whole);
    }

    private Map<String, Object> stateOf(String id) {
        State s = state(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", s.status());
        out.put("notReported", s.notReported());
        out.put("overdue", s.overdue());
        out.put("history", s.history());
        out.put("lastReport", s.reports().isEmpty() ? null : s.reports().get(s.reports().size() - 1));
        return out;
    }

    /** Tool A's reporting view of the whole plan. */
    Map<String, Object> view(PlanTree t, Map<String, MeasureResult> results, List<Review> reviews) {
        List<Object> areas = new ArrayList<>();
        for (PriorityArea a : t.priorityAreas()) {
            List<Object> strategies = new ArrayList<>();
            for (Strategy s : a.strategies()) {
                List<Object> measures = new ArrayList<>();
                for (StrategyMeasure m : s.measures()) {
                    Map<String, Object> mm = new LinkedHashMap<>();
                    mm.put("id", m.id());
                    mm.put("number", m.number());
                    mm.put("indicator", m.indicator());
                    mm.put("baseline", m.baseline());
                    mm.put("targets", m.targets());
                    mm.put("result", results.get(m.id()));
                    measures.add(mm);
                }
                List<Object> milestones = new ArrayList<>();
                for (Milestone m : s.milestones()) {
                    List<Object> actions = new ArrayList<>();
                    for (Action x : m.actions()) {
                        Map<String, Object> ax = new LinkedHashMap<>();
                        ax.put("id", x.id());
                        ax.put("number", x.number());
                        ax.put("description", x.description());
                        ax.put("owner", x.owner());
                        ax.put("startDate", x.startDate());
                        ax.put("dueDate", x.dueDate());
                        ax.put("codes", codes(x.id()));
                        ax.put("outputs", x.outputs());
                        ax.putAll(stateOf(x.id()));
                        actions.add(ax);
                    }
                    Map<String, Object> mx = new LinkedHashMap<>();
                    mx.put("id", m.id());
                    mx.put("number", m.number());
                    mx.put("description", m.description());
                    mx.put("dueDate", m.dueDate());
                    mx.put("codes", codes(m.id()));
                    mx.putAll(stateOf(m.id()));
                    mx.put("completed", milestoneCompleted(m));
                    mx.put("figures", milestoneFigures(m));
                    mx.put("actions", actions);
                    milestones.add(mx);
                }
                Map<String, Object> sx = new LinkedHashMap<>();
                sx.put("id", s.id());
                sx.put("number", s.number());
                sx.put("statement", s.statement());
                sx.put("codes", s.codes());
                sx.put("figures", strategyFigures(s));
                sx.put("measures", measures);
                sx.put("milestones", milestones);
                strategies.add(sx);
            }
            Map<String, Object> ax = new LinkedHashMap<>();
            ax.put("id", a.id());
            ax.put("number", a.number());
            ax.put("title", a.title());
            ax.put("strategies", strategies);
            areas.add(ax);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("planId", t.id());
        out.put("orgId", t.orgId());
        out.put("schoolYear", t.schoolYear());
        out.put("asOf", today.toString());
        out.put("figures", planFigures(t));
        out.put("priorityAreas", areas);
        out.put("reviews", reviews);
        return out;
    }

    /** Every milestone and action of the plan with its status and the report filed for the period, if any: the monthly report page. */
    Map<String, Object> form(PlanTree t, String period) {
        List<Object> rows = new ArrayList<>();
        for (Milestone m : t.milestones()) {
            rows.add(row(m.id(), "MILESTONE", m.number(), m.description(), null, m.dueDate(), List.of(), period));
            for (Action a : m.actions()) rows.add(row(a.id(), "ACTION", a.number(), a.description(), a.startDate(), a.dueDate(), a.outputs(), period));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("planId", t.id());
        out.put("orgId", t.orgId());
        out.put("schoolYear", t.schoolYear());
        out.put("period", period);
        out.put("items", rows);
        return out;
    }

    private Map<String, Object> row(String id, String kind, String number, String title, String start, String due, List<String> outputs, String period) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("elementId", id);
        r.put("kind", kind);
        r.put("number", number);
        r.put("title", title);
        r.put("codes", codes(id));
        r.put("startDate", start);
        r.put("dueDate", due);
        r.put("outputs", outputs);
        State s = state(id);
        r.put("status", s.status());
        r.put("notReported", s.notReported());
        r.put("overdue", s.overdue());
        StatusReport filed = null;
        for (StatusReport x : s.reports()) if (x.period().equals(period)) filed = x;
        r.put("report", filed);
        return r;
    }

    private List<String> codes(String id) {
        Item i = items.get(id);
        return i == null ? List.of() : i.codes();
    }
}
