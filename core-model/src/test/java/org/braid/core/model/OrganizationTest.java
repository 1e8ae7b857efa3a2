package org.braid.core.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganizationTest {

    static Organization org(OrgType type, String name, String parent, String nces) {
        return new Organization(null, type, name, parent, nces, null, null);
    }

    static List<String> fields(Checks c) {
        return c.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aValidSchoolPasses() {
        assertTrue(org(OrgType.SCHOOL, "School A", "lea-1", "123456789012").check().ok());
    }

    @Test
    void essaStatusDefaultsToNone() {
        assertEquals(EssaStatus.NONE, org(OrgType.LEA, "District A", "sea", null).essaStatus());
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertEquals(List.of("type", "name"), fields(org(null, "  ", null, null).check()));
    }

    @Test
    void ncesIdLengthDependsOnTheLevel() {
        assertEquals(List.of("ncesId"), fields(org(OrgType.LEA, "D", "sea", "12345").check()));
        assertEquals(List.of("ncesId"), fields(org(OrgType.SCHOOL, "S", "lea", "12345678901x").check()));
        assertTrue(org(OrgType.LEA, "D", "sea", "1234567").check().ok());
    }

    @Test
    void anSeaHasNoParentAndOthersNeedOne() {
        assertEquals(List.of("parentId"), fields(org(OrgType.SEA, "State", "x", null).check()));
        assertEquals(List.of("parentId"), fields(org(OrgType.SCHOOL, "S", null, null).check()));
    }

    @Test
    void aSchoolUnderAnSeaBreaksTheTree() {
        Organization sea = org(OrgType.SEA, "State", null, null);
        Organization school = org(OrgType.SCHOOL, "School A", "sea", null);
        var e = assertThrows(RuleViolationException.class, () -> school.checkParent(sea));
        assertEquals("parentId", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("must be an LEA"), e.getMessage());
        school.checkParent(org(OrgType.LEA, "District A", "sea", null));
    }

    @Test
    void nameIsLimited() {
        assertEquals(List.of("name"), fields(org(OrgType.SEA, "x".repeat(201), null, null).check()));
    }
}
