package org.braid.sfss.internal;

import java.util.List;

import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Section 2 of a plan's SFSS action plan (the Four R's, resource alignment, infrastructure), read and replaced whole. */
@Component(service = RestResource.class)
public class SectionTwoResource implements RestResource {
    private final SfssStore store;
    private final PlanService plans;

    @Activate
    public SectionTwoResource(@Reference SfssStore store, @Reference PlanService plans) {
        this.store = store;
        this.plans = plans;
    }

    @Override
    public String module() {
        return SfssModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf planOrg = req -> {
            Plan p = plans.get(req.path("planId"));
            return p.orgId();
        };
        return List.of(
                Operation.get("/sfss/plans/{planId}/section-2", "Section 2 of the plan's SFSS action plan: the Four R's, partners, resource alignment "
                        + "and infrastructure/system management (version 0 while none is saved)", Access.read(planOrg), req -> {
                    SectionTwo s = store.sectionTwo(req.path("planId"));
                    return ApiReply.ok(s).version(s.version());
                }).returning(SectionTwo.class),
                Operation.put("/sfss/plans/{planId}/section-2", "Replace Section 2 of the plan's SFSS action plan (send If-Match, \"0\" for the first)",
                        SectionTwo.class, Access.edit(planOrg), req -> {
                    SectionTwo in = req.body(SectionTwo.class);
                    long expected = req.expectedVersion(in.version());
                    SectionTwo s = store.putSectionTwo(in.checked(req.path("planId")), expected);
                    return ApiReply.ok(s).version(s.version());
                }).returning(SectionTwo.class));
    }
}
