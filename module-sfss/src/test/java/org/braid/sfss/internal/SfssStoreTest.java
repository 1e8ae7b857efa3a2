package org.braid.sfss.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.planning.api.ElementKind;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The module's own tables, made by its real migration on the store tests' database. */
class SfssStoreTest {
    static final String PLAN = "00000000-0000-4000-8000-0000000000a1";
    Database db;
    SfssStore store;

    @BeforeEach
    void setUp() {
        db = TestDatabases.memory("sfss-store-" + System.nanoTime(), "sfss");
        store = new SfssStore(db);
    }

    @Test
    void elementFieldsAreReplacedWholeAndForgotten() {
        db.transaction(c -> {
            store.putFields("pa-1", ElementFields.of(ElementKind.PRIORITY_AREA, Map.of("description", "Chronic absence",
                    "rootCauses", List.of("A cause", "B cause", "C cause"))));
            store.putFields("pa-1", ElementFields.of(ElementKind.PRIORITY_AREA, Map.of("description", "Chronic absence", "rootCauses", List.of("Only one"))));
            store.putFields("s-1", ElementFields.of(ElementKind.STRATEGY, Map.of("priorities", List.of("P4", "P1"))));
            return null;
        });
        assertEquals(Map.of("description", "Chronic absence", "rootCauses", List.of("Only one")), store.fields("pa-1").orElseThrow().toMap());
        assertEquals(List.of("P1", "P4"), store.fields("s-1").orElseThrow().priorities());
        db.transaction(c -> {
            store.removeFields("pa-1");
            store.putFields("s-1", ElementFields.of(ElementKind.STRATEGY, Map.of()));
            return null;
        });
        assertTrue(store.fields("pa-1").isEmpty());
        assertTrue(store.fields("s-1").isEmpty(), "empty fields are not kept");
    }

    @Test
    void sectionTwoIsVersionedAndStaleWritesChangeNothing() {
        assertEquals(0L, store.sectionTwo(PLAN).version());
        SectionTwo first = new SectionTwo(null, List.of(new SectionTwo.Rule("Attendance policy", "Add early outreach", "Board approval")), null, null,
                List.of(new SectionTwo.Resource("Attendance coordinator", new BigDecimal("65000.00"), "Title I"),
                        new SectionTwo.Resource("Bus passes", new BigDecimal("1200.50"), null)), null, "Realign two counselors", null, 0L);
        SectionTwo saved = db.transaction(c -> store.putSectionTwo(first.checked(PLAN), 0));
        assertEquals(1L, saved.version());
        assertEquals("Attendance policy", saved.rules().get(0).policy());
        assertEquals(new BigDecimal("66200.50"), saved.totalCost());
        assertEquals("Realign two counselors", saved.resourceAlignment());
        assertThrows(StaleVersionException.class, () -> db.transaction(c -> store.putSectionTwo(first.checked(PLAN), 0)));
        SectionTwo second = new SectionTwo(null, null, List.of(new SectionTwo.RoleShift("Counselor", "Leads tier 2", "Training")), null, null, null, null,
                "Monthly data review", 1L);
        SectionTwo again = db.transaction(c -> store.putSectionTwo(second.checked(PLAN), 1));
        assertEquals(2L, again.version());
        assertEquals(List.of(), again.rules(), "Section 2 is replaced whole");
        assertEquals("Counselor", again.roles().get(0).role());
        assertNull(again.resourceAlignment());
    }

    @Test
    void sectionTwoNamesEachWrongField() {
        SectionTwo bad = new SectionTwo(null, List.of(new SectionTwo.Rule(null, "Adjust it", null), new SectionTwo.Rule(" ", " ", null)), null, null,
                List.of(new SectionTwo.Resource("Coach", new BigDecimal("-5"), null)), null, "x".repeat(SectionTwo.TEXT + 1), null, 0L);
        ValidationException e = assertThrows(ValidationException.class, () -> bad.checked(PLAN));
        assertEquals(List.of("resourceAlignment", "resources[0].anticipatedCost", "rules[0].policy"),
                e.violations().stream().map(v -> v.field()).sorted().toList());
    }
}
