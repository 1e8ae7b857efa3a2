package org.braid.selfassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code /api/self-assessment/process-assessments}: a district's LEA process self-assessment (seed 002), section by section. */
@Component(service = RestResource.class)
public class ProcessResource implements RestResource {
    private final ProcessAssessments assessments;
    /** Present while the planning module is on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PlanHandOff plans;
    /** Present while the monitoring module is on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SupportsHandOff catalog;

    @Activate
    public ProcessResource(@Reference ProcessAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public String module() {
        return SelfAssessmentModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf org = req -> {
            ProcessAssessment p = assessments.get(Checks.require("id", req.path("id")));
            req.keepTarget(p);
            return p.orgId();
        };
        String base = "/self-assessment/process-assessments";
        return List.of(
                Operation.post(base, "Start a district's process self-assessment for a school year", Inputs.NewProcessAssessment.class,
                        Access.edit(req -> req.body(Inputs.NewProcessAssessment.class).orgId()), req -> {
                    ProcessAssessment p = assessments.start(req.body(Inputs.NewProcessAssessment.class));
                    return ApiReply.created(p).version(p.version());
                }).returning(ProcessAssessment.class),
                Operation.get(base, "A district's process self-assessments, newest school year first", Access.read(req -> req.query("orgId")),
                        req -> ApiReply.ok(Page.of(assessments.forOrganization(Checks.require("orgId", req.query("orgId"))))))
                        .returningList(ProcessAssessment.class).withQuery(QueryParam.string("orgId", "the district")),
                Operation.get(base + "/{id}", "A process self-assessment with its sections: team, documents, context, process, supports, next steps",
                        Access.read(org), req -> {
                    ProcessAssessment p = req.target(ProcessAssessment.class).filter(x -> x.id().equals(req.path("id"))).orElseGet(() -> assessments.get(req.path("id")));
                    return ApiReply.ok(p).version(p.version());
                }).returning(ProcessAssessment.class),
                Operation.put(base + "/{id}", "Save the sections of a process self-assessment (send If-Match)", ProcessAssessment.Sections.class,
                        Access.edit(org), req -> {
                    ProcessAssessment.Sections body = req.body(ProcessAssessment.Sections.class);
                    ProcessAssessment p = assessments.update(req.path("id"), body, req.expectedVersion(body.version()));
                    // the supports inventory feeds monitoring's catalog, in the same transaction, while that module is on
                    SupportsHandOff now = catalog;
                    if (now != null) now.offer(p, assessments.forOrganization(p.orgId()));
                    return ApiReply.ok(p).version(p.version());
                }).returning(ProcessAssessment.class),
                Operation.post(base + "/{id}/priority-areas", "Make a next step a priority area of the district's plan for the same school year",
                        NextStepChoice.class, Access.edit(org), req -> {
                    NextStepChoice choice = req.body(NextStepChoice.class);
                    ProcessAssessment p = req.target(ProcessAssessment.class).filter(x -> x.id().equals(req.path("id"))).orElseGet(() -> assessments.get(req.path("id")));
                    new Checks().required("nextStep", choice.nextStep()).throwIfAny();
                    ProcessAssessment.NextStep step = chosen(p, choice.nextStep());
                    PlanHandOff now = plans;
                    if (now == null) throw new ConflictException("plan", "the planning module is off; next steps can go to the plan while it is on");
                    return ApiReply.created(now.priorityArea(p, step));
                }).returning(PlanHandOff.HandedOff.class),
                Operation.post(base + "/{id}/actions", "Make a next step an action under a milestone of the district's plan for the same school year",
                        NextStepAction.class, Access.edit(org), req -> {
                    NextStepAction choice = req.body(NextStepAction.class);
                    ProcessAssessment p = req.target(ProcessAssessment.class).filter(x -> x.id().equals(req.path("id"))).orElseGet(() -> assessments.get(req.path("id")));
                    new Checks().required("nextStep", choice.nextStep()).required("milestoneId", choice.milestoneId()).throwIfAny();
                    ProcessAssessment.NextStep step = chosen(p, choice.nextStep());
                    PlanHandOff now = plans;
                    if (now == null) throw new ConflictException("plan", "the planning module is off; next steps can go to the plan while it is on");
                    return ApiReply.created(now.action(p, step, choice.milestoneId()));
                }).returning(PlanHandOff.ActionMade.class));
    }

    private static ProcessAssessment.NextStep chosen(ProcessAssessment p, int nextStep) {
        if (nextStep < 0 || nextStep >= p.nextSteps().size()) throw new ValidationException("nextStep", "is not a next step of this process self-assessment");
        return p.nextSteps().get(nextStep);
    }

    /** Which next step, by its place in the list (0 first). */
    record NextStepChoice(Integer nextStep) {}

    /** Which next step (0 first) goes under which milestone of the plan. */
    record NextStepAction(Integer nextStep, String milestoneId) {}
}
