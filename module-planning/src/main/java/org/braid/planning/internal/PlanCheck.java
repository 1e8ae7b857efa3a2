package org.braid.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.braid.core.model.Goal;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;

/** The plan check: what a coach would flag, each finding naming the element by its Tool A number. */
final class PlanCheck {
    /** Focus on few (seed 004): more priority areas than this is flagged. */
    static final int MAX_PRIORITY_AREAS = 4;

    private PlanCheck() {
    }

    /**
     * @param plan  the numbered plan
     * @param goals the goals of the plan's organization (its direction)
     */
    static List<Finding> check(PlanTree plan, List<Goal> goals) {
        List<Finding> out = new ArrayList<>();
        if (plan.priorityAreas().isEmpty()) out.add(new Finding("plan-without-priority-areas", "", plan.id(), "The plan has no priority area yet"));
        if (plan.priorityAreas().size() > MAX_PRIORITY_AREAS) {
            out.add(new Finding("too-many-priority-areas", "", plan.id(), "The plan has " + plan.priorityAreas().size()
                    + " priority areas; focus on at most " + MAX_PRIORITY_AREAS));
        }
        for (Goal g : goals) {
            if (g.measures().isEmpty()) out.add(new Finding("goal-without-measures", "", g.id(), "Goal \"" + g.statement() + "\" has no measure"));
        }
        int planStart = Inputs.firstYear(plan.schoolYear());
        for (PriorityArea a : plan.priorityAreas()) {
            if (a.strategies().isEmpty()) out.add(new Finding("priority-area-without-strategies", a.number(), a.id(), "Priority area " + a.number() + " has no strategy"));
            for (Strategy s : a.strategies()) {
                String n = s.number();
                if (blank(s.ifPart())) out.add(new Finding("strategy-missing-if", n, s.id(), "Strategy " + n + " has no \"If we ...\" part"));
                if (blank(s.then())) out.add(new Finding("strategy-missing-then", n, s.id(), "Strategy " + n + " has no \"then ...\" part: what measurable change should it cause?"));
                if (blank(s.and())) out.add(new Finding("strategy-missing-and", n, s.id(), "Strategy " + n + " has no \"and ...\" part: what result for students?"));
                if (s.codes().isEmpty()) out.add(new Finding("strategy-uncoded", n, s.id(), "Strategy " + n + " is not coded to a practice"));
                if (s.goalIds().isEmpty()) out.add(new Finding("strategy-without-goal", n, s.id(), "Strategy " + n + " is not linked to a goal"));
                if (s.measures().isEmpty()) out.add(new Finding("strategy-without-measures", n, s.id(), "Strategy " + n + " has no measure of its \"then\""));
                if (s.milestones().isEmpty()) out.add(new Finding("strategy-without-milestones", n, s.id(), "Strategy " + n + " has no milestone"));
                if (s.startYear() != null && Inputs.firstYear(s.startYear()) < planStart) {
                    out.add(new Finding("date-outside-plan", n, s.id(), "Strategy " + n + " starts in " + s.startYear() + ", before the plan's year " + plan.schoolYear()));
                }
                LocalDate from = s.startYear() == null ? null : LocalDate.of(Inputs.firstYear(s.startYear()), 7, 1);
                LocalDate to = s.endYear() == null ? null : LocalDate.of(Inputs.firstYear(s.endYear()) + 1, 6, 30);
                for (StrategyMeasure m : s.measures()) {
                    if (blank(m.baseline())) out.add(new Finding("measure-without-baseline", m.number(), m.id(), "Measure " + m.number() + " has no baseline"));
                    if (m.targets() == null || m.targets().isEmpty()) out.add(new Finding("measure-without-targets", m.number(), m.id(), "Measure " + m.number() + " has no targets"));
                }
                for (Milestone m : s.milestones()) {
                    if (m.actions().isEmpty()) out.add(new Finding("milestone-without-actions", m.number(), m.id(), "Milestone " + m.number() + " has no action"));
                    if (m.dueDate() == null) out.add(new Finding("milestone-without-due-date", m.number(), m.id(), "Milestone " + m.number() + " has no due date"));
                    else outside(out, m.number(), m.id(), "Milestone", "due", m.dueDate(), from, to);
                    for (Action x : m.actions()) {
                        if (blank(x.owner())) out.add(new Finding("action-without-owner", x.number(), x.id(), "Action " + x.number() + " has no owner"));
                        if (x.dueDate() == null) out.add(new Finding("action-without-due-date", x.number(), x.id(), "Action " + x.number() + " has no due date"));
                        else outside(out, x.number(), x.id(), "Action", "due", x.dueDate(), from, to);
                        if (x.startDate() != null) outside(out, x.number(), x.id(), "Action", "start", x.startDate(), from, to);
                        if (x.outputs().isEmpty()) out.add(new Finding("action-without-outputs", x.number(), x.id(), "Action " + x.number() + " names no output (deliverable)"));
                    }
                }
            }
        }
        return out;
    }

    private static void outside(List<Finding> out, String number, String id, String what, String which, String date, LocalDate from, LocalDate to) {
        LocalDate d = LocalDate.parse(date);
        if ((from != null && d.isBefore(from)) || (to != null && d.isAfter(to))) {
            out.add(new Finding("date-outside-plan", number, id, what + " " + number + " is " + which + " " + date
                    + ", outside its strategy's years (" + from + " to " + to + ")"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
