package org.braid.core.model;

import java.util.regex.Pattern;

/**
 * An SEA, LEA or school in the Strategic Performance Network.
 *
 * @param id         assigned by Braid
 * @param type       SEA, LEA or SCHOOL
 * @param name       display name
 * @param parentId   the SEA of an LEA, the LEA of a school; none for an SEA
 * @param ncesId     the NCES id where known: 2 digits (state), 7 (LEA) or 12 (school)
 * @param essaStatus ESSA identification; NONE when not given
 * @param version    the optimistic-concurrency version, raised by every update
 */
public record Organization(String id, OrgType type, String name, String parentId, String ncesId,
        EssaStatus essaStatus, Long version) {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** The form of the ids Braid gives organizations: a lower-case UUID. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public Organization {
        if (essaStatus == null) essaStatus = EssaStatus.NONE;
        if (ncesId != null && ncesId.isBlank()) ncesId = null;
        if (parentId != null && parentId.isBlank()) parentId = null;
        if (name != null) name = name.strip();
    }

    /**
     * @return whether the text has the form of an organization id as Braid assigns them (a lower-case
     *         UUID), so that an import or a reference is held to the same form as a record made here
     * @since 1.1.0
     */
    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    /** The field rules that need no other record: presence, length, id and NCES id shape. */
    public Checks check() {
        Checks c = new Checks().required("type", type).text("name", name, 200);
        if (id != null && !isId(id)) c.add("id", "must be an organization id: a lower-case UUID");
        if (parentId != null && !isId(parentId)) c.add("parentId", "must be an organization id: a lower-case UUID");
        if (ncesId != null) {
            int expected = type == null ? 0 : switch (type) { case SEA -> 2; case LEA -> 7; case SCHOOL -> 12; };
            if (!DIGITS.matcher(ncesId).matches() || (expected > 0 && ncesId.length() != expected)) {
                c.add("ncesId", expected > 0 ? "must be " + expected + " digits for " + article(type) : "must be digits");
            }
        }
        if (type == OrgType.SEA && parentId != null) c.add("parentId", "an SEA has no parent");
        if (type != null && type != OrgType.SEA && parentId == null) c.add("parentId", "is required for " + (type == OrgType.LEA ? "an LEA" : "a school"));
        return c;
    }

    /**
     * The tree rule: a school's parent is an LEA, an LEA's an SEA.
     *
     * @param parent the stored parent ({@code null} when this is an SEA)
     * @throws RuleViolationException when the parent has the wrong type
     */
    public void checkParent(Organization parent) {
        OrgType wanted = type.parentType();
        if (wanted != null && parent.type() != wanted) {
            throw new RuleViolationException("parentId", "the parent of " + article(type) + " must be " + article(wanted)
                    + ", but " + parent.name() + " is " + article(parent.type()));
        }
    }

    public Organization withId(String newId, long newVersion) {
        return new Organization(newId, type, name, parentId, ncesId, essaStatus, newVersion);
    }

    private static String article(OrgType t) {
        return switch (t) { case SEA -> "an SEA"; case LEA -> "an LEA"; case SCHOOL -> "a school"; };
    }
}
