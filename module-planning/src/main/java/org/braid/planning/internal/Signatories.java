package org.braid.planning.internal;

import org.braid.core.model.ForbiddenException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.rest.Actor;
import org.braid.core.rest.Role;

/**
 * Who signs a plan, and who approves it. Anyone who may comment on the plan signs it, as the role
 * and name of their account; approval comes from the level above: a school's plan from the leaders
 * of its district, a district's from the staff of its state, a state's from an administrator.
 * Coaches comment but never approve.
 */
final class Signatories {
    private Signatories() {
    }

    /**
     * @param planOrg  the organization whose plan it is
     * @param approves whether the signature is to approve the plan
     * @return the signature as the account gives it: its role and its name
     * @throws ForbiddenException naming {@code approves} when the signer is not the level above
     */
    static PlanVersions.SignOffInput signature(Actor actor, Organization planOrg, boolean approves) {
        if (approves) {
            Role above = approver(planOrg.type());
            boolean fromAbove = actor.is(above) && (above == Role.ADMIN || planOrg.parentId() != null && planOrg.parentId().equals(actor.orgId()));
            if (!fromAbove) {
                throw new ForbiddenException("approves", "a school's plan is approved by its district's leaders, a district's by its state's "
                        + "staff, a state's by an administrator; coaches comment but never approve");
            }
            return new PlanVersions.SignOffInput(above.id(), actor.username(), true);
        }
        Role role = actor.roles().stream().filter(r -> r != Role.VIEWER).sorted().findFirst().orElse(Role.VIEWER);
        return new PlanVersions.SignOffInput(role.id(), actor.username(), false);
    }

    private static Role approver(OrgType type) {
        return switch (type) {
            case SCHOOL -> Role.LEA_LEADER;
            case LEA -> Role.SEA_STAFF;
            case SEA -> Role.ADMIN;
        };
    }
}
