package org.braid.platform.internal.security;

import java.util.List;
import java.util.Set;

import org.braid.core.rest.Role;

/** The body of {@code POST /api/users}. */
public record NewUser(String username, String displayName, String password, String orgId, Set<Role> roles, List<String> assigned) {}
