package org.braid.planning.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.braid.core.model.ForbiddenException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.junit.jupiter.api.Test;

/** Approval comes from the level above; the signature's role and name come from the account. */
class SignatoriesTest {
    static final Organization SEA = new Organization("sea", OrgType.SEA, "State", null, null, null, 1L);
    static final Organization LEA = new Organization("lea", OrgType.LEA, "District", "sea", null, null, 1L);
    static final Organization SCHOOL = new Organization("school", OrgType.SCHOOL, "School", "lea", null, null, 1L);

    static Actor actor(String name, Role role, String org, String... assigned) {
        return new Actor("id-" + name, name, org, Set.of(role), List.of(assigned));
    }

    @Test
    void aSchoolsPlanIsApprovedByItsDistrictsLeaders() {
        PlanVersions.SignOffInput s = Signatories.signature(actor("dana", Role.LEA_LEADER, "lea"), SCHOOL, true);
        assertEquals("lea-leader", s.role());
        assertEquals("dana", s.name());
        assertTrue(s.approves());
        assertRefused(actor("other", Role.LEA_LEADER, "other-lea"), SCHOOL);
        assertRefused(actor("pat", Role.SCHOOL_LEADER, "school"), SCHOOL);
        assertRefused(actor("sam", Role.SEA_STAFF, "sea"), SCHOOL);
    }

    @Test
    void coachesNeverApproveThoughTheirOrganizationIsAbove() {
        assertRefused(actor("coach", Role.COACH, "sea", "school"), SCHOOL);
        assertRefused(actor("coach", Role.COACH, "sea", "lea"), LEA);
        assertEquals("coach", Signatories.signature(actor("coach", Role.COACH, "sea", "school"), SCHOOL, false).role(), "a coach signs as a coach");
    }

    @Test
    void aDistrictsPlanIsApprovedByItsStatesStaffAndAStatesByAnAdministrator() {
        assertEquals("sea-staff", Signatories.signature(actor("sam", Role.SEA_STAFF, "sea"), LEA, true).role());
        assertRefused(actor("dana", Role.LEA_LEADER, "lea"), LEA);
        assertRefused(actor("root", Role.ADMIN, null), LEA);
        assertEquals("admin", Signatories.signature(actor("root", Role.ADMIN, null), SEA, true).role());
    }

    @Test
    void aSignatureWithoutApprovalCarriesTheAccountsRoleAndName() {
        PlanVersions.SignOffInput s = Signatories.signature(actor("pat", Role.SCHOOL_LEADER, "school"), SCHOOL, false);
        assertEquals("school-leader", s.role());
        assertEquals("pat", s.name());
        assertFalse(s.approves());
    }

    static void assertRefused(Actor actor, Organization planOrg) {
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> Signatories.signature(actor, planOrg, true));
        assertEquals("approves", e.violations().get(0).field());
    }
}
