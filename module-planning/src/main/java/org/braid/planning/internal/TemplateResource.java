package org.braid.planning.internal;

import java.util.List;

import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/planning/plans/{id}/templates}: the required plans drawn from one plan, their completeness and print. */
@Component(service = RestResource.class)
public class TemplateResource implements RestResource {
    private final PlanStore plans;
    private final Templates templates;

    @Activate
    public TemplateResource(@Reference PlanStore plans, @Reference Templates templates) {
        this.plans = plans;
        this.templates = templates;
    }

    @Override
    public String module() {
        return PlanningModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf planOrg = req -> plans.get(req.path("id")).orgId();
        return List.of(
                Operation.get("/planning/plans/{id}/templates", "The required plans (Title I schoolwide, CSI, TSI/ATSI, a state's) that apply to the "
                        + "plan's organization, each with the share of its required components the plan shows", Access.read(planOrg),
                        req -> ApiReply.ok(Page.of(templates.applying(req.path("id"))))).returningList(Templates.Summary.class),
                Operation.get("/planning/plans/{id}/templates/{templateId}", "One required plan drawn from the plan: its sections with what "
                        + "the plan shows and the required components it does not show yet", Access.read(planOrg),
                        req -> ApiReply.ok(templates.render(req.path("id"), req.path("templateId")))).returning(Templates.Rendered.class),
                Operation.get("/planning/plans/{id}/templates/{templateId}/pdf", "One required plan drawn from the plan, printable",
                        Access.read(planOrg), req -> {
                    Templates.Rendered r = templates.render(req.path("id"), req.path("templateId"));
                    return ApiReply.ok(TemplatePdf.write(r)).as("application/pdf")
                            .header("Content-Disposition", "inline; filename=\"" + r.id() + "-" + r.schoolYear() + ".pdf\"");
                }).producing("application/pdf"));
    }
}
