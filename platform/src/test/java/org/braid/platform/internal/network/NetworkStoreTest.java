package org.braid.platform.internal.network;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.braid.core.model.ConflictException;
import org.braid.core.model.Direction;
import org.braid.core.model.Goal;
import org.braid.core.model.GoalMeasure;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organization and direction stores on a real (in-memory) Derby with the real schema. */
class NetworkStoreTest {
    org.braid.platform.store.Database db;
    OrganizationStore orgs;
    DirectionStore directions;
    Organization sea, lea;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabases.memory("network" + System.nanoTime());
        orgs = new OrganizationStore(db);
        directions = new DirectionStore(db, orgs);
        sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null));
        lea = orgs.create(new Organization(null, OrgType.LEA, "District A", sea.id(), "1234567", null, null));
    }

    @Test
    void anImportedOrganizationsIdsAreHeldToTheFormBraidGives() {
        var e = assertThrows(org.braid.core.model.ValidationException.class,
                () -> orgs.insert(new Organization("x".repeat(5000), OrgType.LEA, "Imported", sea.id(), null, null, 1L)));
        assertEquals("id", e.violations().get(0).field());
        assertThrows(org.braid.core.model.ValidationException.class,
                () -> orgs.insert(new Organization("../../<script>", OrgType.LEA, "Imported", sea.id(), null, null, 1L)));
        assertEquals(2, orgs.count(), "nothing written");
        assertThrows(org.braid.core.model.NotFoundException.class, () -> orgs.get("y".repeat(5000)));
    }

    @Test
    void theTreeIsChecked() {
        var e = assertThrows(RuleViolationException.class,
                () -> orgs.create(new Organization(null, OrgType.SCHOOL, "School A", sea.id(), null, null, null)));
        assertEquals("parentId", e.violations().get(0).field());
        assertThrows(RuleViolationException.class,
                () -> orgs.create(new Organization(null, OrgType.SCHOOL, "School A", "00000000-0000-4000-8000-000000000000", null, null, null)));
        Organization school = orgs.create(new Organization(null, OrgType.SCHOOL, "School A", lea.id(), null, null, null));
        assertEquals(List.of(school), orgs.children(lea.id()));
        assertEquals(List.of(sea.id(), lea.id(), school.id()), orgs.subtree(sea.id()).stream().map(Organization::id).toList());
    }

    @Test
    void aSubtreeIsBreadthFirstWithEachParentsChildrenByName() {
        Organization west = orgs.create(new Organization(null, OrgType.LEA, "West District", sea.id(), null, null, null));
        Organization b = orgs.create(new Organization(null, OrgType.SCHOOL, "B School", lea.id(), null, null, null));
        Organization a = orgs.create(new Organization(null, OrgType.SCHOOL, "A School", west.id(), null, null, null));
        Organization c = orgs.create(new Organization(null, OrgType.SCHOOL, "C School", lea.id(), null, null, null));
        // the demo district (lea) sorts before West: its schools come first, then West's, whatever their names
        assertTrue(lea.name().compareTo(west.name()) < 0);
        assertEquals(List.of(sea.id(), lea.id(), west.id(), b.id(), c.id(), a.id()), orgs.subtree(sea.id()).stream().map(Organization::id).toList());
        assertEquals(List.of(west.id(), a.id()), orgs.subtree(west.id()).stream().map(Organization::id).toList());
    }

    @Test
    void aClosedOrganizationLeavesTheListsAndKeepsItsRecord() {
        Organization school = orgs.create(new Organization(null, OrgType.SCHOOL, "Closing School", lea.id(), null, null, null));
        var e = assertThrows(org.braid.core.model.ConflictException.class, () -> orgs.close(lea.id(), true, "state"));
        assertEquals("closed", e.violations().get(0).field(), "a district with an open school under it stays open");
        orgs.close(school.id(), true, "district");
        assertTrue(orgs.closed(school.id()));
        assertTrue(orgs.closedAt(school.id()).isPresent());
        assertEquals(List.of(), orgs.children(lea.id()));
        assertEquals(0, orgs.find(new org.braid.core.model.OrgQuery(OrgType.SCHOOL, null, null, 10, 0, null)).total());
        assertEquals("Closing School", orgs.get(school.id()).name(), "found by its id, as it was");
        assertTrue(orgs.subtree(sea.id()).stream().anyMatch(o -> o.id().equals(school.id())), "its history stays in the subtree");
        orgs.close(school.id(), false, "district");
        assertEquals(List.of(school), orgs.children(lea.id()));
    }

    @Test
    void aDistrictMovedToAnotherStateTakesItsSchoolsIntoThatStatesScope() {
        Organization school = orgs.create(new Organization(null, OrgType.SCHOOL, "School A", lea.id(), null, null, null));
        Organization otherSea = orgs.create(new Organization(null, OrgType.SEA, "Other State", null, null, null, null));
        java.util.function.Function<Organization, java.util.Set<String>> schoolsIn = root -> orgs.find(new OrgQuery(OrgType.SCHOOL, null, null, 50, 0,
                List.of(root.id()))).items().stream().map(Organization::id).collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of(school.id()), schoolsIn.apply(sea));
        assertEquals(java.util.Set.of(), schoolsIn.apply(otherSea));

        Organization movedLea = orgs.get(lea.id());
        orgs.update(lea.id(), new Organization(null, null, movedLea.name(), otherSea.id(), null, null, null), movedLea.version());
        assertEquals(java.util.Set.of(), schoolsIn.apply(sea), "the school left with its district");
        assertEquals(java.util.Set.of(school.id()), schoolsIn.apply(otherSea));
        assertEquals(java.util.Set.of(school.id()), orgs.within(otherSea.id(), List.of(school.id())).keySet());
        assertEquals(java.util.Map.of(), orgs.within(sea.id(), List.of(school.id())));

        Organization movedSchool = orgs.get(school.id());
        Organization stay = orgs.create(new Organization(null, OrgType.LEA, "Staying District", sea.id(), null, null, null));
        orgs.update(school.id(), new Organization(null, null, movedSchool.name(), stay.id(), null, null, null), movedSchool.version());
        assertEquals(java.util.Set.of(school.id()), schoolsIn.apply(sea), "a school moved back into the first state on its own");
        assertEquals(java.util.Set.of(), schoolsIn.apply(otherSea));
    }

    @Test
    void withinFindsOnlyTheAskedOrganizationsOfASubtreeClosedOnesToo() {
        Organization school = orgs.create(new Organization(null, OrgType.SCHOOL, "School A", lea.id(), null, null, null));
        Organization otherLea = orgs.create(new Organization(null, OrgType.LEA, "District B", sea.id(), null, null, null));
        Organization elsewhere = orgs.create(new Organization(null, OrgType.SCHOOL, "School Z", otherLea.id(), null, null, null));
        orgs.close(school.id(), true, "district");
        List<String> asked = List.of(school.id(), elsewhere.id(), lea.id(), "00000000-0000-4000-8000-000000000000", "not an id");
        assertEquals(java.util.Set.of(school.id(), lea.id()), orgs.within(lea.id(), asked).keySet());
        assertEquals(java.util.Set.of(school.id(), elsewhere.id(), lea.id()), orgs.within(sea.id(), asked).keySet(), "three levels down from the SEA");
        assertEquals("School A", orgs.within(sea.id(), asked).get(school.id()).name());
        assertEquals(java.util.Map.of(), orgs.within(school.id(), List.of(lea.id())), "not above the root");
        // the store's answer is the subtree's, which the interface's default reads whole
        for (Organization root : List.of(sea, lea, otherLea, school)) {
            assertEquals(orgs.subtree(root.id()).stream().map(Organization::id).filter(asked::contains).collect(java.util.stream.Collectors.toSet()),
                    orgs.within(root.id(), asked).keySet());
        }
        assertThrows(org.braid.core.model.NotFoundException.class, () -> orgs.within("00000000-0000-4000-8000-000000000000", asked));
    }

    @Test
    void ncesIdsAreUnique() {
        var e = assertThrows(ConflictException.class,
                () -> orgs.create(new Organization(null, OrgType.LEA, "District B", sea.id(), "1234567", null, null)));
        assertEquals("ncesId", e.violations().get(0).field());
    }

    @Test
    void aStaleUpdateChangesNothing() {
        Organization renamed = orgs.update(lea.id(), new Organization(null, null, "District A1", sea.id(), "1234567", null, null), 1);
        assertEquals(2L, renamed.version());
        assertThrows(StaleVersionException.class,
                () -> orgs.update(lea.id(), new Organization(null, null, "Lost", sea.id(), null, null, null), 1));
        assertEquals("District A1", orgs.get(lea.id()).name());
    }

    @Test
    void searchByNameOrNcesIdIsPaged() {
        for (int i = 0; i < 5; i++) orgs.create(new Organization(null, OrgType.SCHOOL, "School " + i, lea.id(), null, null, null));
        var page = orgs.find(new OrgQuery(OrgType.SCHOOL, null, "school", 2, 1, null));
        assertEquals(5, page.total());
        assertEquals(List.of("School 1", "School 2"), page.items().stream().map(Organization::name).toList());
        assertEquals(List.of(lea.id()), orgs.find(new OrgQuery(null, null, "1234567", 10, 0, null)).items().stream().map(Organization::id).toList());
        assertEquals(0, orgs.find(new OrgQuery(null, null, "100%", 10, 0, null)).total());
    }

    @Test
    void aLongListIsCountedExactlyAndANameSearchOnlySoFarPastThePage() {
        int schools = OrgQuery.COUNT_AHEAD + 100;
        for (int i = 0; i < schools; i++) {
            orgs.insert(new Organization(java.util.UUID.randomUUID().toString(), OrgType.SCHOOL, String.format("School %05d", i), lea.id(), null, null, 1L));
        }
        OrgQuery first = new OrgQuery(OrgType.SCHOOL, null, null, 50, 0, null);
        var page = orgs.find(first);
        assertEquals(schools, page.total(), "a level is counted to the end");
        assertFalse(first.countStopped(page.total()));
        assertEquals("School 00000", page.items().get(0).name());
        OrgQuery later = new OrgQuery(OrgType.SCHOOL, null, null, 50, 100, null);
        page = orgs.find(later);
        assertEquals(schools, page.total());
        assertEquals(List.of("School 00100", "School 00149"), List.of(page.items().get(0).name(), page.items().get(49).name()));
        assertEquals(schools, orgs.find(new OrgQuery(null, lea.id(), null, 50, 0, null)).total(), "a parent's too");

        OrgQuery search = new OrgQuery(OrgType.SCHOOL, null, "school", 50, 0, null);
        page = orgs.find(search);
        assertEquals(OrgQuery.COUNT_AHEAD + 51, page.total(), "a search: the page, 1,000 after it and one more");
        assertTrue(search.countStopped(page.total()));
        OrgQuery last = new OrgQuery(OrgType.SCHOOL, null, "school", 50, schools - 10, null);
        page = orgs.find(last);
        assertEquals(schools, page.total(), "a page that is not full ends the list");
        assertEquals(10, page.items().size());
        assertFalse(last.countStopped(page.total()));
        OrgQuery justOver = new OrgQuery(OrgType.SCHOOL, lea.id(), "school", 99, 0, null);
        assertEquals(OrgQuery.COUNT_AHEAD + 100, orgs.find(justOver).total(), "one more than the limit counts all but says so");
        assertTrue(justOver.countStopped(orgs.find(justOver).total()));
        OrgQuery exactly = new OrgQuery(OrgType.SCHOOL, lea.id(), "school", 100, 0, null);
        assertEquals(schools, orgs.find(exactly).total());
        assertFalse(exactly.countStopped(schools), "all counted, one short of the limit");
    }

    @Test
    void aKeptTotalIsCountedAgainAfterAChangeAtAnyNode() throws Exception {
        OrganizationStore otherNode = new OrganizationStore(db); // a second node on the same database
        Organization west = orgs.create(new Organization(null, OrgType.LEA, "West District", sea.id(), null, null, null));
        for (String name : List.of("A School", "B School")) orgs.create(new Organization(null, OrgType.SCHOOL, name, lea.id(), null, null, null));
        OrgQuery schools = new OrgQuery(OrgType.SCHOOL, null, null, 1, 0, null);
        OrgQuery ofLea = new OrgQuery(null, lea.id(), null, 1, 0, null);
        OrgQuery inLeaScope = new OrgQuery(OrgType.SCHOOL, null, null, 1, 0, List.of(lea.id()));
        assertEquals(List.of(2L, 2L, 2L), List.of(orgs.find(schools).total(), orgs.find(ofLea).total(), orgs.find(inLeaScope).total()));

        // a row written behind the store's back is not counted: the totals are kept, not counted for every page
        db.transaction(c -> c.createStatement().executeUpdate("INSERT INTO organization (id, org_type, name, parent_id, essa_status, version) "
                + "VALUES ('" + java.util.UUID.randomUUID() + "', 'SCHOOL', 'Unseen School', '" + lea.id() + "', 'NONE', 1)"));
        assertEquals(2, orgs.find(schools).total());

        Organization c = otherNode.create(new Organization(null, OrgType.SCHOOL, "C School", lea.id(), null, null, null));
        assertEquals(List.of(4L, 4L, 4L), List.of(orgs.find(schools).total(), orgs.find(ofLea).total(), orgs.find(inLeaScope).total()),
                "a school added at the other node: every total counted again");
        otherNode.update(c.id(), new Organization(null, null, "C School", west.id(), null, null, null), c.version());
        assertEquals(List.of(4L, 3L, 3L), List.of(orgs.find(schools).total(), orgs.find(ofLea).total(), orgs.find(inLeaScope).total()), "moved");
        assertEquals(1, orgs.find(new OrgQuery(OrgType.SCHOOL, null, null, 1, 0, List.of(west.id()))).total());
        otherNode.close(c.id(), true, "state");
        assertEquals(3, orgs.find(schools).total(), "closed");
        otherNode.close(c.id(), false, "state");
        assertEquals(4, orgs.find(schools).total(), "opened again");
    }

    @Test
    void aScopedSearchSeesOnlyItsSubtrees() {
        Organization school = orgs.create(new Organization(null, OrgType.SCHOOL, "School A", lea.id(), null, null, null));
        Organization otherLea = orgs.create(new Organization(null, OrgType.LEA, "District B", sea.id(), null, null, null));
        orgs.create(new Organization(null, OrgType.SCHOOL, "School Z", otherLea.id(), null, null, null));
        assertEquals(List.of("District A", "School A"),
                orgs.find(new OrgQuery(null, null, null, 10, 0, List.of(lea.id()))).items().stream().map(Organization::name).toList());
        assertEquals(5, orgs.find(new OrgQuery(null, null, null, 10, 0, List.of(sea.id()))).total());
        assertEquals(List.of(school.id()), orgs.find(new OrgQuery(null, null, null, 10, 0, List.of(school.id()))).items().stream().map(Organization::id).toList());
        assertEquals(0, orgs.find(new OrgQuery(null, null, null, 10, 0, List.of())).total());
        assertEquals(List.of(school.id(), lea.id(), sea.id()), orgs.chain(school.id()).stream().map(Organization::id).toList());
    }

    @Test
    void directionKeepsGoalIdsAndChecksVersions() {
        GoalMeasure m = new GoalMeasure(null, "Growth", "State assessments", "64%", Map.of("2026-27", "70%", "2027-28", "80%"));
        Direction first = directions.put(lea.id(), new Direction(null, "v", "m", null, List.of(),
                List.of(new Goal(null, "Each student grows", null, List.of(m))), null), 0);
        assertEquals(1L, first.version());
        String goalId = first.goals().get(0).id();
        Direction read = directions.get(lea.id());
        assertEquals(first, read);
        Direction second = directions.put(lea.id(), new Direction(null, "v2", "m", null, List.of(), read.goals(), null), 1);
        assertEquals(goalId, second.goals().get(0).id());
        assertThrows(StaleVersionException.class, () -> directions.put(lea.id(), read, 1));
        assertEquals("v2", directions.get(lea.id()).vision());
        // another organization cannot take over this goal
        var e = assertThrows(RuleViolationException.class, () -> directions.put(sea.id(), read, 0));
        assertEquals("goals[0].id", e.violations().get(0).field());
    }
}
