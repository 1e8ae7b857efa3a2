package org.braid.platform.internal.security;

import java.util.List;
import java.util.Set;

import org.braid.core.rest.Role;

/**
 * An account as the user admin API shows it; the password hash never leaves the store.
 *
 * @param assigned for a coach: the organizations assigned to them
 */
public record User(String id, String username, String displayName, String orgId, Set<Role> roles, List<String> assigned,
        Boolean disabled, Long version) {}
