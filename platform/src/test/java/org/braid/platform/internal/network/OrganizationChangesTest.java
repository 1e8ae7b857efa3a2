package org.braid.platform.internal.network;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.ForbiddenException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.internal.store.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may change which field of an organization, on a real tree: state > two districts > a school each; another state. */
class OrganizationChangesTest {
    OrganizationChanges changes;
    Organization sea, otherSea, leaA, leaB, otherLea, school;

    @BeforeEach
    void setUp() throws Exception {
        var db = TestDatabases.core(Files.readString(Path.of("src/main/resources/db/core/V001__create_network.sql")));
        OrganizationStore orgs = new OrganizationStore(db);
        sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null));
        otherSea = orgs.create(new Organization(null, OrgType.SEA, "Other State", null, null, null, null));
        leaA = orgs.create(new Organization(null, OrgType.LEA, "A", sea.id(), null, null, null));
        leaB = orgs.create(new Organization(null, OrgType.LEA, "B", sea.id(), null, null, null));
        otherLea = orgs.create(new Organization(null, OrgType.LEA, "C", otherSea.id(), null, null, null));
        school = orgs.create(new Organization(null, OrgType.SCHOOL, "A1", leaA.id(), null, EssaStatus.TSI, null));
        changes = new OrganizationChanges(orgs);
    }

    static Actor actor(Role role, String org) {
        return new Actor("u", "u", org, Set.of(role), List.of());
    }

    Organization school(String name, String parentId, EssaStatus essa) {
        return new Organization(school.id(), OrgType.SCHOOL, name, parentId, null, essa, school.version());
    }

    static String refused(Runnable change) {
        ForbiddenException e = assertThrows(ForbiddenException.class, change::run);
        return String.join(",", e.violations().stream().map(v -> v.field()).toList());
    }

    @Test
    void aSchoolLeaderRenamesTheirSchoolButNeitherMovesItNorSetsItsEssaStatus() {
        Actor leader = actor(Role.SCHOOL_LEADER, school.id());
        assertDoesNotThrow(() -> changes.checkUpdate(leader, school, school("Renamed", leaA.id(), EssaStatus.TSI)));
        assertEquals("parentId", refused(() -> changes.checkUpdate(leader, school, school("A1", leaB.id(), EssaStatus.TSI))));
        assertEquals("essaStatus", refused(() -> changes.checkUpdate(leader, school, school("A1", leaA.id(), EssaStatus.NONE))));
        assertEquals("essaStatus,parentId", refused(() -> changes.checkUpdate(leader, school, school("A1", leaB.id(), EssaStatus.CSI))));
    }

    @Test
    void anLeaLeaderCannotTakeOrGiveASchoolAlone() {
        assertEquals("parentId", refused(() -> changes.checkUpdate(actor(Role.LEA_LEADER, leaA.id()), school, school("A1", leaB.id(), EssaStatus.TSI))));
        assertEquals("name,essaStatus", refused(() -> changes.checkUpdate(actor(Role.LEA_LEADER, leaA.id()), school, school("X", leaA.id(), EssaStatus.CSI))));
    }

    @Test
    void theStateSetsEssaStatusAndMovesSchoolsWithinItsState() {
        Actor staff = actor(Role.SEA_STAFF, sea.id());
        assertDoesNotThrow(() -> changes.checkUpdate(staff, school, school("A1", leaB.id(), EssaStatus.CSI)));
        assertEquals("name", refused(() -> changes.checkUpdate(staff, school, school("Renamed", leaA.id(), EssaStatus.TSI))));
        assertEquals("parentId", refused(() -> changes.checkUpdate(staff, school, school("A1", otherLea.id(), EssaStatus.TSI))),
                "not into another state's district");
        assertEquals("essaStatus", refused(() -> changes.checkUpdate(actor(Role.SEA_STAFF, otherSea.id()), school,
                school("A1", leaA.id(), EssaStatus.NONE))));
        assertEquals("essaStatus", refused(() -> changes.checkUpdate(actor(Role.COACH, sea.id()), school, school("A1", leaA.id(), EssaStatus.NONE))));
    }

    @Test
    void whoCanChangeNothingIsRefusedEvenWithoutAChange() {
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> changes.checkUpdate(actor(Role.VIEWER, school.id()), school, school("A1", leaA.id(), EssaStatus.TSI)));
        assertTrue(e.violations().isEmpty());
        assertThrows(ForbiddenException.class, () -> changes.checkUpdate(actor(Role.LEA_LEADER, leaA.id()), school, school));
    }

    @Test
    void adminsChangeEverything() {
        assertDoesNotThrow(() -> changes.checkUpdate(actor(Role.ADMIN, null), school, school("X", otherLea.id(), EssaStatus.CSI)));
    }

    @Test
    void onlyTheStateGivesANewSchoolAnEssaStatus() {
        Organization fresh = new Organization(null, OrgType.SCHOOL, "New", leaA.id(), null, EssaStatus.CSI, null);
        assertEquals("essaStatus", refused(() -> changes.checkCreate(actor(Role.LEA_LEADER, leaA.id()), fresh)));
        assertDoesNotThrow(() -> changes.checkCreate(actor(Role.LEA_LEADER, leaA.id()),
                new Organization(null, OrgType.SCHOOL, "New", leaA.id(), null, null, null)));
        assertDoesNotThrow(() -> changes.checkCreate(actor(Role.SEA_STAFF, sea.id()), fresh));
    }
}
