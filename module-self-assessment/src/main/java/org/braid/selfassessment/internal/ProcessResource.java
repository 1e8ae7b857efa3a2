package org.braid.selfassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/self-assessment/process-assessments}: a district's LEA process self-assessment (seed 002), section by section. */
@Component(service = RestResource.class)
public class ProcessResource implements RestResource {
    private final ProcessAssessments assessments;

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
                    return ApiReply.ok(p).version(p.version());
                }).returning(ProcessAssessment.class));
    }
}
