package org.braid.planning.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.Checks;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.SeedData;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/planning}: the Tool A template and the plans. */
@Component(service = RestResource.class)
public class PlanResource implements RestResource {
    private final JsonNode template = SeedData.read(PlanResource.class, "/seed/plan-template.json");
    private final PlanService plans;

    @Activate
    public PlanResource(@Reference PlanService plans) {
        this.plans = plans;
    }

    @Override
    public String module() {
        return PlanningModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                Operation.get("/planning/template", "The Tool A plan template: its sections and fields, with its source", Access.signedIn(),
                        req -> ApiReply.ok(template)),
                Operation.post("/planning/plans", "Start a draft plan for an organization and school year", NewPlan.class,
                        Access.edit(req -> Checks.require("orgId", req.body(NewPlan.class).orgId())), req -> {
                    NewPlan body = req.body(NewPlan.class);
                    Plan p = plans.create(body.orgId(), body.schoolYear());
                    return ApiReply.created(p).version(p.version());
                }),
                Operation.get("/planning/plans", "An organization's plans", Access.read(req -> Checks.require("orgId", req.query("orgId"))), req -> {
                    return ApiReply.ok(plans.forOrganization(req.query("orgId")));
                }).withQuery(QueryParam.string("orgId", "the organization")),
                Operation.get("/planning/plans/{id}", "One plan", Access.read(req -> plans.get(req.path("id")).orgId()), req -> {
                    Plan p = plans.get(req.path("id"));
                    return ApiReply.ok(p).version(p.version());
                }));
    }
}
