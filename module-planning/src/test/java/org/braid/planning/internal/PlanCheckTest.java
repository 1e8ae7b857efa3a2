package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.braid.core.model.Goal;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PlanCheckTest {

    @Test
    void flagsWhatACoachWouldFlagByNumber() {
        List<Finding> f = PlanCheck.check(PlanTreeTestData.plan(), List.of(new Goal("g1", "Each student grows", null, List.of())));
        List<String> seen = f.stream().map(x -> x.rule() + " " + x.number()).toList();
        assertTrue(seen.contains("strategy-missing-then 1.2"), seen.toString());
        assertTrue(seen.contains("strategy-uncoded 1.2"));
        assertTrue(seen.contains("measure-without-baseline 1.2 M1"));
        assertTrue(seen.contains("measure-without-targets 1.2 M1"));
        assertTrue(seen.contains("milestone-without-actions 1.1.2"));
        assertTrue(seen.contains("action-without-owner 1.1.1.2"));
        assertTrue(seen.contains("date-outside-plan 1.1.2"), "2028-08-15 is after the strategy's last year");
        assertTrue(seen.contains("goal-without-measures "));
        assertTrue(seen.contains("priority-area-without-strategies 2"));
        assertFalse(seen.contains("too-many-priority-areas "));
        assertFalse(seen.stream().anyMatch(s -> s.endsWith(" 1.1.1.1")), "a complete action is not flagged: " + seen);
    }

    @Test
    void moreThanFourPriorityAreasLoseFocus() {
        PlanTree t = PlanTreeTestData.plan();
        List<PriorityArea> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) five.add(new PriorityArea("a" + i, "p", null, "area " + i, null, 1L, List.of()));
        PlanTree wide = Numbering.number(new PlanTree(t.id(), t.orgId(), t.schoolYear(), t.status(), 1L, five));
        assertTrue(PlanCheck.check(wide, List.of()).stream().anyMatch(x -> x.rule().equals("too-many-priority-areas")));
    }

    @Test
    void theCsvHasOneRowPerAction() {
        String csv = ActionsCsv.write(PlanTreeTestData.plan()).toString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("number,strategy,milestone,action,owner"));
        assertTrue(lines.get(1).startsWith("1.1.1.1,1.1,1.1.1,do x1,Director"), lines.get(1));
        assertTrue(lines.get(2).contains("250.50,General fund"));
    }

    @Test
    void theCsvKeepsFormulasOut() {
        Action evil = PlanTreeTestData.action("x9", "=HYPERLINK(\"http://evil.example\",\"open\")", "2026-12-01", null, "@SUM(A1)");
        Strategy s = new Strategy("s9", "a9", null, "if", "then", "and", List.of(), "2026-27", "2027-28", List.of(), 1L, List.of(),
                List.of(new Milestone("m9", "s9", null, "-1+1", "2027-06-15", List.of(), 1L, List.of(evil))));
        PlanTree t = Numbering.number(new PlanTree("p", "org", "2026-27", PlanStatus.DRAFT, 1L,
                List.of(new PriorityArea("a9", "p", null, "Area", null, 1L, List.of(s)))));
        String row = ActionsCsv.write(t).toString().lines().toList().get(1);
        assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\","), row);
        assertTrue(row.contains(",'@SUM(A1),"), row);
    }

    @Test
    void thePdfIsAPdf() {
        byte[] pdf = PlanPdf.write(PlanTreeTestData.plan(), "School A");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
