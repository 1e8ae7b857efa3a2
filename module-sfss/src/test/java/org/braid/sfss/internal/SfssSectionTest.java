package org.braid.sfss.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ConflictException;
import org.braid.core.model.ValidationException;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanAdjustment;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.PlanTree;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** Export, import into another database, export again: the same document. */
class SfssSectionTest {
    static final String PLAN = SfssActionPlanTest.PLAN, ORG = SfssActionPlanTest.ORG;

    /** The one plan of {@link SfssActionPlanTest#tree()}, as planning would answer for it. */
    static final class OnePlan implements PlanService {
        @Override
        public Plan create(String orgId, String schoolYear) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Plan get(String id) {
            return new Plan(PLAN, ORG, "2026-27", PlanStatus.DRAFT, 3L);
        }

        @Override
        public List<Plan> forOrganization(String orgId) {
            return orgId.equals(ORG) ? List.of(get(PLAN)) : List.of();
        }

        @Override
        public PlanTree tree(String planId) {
            return SfssActionPlanTest.tree();
        }

        @Override
        public PlanElement element(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PlanElement> codedTo(String orgId, String practice, String schoolYear) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PlanAdjustment adjust(String elementId, Map<String, Object> change, String reason, String by) {
            throw new UnsupportedOperationException();
        }
    }

    static SfssSection section(Database db) {
        return new SfssSection(new SfssStore(db), new OnePlan());
    }

    @Test
    void exportImportExportGivesTheSameDocument() {
        Database from = TestDatabases.memory("sfss-export-" + System.nanoTime(), "sfss");
        SfssStore store = new SfssStore(from);
        from.transaction(c -> {
            store.putFields("pa-1", ElementFields.of(ElementKind.PRIORITY_AREA, Map.of("supportingData", "31% absent", "rootCauses", List.of("A", "B"))));
            store.putFields("s-2", ElementFields.of(ElementKind.STRATEGY, Map.of("priorities", List.of("P4"))));
            store.putFields("a-3", ElementFields.of(ElementKind.ACTION, Map.of("byWho", "Family liaison")));
            store.putSectionTwo(new SectionTwo(null, null, null, null, List.of(new SectionTwo.Resource("Coordinator", new BigDecimal("65000.00"), "Title I")),
                    null, null, "Monthly review", 0L).checked(PLAN), 0);
            return null;
        });
        JsonNode first = from.transaction(c -> section(from).export(List.of(ORG)));
        assertEquals(3, first.path("elements").size());
        assertEquals("pa-1", first.path("elements").get(0).path("elementId").asText(), "in Tool A order");
        assertFalse(first.path("sectionTwo").get(0).has("version"), "no versions in an export");

        Database to = TestDatabases.memory("sfss-import-" + System.nanoTime(), "sfss");
        to.transaction(c -> {
            section(to).load(first);
            return null;
        });
        assertEquals(first, to.transaction(c -> section(to).export(List.of(ORG))));
        assertThrows(ConflictException.class, () -> to.transaction(c -> {
            section(to).load(first);
            return null;
        }));
    }

    @Test
    void aMalformedRowIsNamed() {
        Database db = TestDatabases.memory("sfss-bad-" + System.nanoTime(), "sfss");
        ObjectNode doc = org.braid.platform.json.BraidJson.mapper().createObjectNode();
        doc.putArray("elements").addObject().put("elementId", "x").put("kind", "GOAL");
        ValidationException e = assertThrows(ValidationException.class, () -> db.transaction(c -> {
            section(db).load(doc);
            return null;
        }));
        assertEquals("sections.sfss.elements[0]", e.violations().get(0).field());
    }
}
