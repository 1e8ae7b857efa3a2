package org.braid.planning.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.ValidationException;
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
                Operation.get("/planning/template", "The Tool A plan template: its sections and fields, with its source",
                        req -> ApiReply.ok(template)),
                Operation.post("/planning/plans", "Start a draft plan for an organization and school year", NewPlan.class, req -> {
                    NewPlan body = req.body(NewPlan.class);
                    Plan p = plans.create(body.orgId(), body.schoolYear());
                    return ApiReply.created(p).version(p.version());
                }),
                Operation.get("/planning/plans", "An organization's plans", req -> {
                    String orgId = req.query("orgId");
                    if (orgId == null || orgId.isBlank()) throw new ValidationException("orgId", "is required");
                    return ApiReply.ok(plans.forOrganization(orgId));
                }).withQuery(QueryParam.string("orgId", "the organization")),
                Operation.get("/planning/plans/{id}", "One plan", req -> {
                    Plan p = plans.get(req.path("id"));
                    return ApiReply.ok(p).version(p.version());
                }));
    }
}
