package org.braid.core.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrganizationTest {

    /** @param parent a name for the parent, turned into an id of the form Braid gives */
    static Organization org(OrgType type, String name, String parent, String nces) {
        String parentId = parent == null ? null : java.util.UUID.nameUUIDFromBytes(parent.getBytes()).toString();
        return new Organization(null, type, name, parentId, nces, null, null);
    }

    @Test
    void idsHaveTheFormBraidGivesThem() {
        String id = java.util.UUID.randomUUID().toString();
        assertTrue(Organization.isId(id));
        for (String bad : new String[] {"../../<script>", "x".repeat(5000), id.toUpperCase(), id + "0", "", null}) assertFalse(Organization.isId(bad), bad);
        assertEquals(List.of("id", "parentId"), fields(new Organization("../../x", OrgType.SCHOOL, "S", "x".repeat(5000), null, null, null).check()));
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
