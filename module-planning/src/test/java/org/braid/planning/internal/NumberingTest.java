package org.braid.planning.internal;

import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class NumberingTest {

    @Test
    void numbersFollowToolA() {
        PlanTree t = PlanTreeTestData.plan();
        assertEquals("1", t.priorityAreas().get(0).number());
        assertEquals("2", t.priorityAreas().get(1).number());
        assertEquals("1.1", t.priorityAreas().get(0).strategies().get(0).number());
        assertEquals("1.2", t.priorityAreas().get(0).strategies().get(1).number());
        assertEquals("1.1.2", t.milestones().get(1).number());
        assertEquals("1.1.1.2", t.actions().get(1).number());
        assertEquals("1.1 M1", t.strategies().get(0).measures().get(0).number());
    }

    @Test
    void removingAnElementRenumbersTheRest() {
        PlanTree t = PlanTreeTestData.plan();
        PriorityArea first = t.priorityAreas().get(0);
        PriorityArea shorter = new PriorityArea(first.id(), first.planId(), null, first.title(), null, 1L, first.strategies().subList(1, 2));
        PlanTree renumbered = Numbering.number(new PlanTree(t.id(), t.orgId(), t.schoolYear(), t.status(), t.version(),
                java.util.List.of(t.priorityAreas().get(1), shorter)));
        assertEquals("Talent", renumbered.priorityAreas().get(0).title());
        assertEquals("2.1", renumbered.priorityAreas().get(1).strategies().get(0).number());
        assertEquals("s2", renumbered.priorityAreas().get(1).strategies().get(0).id());
    }

    @Test
    void findsAnyElementById() {
        PlanTree t = PlanTreeTestData.plan();
        assertEquals("1.1.1.1", ((Action) Numbering.find(t, "x1")).number());
        assertEquals("1.2", ((Strategy) Numbering.find(t, "s2")).number());
        assertNull(Numbering.find(t, "nope"));
    }

    @Test
    void theStatementReadsAsOneSentence() {
        Strategy s = new Strategy("s", "a", "1.1", "If we develop guidelines.", "then schools use them", "and students grow.",
                null, null, null, null, 1L, null, null);
        assertEquals("If we develop guidelines, then schools use them, and students grow.", s.statement());
    }
}
