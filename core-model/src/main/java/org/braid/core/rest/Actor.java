package org.braid.core.rest;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user a request runs as.
 *
 * @param userId   the user's id
 * @param username the name they sign in with
 * @param orgId    the organization they belong to
 * @param roles    their roles there
 * @param assigned for a coach: the organizations assigned to them
 */
public record Actor(String userId, String username, String orgId, Set<Role> roles, List<String> assigned) {

    public Actor {
        roles = Set.copyOf(roles);
        assigned = assigned == null ? List.of() : List.copyOf(assigned);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /**
     * @return the organizations whose subtrees this user may see: their own (unless they are only a
     *         coach) and those assigned; {@code null} for an admin, who sees all
     */
    public List<String> homes() {
        if (is(Role.ADMIN)) return null;
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (orgId != null && roles.stream().anyMatch(r -> r != Role.COACH)) out.add(orgId);
        out.addAll(assigned);
        return List.copyOf(out);
    }
}
