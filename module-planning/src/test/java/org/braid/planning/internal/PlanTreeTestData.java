package org.braid.planning.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;

/** Small plans for the unit tests. */
final class PlanTreeTestData {
    private PlanTreeTestData() {
    }

    static Action action(String id, String owner, String due, BigDecimal budget, String fund) {
        return new Action(id, null, null, "do " + id, owner, List.of(), "2026-08-01", due, null, budget, fund, List.of("report"), List.of(), 1L);
    }

    static PlanTree plan() {
        var targets = new ObjectMapper().createObjectNode().put("2026-27", 50).put("2027-28", 90);
        Strategy s1 = new Strategy("s1", "a1", null, "develop guidelines", "schools use portfolios", "students grow", List.of("4C"),
                "2026-27", "2027-28", List.of("g1"), 1L,
                List.of(new StrategyMeasure("m1", "s1", null, "share of schools", "report", "26%", targets, 1L)),
                List.of(new Milestone("ms1", "s1", null, "guidelines published", "2027-06-15", List.of("4C"), 1L,
                        List.of(action("x1", "Director", "2026-12-01", new BigDecimal("1000.00"), "Title I"),
                                action("x2", null, "2027-03-01", new BigDecimal("250.50"), "General fund"))),
                        new Milestone("ms2", "s1", null, "second year", "2028-08-15", List.of(), 1L, List.of())));
        Strategy s2 = new Strategy("s2", "a1", null, "coach teachers", "", "students grow", List.of(), "2026-27", "2027-28", List.of(), 1L,
                List.of(new StrategyMeasure("m2", "s2", null, "lessons", null, null, null, 1L)), List.of());
        PriorityArea a1 = new PriorityArea("a1", "p", null, "Culture", null, 1L, List.of(s1, s2));
        PriorityArea a2 = new PriorityArea("a2", "p", null, "Talent", null, 1L, List.of());
        return Numbering.number(new PlanTree("p", "org", "2026-27", PlanStatus.DRAFT, 3L, List.of(a1, a2)));
    }
}
