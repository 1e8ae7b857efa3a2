package org.braid.selfassessment.internal;

import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes a next step of a process self-assessment a priority area of the district's plan for the same school year
 * (starting the plan when there is none). It exists only while the planning module is on; the rest of this module never
 * touches that module's classes.
 */
@Component(service = PlanHandOff.class)
public class PlanHandOff {
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
        PlanElement area = plans.addPriorityArea(plan.id(), titled ? step.priorityArea() : step.step(), titled ? step.step() : null);
        return new HandedOff(plan.id(), area.id(), area.number(), area.title());
    }
}
