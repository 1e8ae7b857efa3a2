package org.braid.planning.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.braid.platform.json.BraidJson;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.planning.internal.Inputs.AreaInput;
import org.braid.planning.internal.Inputs.MeasureInput;
import org.braid.planning.internal.Inputs.MilestoneInput;
import org.braid.planning.internal.Inputs.StrategyInput;
import org.braid.planning.api.ElementKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The stores on Derby: numbering after moves and deletes, versions, and export, import, export giving the same document. */
class PlanStoresTest {
    static final String LEA = "11111111-1111-1111-1111-111111111111", SCHOOL = "22222222-2222-2222-2222-222222222222";
    static final String LEA_GOAL = "33333333-3333-3333-3333-333333333333", SCHOOL_GOAL = "44444444-4444-4444-4444-444444444444";
    static final String OTHER_GOAL = "55555555-5555-5555-5555-555555555555";
    private static int n;
    private TestStore store;

    @BeforeEach
    void setUp() throws Exception {
        store = TestStore.inMemory("planning" + (++n) + "-" + System.nanoTime());
        store.org(LEA, null, LEA_GOAL);
        store.org(SCHOOL, LEA, SCHOOL_GOAL);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.connection.close();
    }

    static StrategyInput strategy(String what, String area, Integer position) {
        return new StrategyInput("we " + what, "teachers change", "students grow", List.of("3c"), "2026-27", "2027-28",
                List.of(SCHOOL_GOAL, LEA_GOAL), area, position, null);
    }

    /** A plan with two priority areas, three strategies, a measure, a milestone and two actions. */
    String fullPlan() {
        String plan = store.plans.create(SCHOOL, "2026-27").id();
        String a1 = store.tree.addArea(plan, null, new AreaInput("Culture", null, null, null)).id();
        store.tree.addArea(plan, null, new AreaInput("Talent", "people", null, null));
        String s1 = store.tree.addStrategy(a1, null, strategy("one", null, null)).id();
        store.tree.addStrategy(a1, null, strategy("two", null, null));
        store.tree.addMeasure(s1, null, new MeasureInput("share", "survey", new TextNode("26%"), Map.of("2026-27", new IntNode(50)), null, null));
        String m = store.tree.addMilestone(s1, null, new MilestoneInput("units written", "2027-06-01", List.of("3C"), null, null, null)).id();
        store.tree.addAction(m, null, new ActionInput("train", "coach", List.of("teachers"), "2026-08-01", "2026-10-01", "time",
                new BigDecimal("1200.00"), "Title I", new TextNode("agendas"), List.of(), null, null, null));
        store.tree.addAction(m, null, new ActionInput("review", null, null, null, "2027-01-15", null, null, null, null, null, null, null, null));
        return plan;
    }

    @Test
    void movingAndDeletingRenumber() {
        String plan = fullPlan();
        PlanTree t = store.tree.tree(plan);
        String talent = t.priorityAreas().get(1).id();
        Strategy two = t.priorityAreas().get(0).strategies().get(1);
        assertEquals("1.2", two.number());
        assertEquals(List.of("3C"), two.codes());
        assertEquals(List.of(SCHOOL_GOAL, LEA_GOAL), two.goalIds());

        Action second = t.actions().get(1);
        assertEquals("1.1.1.2", second.number());
        assertEquals(second, store.tree.find(ElementKind.ACTION, second.id()), "one action read alone is numbered as in its plan");

        Strategy moved = store.tree.updateStrategy(two.id(), strategy("two", talent, 1), two.version());
        assertEquals("2.1", moved.number());
        Strategy three = store.tree.addStrategy(talent, null, strategy("three", null, 1));
        assertEquals("2.1", three.number());
        assertEquals("2.2", ((Strategy) store.tree.find(ElementKind.STRATEGY, two.id())).number());

        Milestone m = t.milestones().get(0);
        Action first = store.tree.addAction(m.id(), null, new ActionInput("plan", "lead", null, null, "2026-09-01", null, null, null, null,
                null, null, 1, null));
        assertEquals("1.1.1.1", first.number());
        assertEquals("1.1.1.3", store.tree.action(second.id()).number());
        store.tree.delete(ElementKind.PRIORITY_AREA, t.priorityAreas().get(0).id(), null);
        PlanTree after = store.tree.tree(plan);
        assertEquals(1, after.priorityAreas().size());
        assertEquals("1.2", after.priorityAreas().get(0).strategies().get(1).number());
        assertEquals(0, after.actions().size());
        assertTrue(after.version() > t.version());
    }

    @Test
    void anActionChangedFromItsLocatedRecordIsWhatAFreshReadShows() {
        String plan = fullPlan();
        Action before = store.tree.tree(plan).actions().get(0);
        Located at = store.tree.locate(ElementKind.ACTION, before.id());
        assertEquals(before, at.element(), "the access check's read is what a GET shows");
        assertEquals(SCHOOL, at.plan().orgId());
        ActionInput change = new ActionInput("  train the team ", " ", List.of(" teachers ", "coach"), "2026-08-02", null, "time",
                new BigDecimal("99.5"), " ", new TextNode("agendas\nsign-in sheets"), List.of("3c"), null, null, null);
        Action written = store.tree.updateAction(at, change, before.version());
        assertEquals(store.tree.find(ElementKind.ACTION, before.id()), written);
        assertEquals(new BigDecimal("99.50"), written.budget());
        assertThrows(StaleVersionException.class, () -> store.tree.updateAction(at, change, before.version()),
                "the located version is the one the caller saw; the row has moved on");
        assertEquals(before.version() + 1, store.tree.action(before.id()).version());
    }

    @Test
    void staleEditsAndUnknownGoalsAreRefusedWithoutWritingAnything() {
        String plan = fullPlan();
        PriorityArea a = store.tree.tree(plan).priorityAreas().get(0);
        store.tree.updateArea(a.id(), new AreaInput("Culture shift", null, null, null), a.version());
        assertThrows(StaleVersionException.class, () -> store.tree.updateArea(a.id(), new AreaInput("Other", null, null, null), a.version()));
        StrategyInput bad = new StrategyInput("x", "y", "z", List.of("3C"), "2026-27", "2027-28", List.of(OTHER_GOAL), null, null, null);
        assertThrows(RuleViolationException.class, () -> store.tree.addStrategy(a.id(), null, bad));
        assertThrows(RuleViolationException.class, () -> store.tree.addStrategy(a.id(), null,
                new StrategyInput("x", "y", "z", List.of("9Z"), "2026-27", "2027-28", null, null, null, null)));
        assertEquals(2, store.tree.tree(plan).priorityAreas().get(0).strategies().size());
        assertEquals("Culture shift", store.tree.tree(plan).priorityAreas().get(0).title());
    }

    @Test
    void exportImportExportGivesTheSameDocument() {
        String plan = fullPlan();
        String strategy = store.tree.tree(plan).strategies().get(0).id();
        store.prioritization.addCandidate(plan, null, new Prioritization.CandidateInput("portfolios", null,
                Map.of("root-cause", new Candidate.Answer("yes", "family engagement")), 1, strategy, null));
        store.prioritization.addRetirement(plan, null, new Prioritization.RetirementInput("old program", new BigDecimal("500.00"), "Title I", null, null));
        store.versions.submit(plan, "school-a", null);
        store.versions.signOff(plan, new PlanVersions.SignOffInput("Principal", "Pat", null), "school-a", false);
        store.versions.signOff(plan, new PlanVersions.SignOffInput("Superintendent", "Dana", true), "district-a", true);

        JsonNode first = store.section.export(List.of(LEA, SCHOOL));
        assertEquals("APPROVED", first.path("plans").path(0).path("status").asText());
        store.plans.delete(plan, null);
        assertEquals(0, store.section.export(List.of(SCHOOL)).path("plans").size());
        store.transaction(c -> {
            store.section.load(first);
            return null;
        });
        JsonNode second = store.section.export(List.of(LEA, SCHOOL));
        assertEquals(first, second);
        assertEquals(1, store.versions.list(plan).size());
        assertEquals(2, store.versions.list(plan).get(0).signOffs().size());
    }

    @Test
    void aMalformedImportIsABadRequestAndWritesNothing() throws Exception {
        String plan = fullPlan();
        JsonNode good = store.section.export(List.of(SCHOOL));
        store.plans.delete(plan, null);
        for (String broken : List.of("{\"plans\":[{\"id\":\"%s\",\"orgId\":\"%s\",\"schoolYear\":\"2026-27\",\"priorityAreas\":{\"a\":1}}]}",
                "{\"plans\":[{\"id\":\"%s\",\"orgId\":\"%s\",\"schoolYear\":\"2026-27\",\"priorityAreas\":[{\"id\":\"x\",\"title\":7}]}]}",
                "{\"plans\":[{\"id\":\"%s\",\"orgId\":\"%s\",\"schoolYear\":\"2026-27\",\"versions\":[{\"number\":1}]}]}",
                "{\"plans\":[{\"id\":\"%s-far-too-long-for-an-id\",\"orgId\":\"%s\",\"schoolYear\":\"2026-27\"}]}")) {
            JsonNode doc = BraidJson.mapper().readTree(String.format(broken, plan, SCHOOL));
            assertThrows(org.braid.core.model.ValidationException.class, () -> store.transaction(c -> {
                store.section.load(doc);
                return null;
            }), broken);
            assertEquals(0, store.section.export(List.of(SCHOOL)).path("plans").size(), broken);
        }
        store.transaction(c -> {
            store.section.load(good);
            return null;
        });
        assertEquals(good, store.section.export(List.of(SCHOOL)));
    }

    @Test
    void aSubmittedPlanIsKeptAsItIsUntilReopened() {
        String plan = fullPlan();
        store.versions.submit(plan, "school-a", null);
        String area = store.tree.tree(plan).priorityAreas().get(0).id();
        assertThrows(RuleViolationException.class, () -> store.tree.addStrategy(area, null, strategy("late", null, null)));
        store.versions.reopen(plan, null);
        store.tree.addStrategy(area, null, strategy("late", null, null));
        List<PlanDiff.Change> diff = store.versions.diff(plan, "1", "current");
        assertEquals(1, diff.size());
        assertEquals("added", diff.get(0).change());
        assertEquals("1.3", diff.get(0).numberAfter());
    }

    @Test
    void lineUpsSchoolStrategiesUnderTheLeaGoal() {
        fullPlan();
        GoalAlignment alignment = new GoalAlignment(store, store, store.directions);
        List<GoalAlignment.GoalStrategies> goals = alignment.of(LEA);
        assertEquals(LEA_GOAL, goals.get(0).goalId());
        assertEquals(List.of("1.1", "1.2"), goals.get(0).strategies().stream().map(GoalAlignment.ServingStrategy::number).toList());
        assertEquals("If we one, then teachers change, and students grow.", goals.get(0).strategies().get(0).statement());
    }
}
