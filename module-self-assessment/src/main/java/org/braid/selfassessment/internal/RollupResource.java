package org.braid.selfassessment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.braid.core.model.Checks;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/self-assessment/rollup}: the consensus levels of the districts under an organization, per element and practice. */
@Component(service = RestResource.class)
public class RollupResource implements RestResource {
    private final ReflectionStore store;
    private final OrganizationService orgs;

    @Activate
    public RollupResource(@Reference ReflectionStore store, @Reference OrganizationService orgs) {
        this.store = store;
        this.orgs = orgs;
    }

    @Override
    public String module() {
        return SelfAssessmentModule.ID;
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/self-assessment/rollup",
                "Per element and practice, how many districts under the organization agreed on each level, and which rate it lowest",
                Access.read(req -> req.query("orgId")), req -> {
                    String orgId = Checks.require("orgId", req.query("orgId"));
                    String year = req.query("schoolYear");
                    new Checks().schoolYear("schoolYear", year).throwIfAny();
                    return ApiReply.ok(rollup(orgId, year));
                }).returning(Rollup.class).withQuery(QueryParam.string("orgId", "the state or a district"),
                        QueryParam.string("schoolYear", "e.g. 2026-27; without it every year counts (a district across years)")));
    }

    Rollup rollup(String orgId, String schoolYear) {
        Map<String, String> districts = new HashMap<>();
        for (Organization o : orgs.subtree(orgId)) if (o.type() == OrgType.LEA) districts.put(o.id(), o.name());
        List<Reflection> counted = store.all(schoolYear).stream().filter(r -> districts.containsKey(r.orgId())).toList();
        return Rollup.of(orgId, schoolYear, counted, store.consensusLevels(schoolYear), districts, Rubric.toolC());
    }
}
