package org.braid.core.model;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The organizations of the network and their tree. Calls run in the caller's transaction.
 */
@ProviderType
public interface OrganizationService {

    /**
     * @param org the new organization; {@code id} and {@code version} are ignored
     * @return it as stored, with its id and version 1
     * @throws ValidationException     on a field problem
     * @throws RuleViolationException  when the parent does not exist or has the wrong type
     * @throws ConflictException       when the NCES id is taken
     */
    Organization create(Organization org);

    /** @throws NotFoundException when there is no such organization */
    Organization get(String id);

    /**
     * @param id              the organization to change
     * @param org             its new fields; the type cannot change
     * @param expectedVersion the version the caller edited
     * @throws StaleVersionException when someone changed it in between
     */
    Organization update(String id, Organization org, long expectedVersion);

    /**
     * @return a page of the organizations matching the query, ordered by name; its total is exact, except for a name
     *         search ({@code q}), exact up to {@link OrgQuery#countLimit()} and that limit when at least as many match
     *         ({@link OrgQuery#countStopped})
     */
    Page<Organization> find(OrgQuery query);

    /** @return the direct children, ordered by name */
    List<Organization> children(String id);

    /** @return the organization and everything under it, closed ones too, parents before children */
    List<Organization> subtree(String id);

    /**
     * A closed organization keeps its records and history and leaves the lists (and the roll-ups of those above it).
     *
     * @return whether the organization has closed; false for one that does not exist
     * @since 1.5
     */
    default boolean closed(String id) {
        return false;
    }

    /**
     * Which of some organizations are in a subtree, without reading the whole subtree (a state's is 10,000 organizations).
     *
     * @param rootId the subtree's root
     * @param ids    organizations to look for
     * @return those of them that are the root or under it, closed ones too, by id; unknown ids are left out
     * @throws NotFoundException when there is no such root
     * @since 1.3
     */
    default java.util.Map<String, Organization> within(String rootId, java.util.Collection<String> ids) {
        java.util.Set<String> wanted = new java.util.HashSet<>(ids);
        java.util.Map<String, Organization> out = new java.util.HashMap<>();
        for (Organization o : subtree(rootId)) {
            if (wanted.contains(o.id())) out.put(o.id(), o);
        }
        return out;
    }
}
