package org.braid.planning.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.planning.api.ElementExtension;
import org.braid.planning.api.ElementKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A state pack's fields on elements: stored through the extension on drafts only, shown with the element, kept with versions, forgotten on delete. */
class ElementExtensionsTest {
    /** Keeps its fields in memory, as a module would in its own tables. */
    static final class Challenges implements ElementExtension {
        final Map<String, Map<String, Object>> kept = new HashMap<>();

        public String id() {
            return "sfss";
        }

        public Set<ElementKind> kinds() {
            return Set.of(ElementKind.PRIORITY_AREA, ElementKind.ACTION);
        }

        public Map<String, Object> fields(String elementId) {
            return kept.getOrDefault(elementId, Map.of());
        }

        public void store(String elementId, Map<String, Object> fields) {
            kept.put(elementId, fields);
        }

        public void remove(String elementId) {
            kept.remove(elementId);
        }
    }

    private TestStore store;
    private final Challenges challenges = new Challenges();
    private final ElementExtensions extensions = new ElementExtensions();

    @BeforeEach
    void setUp() throws Exception {
        store = TestStore.inMemory("extensions-" + System.nanoTime());
        store.org(PlanStoresTest.LEA, null, PlanStoresTest.LEA_GOAL);
        store.org(PlanStoresTest.SCHOOL, PlanStoresTest.LEA, PlanStoresTest.SCHOOL_GOAL);
        extensions.extensions = List.of(challenges);
        store.tree.extensions = extensions;
        store.versions.extensions = extensions;
    }

    @AfterEach
    void tearDown() throws Exception {
        store.connection.close();
    }

    @Test
    void fieldsAreStoredOnDraftsShownWithTheElementKeptInVersionsAndForgottenOnDelete() {
        String plan = fullPlan();
        var tree = store.tree.tree(plan);
        String area = tree.priorityAreas().get(0).id(), action = tree.actions().get(0).id(), strategy = tree.strategies().get(0).id();
        long version = tree.version();

        assertThrows(StaleVersionException.class, () -> store.tree.storeExtension(store.tree.locateAny(area), challenges, Map.of("rootCause", "A"), version - 1));
        NotFoundException notExtended = assertThrows(NotFoundException.class, () -> extensions.extending("sfss", ElementKind.STRATEGY));
        assertTrue(notExtended.getMessage().contains("does not extend a strategy"), notExtended.getMessage());
        assertThrows(NotFoundException.class, () -> extensions.extending("nope", ElementKind.PRIORITY_AREA));
        assertThrows(NotFoundException.class, () -> store.tree.locateAny(strategy + "x"));
        assertEquals(version + 1, store.tree.storeExtension(store.tree.locateAny(area), challenges, Map.of("rootCause", "A"), version));
        store.tree.storeExtension(store.tree.locateAny(action), challenges, Map.of("fourRs", "roles"), version + 1);

        JsonNode shown = (JsonNode) extensions.withFields(store.tree.find(ElementKind.PRIORITY_AREA, area));
        assertEquals("A", shown.path("extensions").path("sfss").path("rootCause").asText(), shown.toString());
        assertSame(tree.strategies().get(0), extensions.withFields(tree.strategies().get(0)), "no fields, no change");
        JsonNode whole = (JsonNode) extensions.withFields(store.tree.tree(plan));
        assertEquals("A", whole.path("priorityAreas").path(0).path("extensions").path("sfss").path("rootCause").asText(), whole.toString());
        assertEquals("roles", whole.path("priorityAreas").path(0).path("strategies").path(0).path("milestones").path(0).path("actions").path(0)
                .path("extensions").path("sfss").path("fourRs").asText());
        assertTrue(whole.path("priorityAreas").path(0).path("strategies").path(0).path("extensions").isMissingNode());

        store.versions.submit(plan, "school-a", null);
        assertEquals("roles", store.versions.document(plan, "1").path("extensions").path("sfss").path(action).path("fourRs").asText());
        RuleViolationException submitted = assertThrows(RuleViolationException.class,
                () -> store.tree.storeExtension(store.tree.locateAny(area), challenges, Map.of(), store.plans.get(plan).version()));
        assertTrue(submitted.getMessage().contains("reopen") || submitted.toString().contains("reopen"), submitted.toString());
        store.versions.reopen(plan, null);

        store.tree.delete(ElementKind.PRIORITY_AREA, area, null);
        assertEquals(Map.of(), challenges.kept, "the area's and its action's fields are forgotten");
    }

    private String fullPlan() {
        PlanStoresTest t = new PlanStoresTest();
        try {
            var f = PlanStoresTest.class.getDeclaredField("store");
            f.setAccessible(true);
            f.set(t, store);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return t.fullPlan();
    }
}
