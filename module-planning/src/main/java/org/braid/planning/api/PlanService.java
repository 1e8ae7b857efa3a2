package org.braid.planning.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The plans of the network; calls run in the caller's transaction. */
@ProviderType
public interface PlanService {

    /**
     * Starts a draft plan.
     *
     * @throws org.braid.core.model.ValidationException    when the school year is malformed
     * @throws org.braid.core.model.RuleViolationException when the organization does not exist
     * @throws org.braid.core.model.ConflictException      when it already has a plan for that year
     */
    Plan create(String orgId, String schoolYear);

    /** @throws org.braid.core.model.NotFoundException when there is no such plan */
    Plan get(String id);

    /** @return the organization's plans, newest school year first */
    List<Plan> forOrganization(String orgId);
}
