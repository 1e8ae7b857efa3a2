package org.braid.planning.api;

import java.util.List;
import java.util.Map;

import org.braid.planning.api.dto.PlanTree;
import org.osgi.annotation.versioning.ProviderType;

/** The plans of the network; calls run in the caller's transaction. Access rules are the caller's to apply. */
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

    /**
     * @return the whole plan as Tool A shows it, every element numbered
     * @throws org.braid.core.model.NotFoundException when there is no such plan
     */
    PlanTree tree(String planId);

    /**
     * @return one element of any kind, with its plan, organization and (inherited) codes
     * @throws org.braid.core.model.NotFoundException when no plan has such an element
     */
    PlanElement element(String id);

    /**
     * @param practice   a practice code of the active coding framework (e.g. {@code 2B})
     * @param schoolYear the plans' school year, or {@code null} for every year
     * @return the strategies, milestones and actions coded to the practice (codes inherited as in
     *         {@link PlanElement#codes()}) in the plans of the organization and everything under it, in Tool A order
     *         per plan
     */
    List<PlanElement> codedTo(String orgId, String practice, String schoolYear);

    /**
     * Changes one element of a plan for a reason (adjusting course). A draft plan is changed in place; a submitted or
     * approved plan is never overwritten: it is reopened, changed and submitted again as a new version that names the
     * reason, so the plan's history shows why it changed.
     *
     * @param change the element's fields to change, named as its JSON shows them (e.g. {@code dueDate}); the others
     *               keep their values
     * @param by     who made the change (shown in the plan's versions)
     * @throws org.braid.core.model.NotFoundException     when there is no such element
     * @throws org.braid.core.model.ValidationException   when the changed element breaks a rule (fields named)
     */
    PlanAdjustment adjust(String elementId, Map<String, Object> change, String reason, String by);

    /**
     * Adds a priority area at the end of a draft plan, e.g. one another tool found (a district's next step in its process
     * self-assessment).
     *
     * @param title       what the plan will address, at most 500 characters
     * @param description why, at most 4,000 characters; may be {@code null}
     * @return the new priority area with its number
     * @throws org.braid.core.model.NotFoundException      when there is no such plan
     * @throws org.braid.core.model.ValidationException    when a text is missing or too long
     * @throws org.braid.core.model.RuleViolationException when the plan is not a draft
     * @throws UnsupportedOperationException from a plan service that takes none (the default, for services written
     *         against 1.1)
     * @since 1.2.0
     */
    default PlanElement addPriorityArea(String planId, String title, String description) {
        throw new UnsupportedOperationException("this plan service takes no priority areas from other modules");
    }

    /**
     * Adds an action at the end of a milestone of a draft plan, e.g. a next step another tool found (a district's next
     * step in its process self-assessment). The action has no dates, budget or codes of its own yet (it takes its
     * milestone's codes); the plan's team completes it in the plan.
     *
     * @param description what will be done, at most 2,000 characters
     * @param owner       who carries it out, at most 200 characters; may be {@code null}
     * @return the new action with its number
     * @throws org.braid.core.model.NotFoundException      when there is no such milestone
     * @throws org.braid.core.model.ValidationException    when the description is missing or a text too long
     * @throws org.braid.core.model.RuleViolationException when the plan is not a draft
     * @throws UnsupportedOperationException from a plan service that takes none (the default, for services written
     *         against 1.3)
     * @since 1.4.0
     */
    default PlanElement addAction(String milestoneId, String description, String owner) {
        throw new UnsupportedOperationException("this plan service takes no actions from other modules");
    }
}
