package org.braid.platform.internal.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.ForbiddenException;
import org.braid.core.model.Organization;
import org.braid.core.model.Violation;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;

/**
 * Which fields of an organization a caller may change. Its own leaders name it and give its NCES id;
 * the state (SEA staff over it) sets its ESSA status; moving it to another parent needs rights over
 * both the old and the new parent (the leaders of both, or the state over both). Admins may change
 * everything. The operation's gate ({@code GOVERN}) lets in whoever sees the organization; this
 * names each field they may not change.
 */
public final class OrganizationChanges {
    private static final Set<Role> LEADERS = EnumSet.of(Role.SEA_STAFF, Role.LEA_LEADER, Role.SCHOOL_LEADER);
    private final OrganizationStore orgs;

    public OrganizationChanges(OrganizationStore orgs) {
        this.orgs = orgs;
    }

    /**
     * @param stored the organization as it is
     * @param next   the organization as the caller wants it
     * @throws ForbiddenException naming every changed field the caller may not change
     */
    public void checkUpdate(Actor actor, Organization stored, Organization next) {
        if (actor.is(Role.ADMIN)) return;
        List<Violation> refused = new ArrayList<>();
        boolean leads = leads(actor, stored.id());
        if (!Objects.equals(stored.name(), next.name()) && !leads) {
            refused.add(new Violation("name", "only the organization's own leaders may rename it"));
        }
        if (!Objects.equals(stored.ncesId(), next.ncesId()) && !leads) {
            refused.add(new Violation("ncesId", "only the organization's own leaders may change its NCES id"));
        }
        if (stored.essaStatus() != next.essaStatus() && !governs(actor, stored.id())) {
            refused.add(new Violation("essaStatus", "the ESSA status is set by the state: SEA staff or an administrator"));
        }
        if (!Objects.equals(stored.parentId(), next.parentId()) && !mayMove(actor, stored.parentId(), next.parentId())) {
            refused.add(new Violation("parentId", "moving an organization needs rights over its old and its new parent: "
                    + "the leaders of both, or the state"));
        }
        if (!refused.isEmpty()) throw new ForbiddenException("your role does not allow these changes", refused);
        if (!leads && !governs(actor, stored.id())) {
            throw new ForbiddenException("your role does not allow changing this organization", List.of());
        }
    }

    /**
     * A new LEA or school: whoever may edit the parent adds it, but only the state gives it an ESSA status.
     *
     * @throws ForbiddenException naming {@code essaStatus}
     */
    public void checkCreate(Actor actor, Organization org) {
        if (actor.is(Role.ADMIN) || org.essaStatus() == EssaStatus.NONE) return;
        if (org.parentId() == null || !governs(actor, org.parentId())) {
            throw new ForbiddenException("essaStatus", "the ESSA status is set by the state: SEA staff or an administrator");
        }
    }

    /**
     * Closing (or reopening) is for those over it: the leaders of its parent or the state; an SEA, for admins.
     *
     * @throws ForbiddenException naming {@code closed}
     */
    public void checkClose(Actor actor, Organization stored) {
        if (actor.is(Role.ADMIN)) return;
        checkLeads(actor);
        if (stored.parentId() == null || !rightsOver(actor, stored.parentId())) {
            throw new ForbiddenException("closed", "an organization is closed by the leaders of the one above it, or by the state");
        }
    }

    /**
     * A district's coding framework is chosen by its own leaders or the state.
     *
     * @throws ForbiddenException naming {@code codingFramework}
     */
    public void checkFrameworkChoice(Actor actor, Organization stored) {
        if (actor.is(Role.ADMIN) || rightsOver(actor, stored.id())) return;
        throw new ForbiddenException("codingFramework", "a district's coding framework is chosen by its own leaders or the state");
    }

    /**
     * Only leaders and the state change organizations: a coach or a viewer is refused before anything else is looked at.
     *
     * @throws ForbiddenException naming no field
     */
    public void checkLeads(Actor actor) {
        if (!actor.is(Role.ADMIN) && actor.roles().stream().noneMatch(LEADERS::contains)) {
            throw new ForbiddenException("your role does not allow changing organizations", List.of());
        }
    }

    private boolean mayMove(Actor actor, String oldParent, String newParent) {
        if (oldParent == null || !rightsOver(actor, oldParent)) return false;
        // an unknown new parent is the store's to answer (422); a known one needs the same rights
        return newParent == null || orgs.chain(newParent).isEmpty() || rightsOver(actor, newParent);
    }

    private boolean rightsOver(Actor actor, String orgId) {
        return leads(actor, orgId) || governs(actor, orgId);
    }

    /** The organization's own leaders: a leader role held at that very organization. */
    private static boolean leads(Actor actor, String orgId) {
        return orgId.equals(actor.orgId()) && actor.roles().stream().anyMatch(LEADERS::contains);
    }

    /** The state over it: SEA staff of the SEA at the top of its chain. */
    private boolean governs(Actor actor, String orgId) {
        return actor.is(Role.SEA_STAFF) && actor.orgId() != null
                && orgs.chain(orgId).stream().anyMatch(o -> o.id().equals(actor.orgId()));
    }
}
