package org.braid.selfassessment.internal;

import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.ValidationException;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes a next step of a process self-assessment a priority area of the district's plan for the same school year
 * (starting the plan when there is none), or an action under a milestone of that plan. It exists only while the planning module is on; the rest of this module never
 * touches that module's classes.
 */
@Component(service = PlanHandOff.class)
public class PlanHandOff {
    /** The longest description an action of the plan takes. */
    static final int ACTION_TEXT = 2000;
    private final PlanService plans;

    @Activate
    public PlanHandOff(@Reference PlanService plans) {
        this.plans = plans;
    }

    /** Where a next step went: the plan and its new priority area with its number. */
    record HandedOff(String planId, String priorityAreaId, String number, String title) {}

    HandedOff priorityArea(ProcessAssessment p, ProcessAssessment.NextStep step) {
        Plan plan = plans.forOrganization(p.orgId()).stream().filter(x -> x.schoolYear().equals(p.schoolYear())).findFirst()
                .orElseGet(() -> plans.create(p.orgId(), p.schoolYear()));
        boolean titled = step.priorityArea() != null && !step.priorityArea().isBlank();
        PlanElement area;
        try {
            area = plans.addPriorityArea(plan.id(), titled ? step.priorityArea() : step.step(), titled ? step.step() : null);
        } catch (UnsupportedOperationException e) {
            throw notTaken("priority areas");
        }
        return new HandedOff(plan.id(), area.id(), area.number(), area.title());
    }

    /** Where a next step went as an action: the plan, its milestone and the new action with its number. */
    record ActionMade(String planId, String milestoneId, String actionId, String number, String description) {}

    /**
     * @throws ValidationException naming {@code milestoneId} when it is not a milestone of the district's plan for the
     *                             process self-assessment's school year
     */
    ActionMade action(ProcessAssessment p, ProcessAssessment.NextStep step, String milestoneId) {
        PlanElement milestone;
        try {
            milestone = plans.element(milestoneId);
        } catch (NotFoundException e) {
            milestone = null;
        }
        // only the district's own plan of the year: a milestone id of another organization's plan says nothing of it
        if (milestone == null || milestone.kind() != ElementKind.MILESTONE || !milestone.orgId().equals(p.orgId())
                || !milestone.schoolYear().equals(p.schoolYear())) {
            throw new ValidationException("milestoneId", "is not a milestone of the district's " + p.schoolYear() + " plan");
        }
        if (step.step().length() > ACTION_TEXT) throw new ValidationException("nextStep", "is longer than an action's " + ACTION_TEXT + " characters");
        PlanElement action;
        try {
            action = plans.addAction(milestone.id(), step.step(), null);
        } catch (UnsupportedOperationException e) {
            throw notTaken("actions");
        }
        return new ActionMade(action.planId(), milestone.id(), action.id(), action.number(), action.title());
    }

    /** A plan service written against an older API (a state's own planning module, say) may take none: a 409, not a 500. */
    private static ConflictException notTaken(String what) {
        return new ConflictException("plan", "the planning module in use takes no " + what + " from other modules");
    }
}
