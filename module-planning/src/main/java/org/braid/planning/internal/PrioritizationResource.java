package org.braid.planning.internal;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.planning.internal.Prioritization.CandidateInput;
import org.braid.planning.internal.Prioritization.RetirementInput;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/planning}: deciding what goes in (candidate strategies, prioritization questions) and what it costs (funding, retiring initiatives). */
@Component(service = RestResource.class)
public class PrioritizationResource implements RestResource {
    private final PlanStore plans;
    private final Prioritization prioritization;

    @Activate
    public PrioritizationResource(@Reference PlanStore plans, @Reference Prioritization prioritization) {
        this.plans = plans;
        this.prioritization = prioritization;
    }

    @Override
    public String module() {
        return PlanningModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf planOrg = req -> plans.get(req.path("id")).orgId();
        Access.OrgOf candidateOrg = req -> plans.get(prioritization.candidate(req.path("id")).planId()).orgId();
        Access.OrgOf retirementOrg = req -> plans.get(prioritization.retirement(req.path("id")).planId()).orgId();
        return List.of(
                Operation.get("/planning/prioritization-questions", "Seed 000's questions for prioritizing action steps, deliverables and funding, with their source",
                        Access.signedIn(), req -> ApiReply.ok(Prioritization.QUESTIONS)).returning(ObjectNode.class),
                Operation.get("/planning/plans/{id}/candidates", "Candidate strategies, ranked", Access.read(planOrg),
                        req -> ApiReply.ok(Page.of(prioritization.candidates(req.path("id"))))).returningList(Candidate.class),
                Operation.post("/planning/plans/{id}/candidates", "Weigh a candidate strategy: answers to the questions, a rank", CandidateInput.class,
                        Access.edit(planOrg), req -> {
                    Candidate c = prioritization.addCandidate(req.path("id"), null, req.body(CandidateInput.class));
                    return ApiReply.created(c).version(c.version());
                }).returning(Candidate.class),
                Operation.get("/planning/candidates/{id}", "One candidate strategy", Access.read(candidateOrg), req -> {
                    Candidate c = prioritization.candidate(req.path("id"));
                    return ApiReply.ok(c).version(c.version());
                }).returning(Candidate.class),
                Operation.put("/planning/candidates/{id}", "Change a candidate's answers, rank or the strategy it became (send If-Match)",
                        CandidateInput.class, Access.edit(candidateOrg), req -> {
                    CandidateInput body = req.body(CandidateInput.class);
                    Candidate c = prioritization.updateCandidate(req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(c).version(c.version());
                }).returning(Candidate.class),
                Operation.delete("/planning/candidates/{id}", "Drop a candidate strategy", Access.edit(candidateOrg), req -> {
                    prioritization.delete(true, req.path("id"), req.expectedVersion(null));
                    return ApiReply.noContent();
                }),
                Operation.get("/planning/plans/{id}/funding", "Budgets by funding source and by strategy, and funds freed by retiring initiatives",
                        Access.read(planOrg), req -> ApiReply.ok(prioritization.funding(req.path("id")))).returning(Funding.class),
                Operation.post("/planning/plans/{id}/retirements", "Mark an initiative to retire, with the funds it frees", RetirementInput.class,
                        Access.edit(planOrg), req -> {
                    Retirement r = prioritization.addRetirement(req.path("id"), null, req.body(RetirementInput.class));
                    return ApiReply.created(r).version(r.version());
                }).returning(Retirement.class),
                Operation.get("/planning/retirements/{id}", "One initiative marked to retire", Access.read(retirementOrg), req -> {
                    Retirement r = prioritization.retirement(req.path("id"));
                    return ApiReply.ok(r).version(r.version());
                }).returning(Retirement.class),
                Operation.put("/planning/retirements/{id}", "Change an initiative marked to retire (send If-Match)", RetirementInput.class,
                        Access.edit(retirementOrg), req -> {
                    RetirementInput body = req.body(RetirementInput.class);
                    Retirement r = prioritization.updateRetirement(req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(r).version(r.version());
                }).returning(Retirement.class),
                Operation.delete("/planning/retirements/{id}", "Keep an initiative after all", Access.edit(retirementOrg), req -> {
                    prioritization.delete(false, req.path("id"), req.expectedVersion(null));
                    return ApiReply.noContent();
                }));
    }
}
