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

    /** @return the organizations matching the query, ordered by name */
    Page<Organization> find(OrgQuery query);

    /** @return the direct children, ordered by name */
    List<Organization> children(String id);

    /** @return the organization and everything under it, parents before children */
    List<Organization> subtree(String id);
}
