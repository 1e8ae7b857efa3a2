package org.braid.needsassessment.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.needsassessment.api.PriorityAreaSummary;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentStoreTest {
    static final String DISTRICT = NeedsAssessmentDemo.DISTRICT_A, SCHOOL = "aee652e4-9590-5259-9d8f-fc12d149d6be";

    /** Knows the demo organizations by id, nothing else. */
    static final class Orgs implements OrganizationService {
        final Set<String> ids = Set.of(DISTRICT, SCHOOL);

        @Override
        public Organization get(String id) {
            if (!ids.contains(id)) throw new NotFoundException("organization", id);
            return null;
        }

        @Override
        public Organization create(Organization org) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Organization update(String id, Organization org, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<Organization> find(OrgQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Organization> children(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Organization> subtree(String id) {
            throw new UnsupportedOperationException();
        }
    }

    Database db;
    AssessmentStore store;
    NeedsAssessmentSection section;

    /** A new in-memory Derby with the core's and this module's migrations, applied by the platform as at start. */
    static Database migrated() {
        return TestDatabases.memory("na" + System.nanoTime(), NeedsAssessmentModule.ID);
    }

    @BeforeEach
    void setUp() throws Exception {
        db = migrated();
        store = new AssessmentStore(db, new Orgs());
        section = new NeedsAssessmentSection(store);
    }

    Assessment district() {
        return store.create(new NewAssessment(DISTRICT, "2026-27", Scope.COMPREHENSIVE, null));
    }

    @Test
    void anAssessmentNeedsAKnownOrganizationASchoolYearAndAFocusWhenSegmented() {
        Assessment a = district();
        assertEquals(1L, a.version());
        assertEquals(List.of(a), store.forOrganization(DISTRICT));
        ValidationException e = assertThrows(ValidationException.class, () -> store.create(new NewAssessment(SCHOOL, "2026-28", Scope.SEGMENTED, " ")));
        assertEquals(List.of("schoolYear", "focus"), e.violations().stream().map(v -> v.field()).toList());
        assertThrows(RuleViolationException.class, () -> store.create(new NewAssessment("nowhere", "2026-27", Scope.COMPREHENSIVE, null)));
    }

    @Test
    void updatesCarryTheVersionTheyEdited() {
        Assessment a = district();
        Assessment b = store.update(a.id(), new AssessmentChange("2027-28", Scope.SEGMENTED, "mathematics", 1L), 1);
        assertEquals(2L, b.version());
        assertThrows(StaleVersionException.class, () -> store.update(a.id(), new AssessmentChange("2027-28", Scope.COMPREHENSIVE, null, 1L), 1));
        StoredPart t = store.add(a.id(), Kind.SWOT, new SwotItem(SwotItem.Quadrant.STRENGTH, "PD cycle", null, null));
        StoredPart t2 = store.update(Kind.SWOT, t.id(), new SwotItem(SwotItem.Quadrant.WEAKNESS, "PD follow-up", "walkthroughs", null), 1);
        assertEquals(2, t2.version());
        assertEquals("WEAKNESS", t2.fields().path("kind").asText());
        assertThrows(StaleVersionException.class, () -> store.update(Kind.SWOT, t.id(), new SwotItem(SwotItem.Quadrant.THREAT, "x", null, null), 1));
        assertThrows(NotFoundException.class, () -> store.part(Kind.TREND, t.id()), "a SWOT item is not a trend");
    }

    @Test
    void priorityAreasReferToRootCausesOfTheSameAssessmentAndFlowToPlanning() {
        Assessment a = district();
        StoredPart rc = store.add(a.id(), Kind.ROOT_CAUSE, new RootCause("PD is not implemented", true, true, RootCause.Level.CLASSROOM, null));
        RuleViolationException bad = assertThrows(RuleViolationException.class,
                () -> store.add(a.id(), Kind.PRIORITY_AREA, new PriorityArea("PD", List.of(rc.id(), "elsewhere"), null, null)));
        assertEquals("rootCauseIds[1]", bad.violations().get(0).field());
        StoredPart pa = store.add(a.id(), Kind.PRIORITY_AREA, new PriorityArea("PD implementation", List.of(rc.id()), null, null));
        assertEquals(List.of(new PriorityAreaSummary(pa.id(), a.id(), "PD implementation", List.of("PD is not implemented"))),
                store.priorityAreas(DISTRICT, "2026-27"));
        assertEquals(List.of(), store.priorityAreas(DISTRICT, "2027-28"));
        assertThrows(ConflictException.class, () -> store.delete(Kind.ROOT_CAUSE, rc.id()), "a priority area still uses it");
        store.delete(Kind.PRIORITY_AREA, pa.id());
        store.delete(Kind.ROOT_CAUSE, rc.id());
        assertEquals(List.of(), store.parts(a.id()));
    }

    @Test
    void moreThanFourPriorityAreasDrawAWarning() {
        Assessment a = district();
        for (int i = 1; i <= 5; i++) {
            store.add(a.id(), Kind.PRIORITY_AREA, new PriorityArea("area " + i, null, null, null));
            JsonNode view = AssessmentView.of(store.get(a.id()), store.parts(a.id()), true);
            assertEquals(i > 4 ? 1 : 0, view.path("warnings").size(), "with " + i);
        }
    }

    @Test
    void deletingAnAssessmentDeletesItsParts() {
        Assessment a = district();
        store.add(a.id(), Kind.SWOT, new SwotItem(SwotItem.Quadrant.STRENGTH, "x", null, null));
        store.delete(a.id());
        assertThrows(NotFoundException.class, () -> store.get(a.id()));
        assertEquals(List.of(), store.parts(a.id()));
    }

    @Test
    void theDemoLoadsAndExportImportExportGivesTheSameDocument() throws Exception {
        JsonNode demo = NeedsAssessmentDemo.withFreshIds(org.braid.core.spi.SeedData.read(NeedsAssessmentDemo.class, "/demo/needs-assessment-demo.json"));
        section.load(demo);
        JsonNode first = section.export(List.of(DISTRICT, SCHOOL));
        assertEquals(2, first.path("assessments").size());
        ObjectNode districtA = (ObjectNode) first.path("assessments").get(0);
        assertEquals(3, districtA.path("trends").size());
        assertEquals(2, districtA.path("priorityAreas").size());
        ObjectNode schoolA = (ObjectNode) first.path("assessments").get(1);
        assertEquals(5, schoolA.path("whyChains").get(0).path("whys").size());
        assertFalse(first.toString().contains("\"version\""));
        assertEquals(List.of("Professional development implementation in every classroom", "A positive learning climate"),
                store.priorityAreas(DISTRICT, "2026-27").stream().map(PriorityAreaSummary::title).toList());

        AssessmentStore other = new AssessmentStore(migrated(), new Orgs());
        NeedsAssessmentSection otherSection = new NeedsAssessmentSection(other);
        otherSection.load(first);
        assertEquals(first, otherSection.export(List.of(DISTRICT, SCHOOL)));
        assertThrows(ConflictException.class, () -> otherSection.load(first), "the same ids twice");
    }

    @Test
    void aBrokenImportNamesWhereAndLeavesNothingBehind() throws Exception {
        JsonNode demo = NeedsAssessmentDemo.withFreshIds(org.braid.core.spi.SeedData.read(NeedsAssessmentDemo.class, "/demo/needs-assessment-demo.json"));
        ObjectNode broken = demo.deepCopy();
        ((ObjectNode) broken.path("assessments").get(1).path("whyChains").get(0)).putArray("whys").add("1").add("2").add("3").add("4").add("5").add("6");
        ValidationException e = assertThrows(ValidationException.class, () -> db.transaction(c -> {
            section.load(broken);
            return null;
        }));
        assertEquals("whys", e.violations().get(0).field());
        assertEquals(List.of(), store.forOrganization(DISTRICT), "rolled back with the import");
        ObjectNode unknown = demo.deepCopy();
        ((ObjectNode) unknown.path("assessments").get(0).path("trends").get(0)).put("colour", "red");
        ValidationException u = assertThrows(ValidationException.class, () -> section.load(unknown));
        assertEquals("sections.needs-assessment.assessments[0].trends[0]", u.violations().get(0).field());
    }

    @Test
    void aConcernBecomesAWeaknessOnceInTheYearsAssessmentStartedWhenThereIsNone() {
        String first = store.addConcern(DISTRICT, "2026-27", "1a2 leadership team: basic", "self-reflection consensus 2");
        assertEquals(first, store.addConcern(DISTRICT, "2026-27", "1a2 leadership team: basic", "sent again"), "kept once");
        List<Assessment> made = store.forOrganization(DISTRICT);
        assertEquals(1, made.size());
        assertEquals(Scope.COMPREHENSIVE, made.get(0).scope());
        StoredPart weakness = store.part(Kind.SWOT, first);
        assertEquals("WEAKNESS", weakness.fields().path("kind").asText());
        assertEquals("self-reflection consensus 2", weakness.fields().path("evidence").asText());
        assertNotEquals(first, store.addConcern(DISTRICT, "2026-27", "2a1 recruitment: low", null));
        assertEquals(1, store.forOrganization(DISTRICT).size(), "the same assessment");
        assertThrows(ValidationException.class, () -> store.addConcern(DISTRICT, "2026-27", "x".repeat(2001), null));
        assertThrows(RuleViolationException.class, () -> store.addConcern("nowhere", "2026-27", "text", null));
    }
}
