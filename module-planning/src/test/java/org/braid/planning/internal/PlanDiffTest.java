package org.braid.planning.internal;

import java.math.BigDecimal;
import java.util.List;

import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.internal.PlanDiff.Change;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PlanDiffTest {

    @Test
    void showsWhatChangedElementByElement() {
        PlanTree before = PlanTreeTestData.plan();
        PriorityArea a1 = before.priorityAreas().get(0);
        Strategy s1 = a1.strategies().get(0);
        Milestone m1 = s1.milestones().get(0);
        Action x1 = m1.actions().get(0);
        Action cheaper = new Action(x1.id(), x1.milestoneId(), null, x1.description(), x1.owner(), x1.collaborators(), x1.startDate(),
                x1.dueDate(), x1.resources(), new BigDecimal("800.00"), x1.fundingSource(), x1.outputs(), x1.codes(), 2L);
        Action added = PlanTreeTestData.action("x3", "Principal", "2027-05-01", null, null);
        // x2 removed, x1 cheaper, x3 added; the second strategy moves first (renumbered)
        Milestone m1b = new Milestone(m1.id(), m1.strategyId(), null, m1.description(), m1.dueDate(), m1.codes(), 1L, List.of(cheaper, added));
        Strategy s1b = new Strategy(s1.id(), s1.priorityAreaId(), null, s1.ifPart(), s1.then(), s1.and(), s1.codes(), s1.startYear(),
                s1.endYear(), s1.goalIds(), 1L, s1.measures(), List.of(m1b, s1.milestones().get(1)));
        PriorityArea a1b = new PriorityArea(a1.id(), a1.planId(), null, a1.title(), a1.description(), 1L, List.of(a1.strategies().get(1), s1b));
        PlanTree after = Numbering.number(new PlanTree(before.id(), before.orgId(), before.schoolYear(), before.status(), 9L,
                List.of(a1b, before.priorityAreas().get(1))));

        List<Change> changes = PlanDiff.diff(PlanVersions.snapshot(before), PlanVersions.snapshot(after));
        Change budget = changes.stream().filter(c -> c.id().equals("x1")).findFirst().orElseThrow();
        assertEquals("changed", budget.change());
        assertEquals("1.1.1.1", budget.numberBefore());
        assertEquals("1.2.1.1", budget.numberAfter());
        assertEquals("budget", budget.fields().get(0).field());
        assertEquals(1, budget.fields().size(), "an unchanged field is not listed: " + budget.fields());
        assertEquals("removed", changes.stream().filter(c -> c.id().equals("x2")).findFirst().orElseThrow().change());
        assertEquals("added", changes.stream().filter(c -> c.id().equals("x3")).findFirst().orElseThrow().change());
        Change moved = changes.stream().filter(c -> c.id().equals("s2")).findFirst().orElseThrow();
        assertEquals("renumbered", moved.change());
        assertEquals("1.1", moved.numberAfter());
        assertTrue(changes.stream().noneMatch(c -> c.id().equals("a2")), "an untouched element is not listed");
    }

    @Test
    void theSamePlanHasNoChanges() {
        assertEquals(List.of(), PlanDiff.diff(PlanVersions.snapshot(PlanTreeTestData.plan()), PlanVersions.snapshot(PlanTreeTestData.plan())));
    }
}
