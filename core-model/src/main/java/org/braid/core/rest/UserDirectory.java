package org.braid.core.rest;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The users of an organization, for modules that name people in their records (a self-reflection's team, say) without
 * reaching into the accounts. Calls run in the caller's transaction.
 *
 * @since 1.1
 */
@ProviderType
public interface UserDirectory {

    /**
     * @param orgId the organization
     * @return its enabled users (those whose own organization it is), ordered by username
     */
    List<Actor> usersOf(String orgId);

    /**
     * @param userId a user's id
     * @return the enabled user, or empty when there is none
     */
    Optional<Actor> user(String userId);
}
