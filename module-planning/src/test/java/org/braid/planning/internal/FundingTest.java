package org.braid.planning.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class FundingTest {

    @Test
    void sumsBudgetsBySourceAndStrategyAndTheFundsRetiringFrees() {
        Funding f = Funding.of(PlanTreeTestData.plan(), List.of(
                new Retirement("r1", "p", "Old reading program", new BigDecimal("5000"), "Title I", null, 1L),
                new Retirement("r2", "p", "Unused licences", new BigDecimal("1200.25"), null, null, 1L)));
        assertEquals(new BigDecimal("1250.50"), f.total());
        assertEquals(List.of(new Funding.SourceTotal("General fund", new BigDecimal("250.50"), 1),
                new Funding.SourceTotal("Title I", new BigDecimal("1000.00"), 1)), f.bySource());
        assertEquals(new BigDecimal("1250.50"), f.byStrategy().get(0).amount());
        assertEquals("1.1", f.byStrategy().get(0).number());
        assertEquals(new BigDecimal("0.00"), f.byStrategy().get(1).amount());
        assertEquals(new BigDecimal("6200.25"), f.freed());
        assertEquals(Funding.NO_SOURCE, f.freedBySource().get(0).fundingSource());
        assertEquals(0, f.actionsWithoutBudget());
    }

    @Test
    void candidatesScoreTwoPerYesAndOnePerPartly() {
        assertEquals(5, Prioritization.score(java.util.Map.of("root-cause", new Candidate.Answer("yes", null),
                "systemic", new Candidate.Answer("yes", "curriculum"), "scale", new Candidate.Answer("partly", null),
                "capacity", new Candidate.Answer("no", null))));
        var bad = new Prioritization.CandidateInput("x", null, java.util.Map.of("nope", new Candidate.Answer("yes", null),
                "scale", new Candidate.Answer("maybe", null)), 0, null, null).check();
        assertEquals(3, bad.violations().size());
    }
}
