package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.ValidationException;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.PlanAdjustment;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanEvent;
import org.braid.planning.api.PlanListener;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.planning.internal.Inputs.MilestoneInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.braid.planning.internal.PlanStoresTest.LEA;
import static org.braid.planning.internal.PlanStoresTest.SCHOOL;
import static org.junit.jupiter.api.Assertions.*;

/** The published plan service on Derby: elements with inherited codes, coded elements across a subtree, events, adjustments. */
class PlansTest {
    private static int n;
    private TestStore store;
    private Plans plans;
    private final List<PlanEvent> heard = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        store = TestStore.inMemory("plans" + (++n));
        store.org(LEA, null, PlanStoresTest.LEA_GOAL);
        store.org(SCHOOL, LEA, PlanStoresTest.SCHOOL_GOAL);
        plans = new Plans(store, store.plans, store.tree, store.versions, store);
        PlanListener listener = heard::add;
        store.events.addListener(listener);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.connection.close();
    }

    /** A school plan: strategy coded 3C > milestone without codes > an action without codes and one coded 1A. */
    private PlanTree plan() {
        String plan = plans.create(SCHOOL, "2026-27").id();
        String area = store.tree.addArea(plan, null, new Inputs.AreaInput("Culture", null, null, null)).id();
        String s = store.tree.addStrategy(area, null, PlanStoresTest.strategy("coach", null, null)).id();
        String m = store.tree.addMilestone(s, null, new MilestoneInput("units", "2027-06-01", List.of(), null, null, null)).id();
        store.tree.addAction(m, null, new ActionInput("train", "coach", null, "2026-08-01", "2026-10-01", null, null, null, null,
                List.of(), null, null, null));
        store.tree.addAction(m, null, new ActionInput("lead", "principal", null, null, "2026-11-01", null, null, null, null,
                List.of("1a"), null, null, null));
        return store.tree.tree(plan);
    }

    @Test
    void anElementCarriesItsPlanOrganizationAndInheritedCodes() {
        PlanTree t = plan();
        PlanElement train = plans.element(t.actions().get(0).id());
        assertEquals(ElementKind.ACTION, train.kind());
        assertEquals("1.1.1.1", train.number());
        assertEquals(SCHOOL, train.orgId());
        assertEquals("2026-27", train.schoolYear());
        assertEquals(t.milestones().get(0).id(), train.parentId());
        assertEquals(List.of("3C"), train.codes(), "an action without codes takes its milestone's, then its strategy's");
        assertEquals("2026-08-01", train.startDate());
        assertEquals(List.of("1A"), plans.element(t.actions().get(1).id()).codes(), "its own codes win");
        assertEquals(List.of("3C"), plans.element(t.milestones().get(0).id()).codes());
        assertEquals(ElementKind.STRATEGY, plans.element(t.strategies().get(0).id()).kind());
        assertThrows(NotFoundException.class, () -> plans.element("nope"));
    }

    @Test
    void codedElementsAreFoundAcrossTheSubtreeOnly() {
        PlanTree t = plan();
        List<PlanElement> coded = plans.codedTo(LEA, "3C", "2026-27");
        assertEquals(List.of(t.strategies().get(0).id(), t.milestones().get(0).id(), t.actions().get(0).id()),
                coded.stream().map(PlanElement::id).toList());
        assertEquals(1, plans.codedTo(SCHOOL, "1A", null).size());
        assertTrue(plans.codedTo(SCHOOL, "3C", "2027-28").isEmpty(), "another school year");
        store.org("66666666-6666-6666-6666-666666666666", null);
        assertTrue(plans.codedTo("66666666-6666-6666-6666-666666666666", "3C", null).isEmpty(), "another district's subtree");
    }

    @Test
    void listenersHearEveryChangeWithItsElement() {
        PlanTree t = plan();
        assertEquals(PlanEvent.Type.CREATED, heard.get(0).type());
        assertEquals(SCHOOL, heard.get(0).orgId());
        heard.clear();
        String action = t.actions().get(1).id();
        store.tree.delete(ElementKind.ACTION, action, null);
        assertEquals(List.of(new PlanEvent(PlanEvent.Type.CHANGED, t.id(), SCHOOL, "2026-27", action)), heard);
        store.versions.submit(t.id(), "school-a", null);
        store.plans.delete(t.id(), null);
        assertEquals(List.of(PlanEvent.Type.CHANGED, PlanEvent.Type.SUBMITTED, PlanEvent.Type.DELETED), heard.stream().map(PlanEvent::type).toList());
    }

    @Test
    void anImportedPlanIsHeardOnceAndWhole() {
        PlanTree t = plan();
        store.versions.submit(t.id(), "school-a", null);
        var exported = store.section.export(List.of(SCHOOL));
        store.plans.delete(t.id(), null);
        heard.clear();
        store.section.load(exported);
        // one event for the plan, element by element would be one per area, strategy, milestone and action
        assertEquals(List.of(PlanEvent.Type.CREATED, PlanEvent.Type.SUBMITTED), heard.stream().map(PlanEvent::type).toList());
        assertNull(heard.get(0).elementId(), "about the plan as a whole");
        assertEquals(t.id(), heard.get(0).planId());
    }

    @Test
    void adjustingASubmittedPlanMakesANewVersionThatSaysWhy() {
        PlanTree t = plan();
        store.versions.submit(t.id(), "school-a", null);
        String action = t.actions().get(0).id();

        PlanAdjustment a = plans.adjust(action, Map.of("dueDate", "2026-12-15"), "training slipped: substitutes were short", "district-a");

        assertEquals(2, a.version());
        assertEquals("2026-12-15", store.tree.action(action).dueDate());
        assertEquals("coach", store.tree.action(action).owner(), "fields not named keep their values");
        assertEquals(PlanStatus.SUBMITTED, plans.get(t.id()).status());
        List<PlanVersions.Version> versions = store.versions.list(t.id());
        assertEquals("training slipped: substitutes were short", versions.get(1).reason());
        assertNull(versions.get(0).reason());
        assertEquals("2026-10-01", store.versions.document(t.id(), "1").at("/priorityAreas/0/strategies/0/milestones/0/actions/0/dueDate").asText(),
                "the submitted version is kept as it was");
    }

    @Test
    void aBadAdjustmentChangesNothing() {
        PlanTree t = plan();
        store.versions.submit(t.id(), "school-a", null);
        String action = t.actions().get(0).id();
        assertThrows(ValidationException.class, () -> store.transaction(c -> plans.adjust(action, Map.of("dueDate", 7), "why", "x")));
        assertEquals(1, store.versions.list(t.id()).size());
        assertEquals("2026-10-01", store.tree.action(action).dueDate());
    }

    @Test
    void anotherModuleAddsAPriorityAreaAtTheEndOfADraftPlan() {
        PlanTree t = plan();
        PlanElement area = plans.addPriorityArea(t.id(), "Monitoring implementation", "monthly reports in every school");
        assertEquals(ElementKind.PRIORITY_AREA, area.kind());
        assertEquals("2", area.number());
        assertEquals("Monitoring implementation", area.title());
        assertEquals(SCHOOL, area.orgId());
        assertThrows(ValidationException.class, () -> plans.addPriorityArea(t.id(), " ", null));
        assertThrows(NotFoundException.class, () -> plans.addPriorityArea("nope", "x", null));
    }
}
