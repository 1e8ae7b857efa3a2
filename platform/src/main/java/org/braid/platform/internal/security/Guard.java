package org.braid.platform.internal.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.braid.core.model.Organization;
import org.braid.core.rest.Access.Permission;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one place that decides whether an actor may do something to an organization, following the
 * tree: each user sees the subtree of their organization (a coach also those assigned); admins see
 * everything. Viewers only read; an organization's own leaders edit it; the state governs its organizations'
 * records (see {@link org.braid.platform.internal.network.OrganizationChanges}).
 */
@Component(service = Guard.class)
public class Guard {
    /** The outcome: allowed; forbidden (403); or invisible, answered as not found (404). */
    public enum Decision { ALLOW, FORBID, HIDE }

    private static final Set<Role> EDITORS = EnumSet.of(Role.SEA_STAFF, Role.LEA_LEADER, Role.SCHOOL_LEADER);
    private final OrganizationStore orgs;

    @Activate
    public Guard(@Reference OrganizationStore orgs) {
        this.orgs = orgs;
    }

    /**
     * @param orgId the organization touched; {@code null} for the platform as a whole
     */
    public Decision decide(Actor actor, Permission permission, String orgId) {
        if (permission == Permission.PUBLIC || permission == Permission.SIGNED_IN) return Decision.ALLOW;
        if (actor.is(Role.ADMIN)) return Decision.ALLOW; // the handler answers an unknown id precisely (404 or 422)
        if (permission == Permission.AUDIT && orgId == null) return actor.is(Role.SEA_STAFF) ? Decision.ALLOW : Decision.FORBID;
        if (permission == Permission.ADMIN || orgId == null) return Decision.FORBID;
        List<String> chain = orgs.chain(orgId).stream().map(Organization::id).toList();
        if (chain.isEmpty()) return Decision.HIDE; // unknown and out of scope look the same
        boolean inScope = actor.homes().stream().anyMatch(chain::contains);
        if (!inScope) return Decision.HIDE;
        return switch (permission) {
            case READ -> Decision.ALLOW;
            case COMMENT -> actor.roles().stream().anyMatch(r -> r != Role.VIEWER) ? Decision.ALLOW : Decision.FORBID;
            case AUDIT -> actor.is(Role.SEA_STAFF) ? Decision.ALLOW : Decision.FORBID;
            case EDIT -> edits(actor, orgId) ? Decision.ALLOW : Decision.FORBID;
            // in scope; the handler then names each changed field the caller may not change (OrganizationChanges)
            case GOVERN -> Decision.ALLOW;
            default -> Decision.FORBID;
        };
    }

    private static boolean edits(Actor actor, String orgId) {
        return orgId.equals(actor.orgId()) && actor.roles().stream().anyMatch(EDITORS::contains);
    }
}
