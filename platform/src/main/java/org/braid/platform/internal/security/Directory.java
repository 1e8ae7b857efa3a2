package org.braid.platform.internal.security;

import java.util.List;
import java.util.Optional;

import org.braid.core.rest.Actor;
import org.braid.core.rest.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The accounts as modules may see them: who belongs to an organization, without passwords or admin fields. */
@Component(service = UserDirectory.class)
public class Directory implements UserDirectory {
    private final Accounts accounts;

    @Activate
    public Directory(@Reference Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Actor> usersOf(String orgId) {
        return accounts.list().stream().filter(u -> orgId != null && orgId.equals(u.orgId()) && !Boolean.TRUE.equals(u.disabled()))
                .map(u -> new Actor(u.id(), u.username(), u.orgId(), u.roles(), u.assigned())).toList();
    }

    @Override
    public Optional<Actor> user(String userId) {
        return userId == null ? Optional.empty() : accounts.actor(userId);
    }
}
