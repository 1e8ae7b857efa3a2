package org.braid.needsassessment.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.braid.core.model.Checks;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.needsassessment.api.PriorityAreaSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/needs-assessment}: needs assessments with their data reviews, trends, SWOT, why-chains,
 * fishbones, root causes and priority areas; the fishbone as SVG; Tool B's coaching questions.
 */
@Component(service = RestResource.class)
public class AssessmentResource implements RestResource {
    private final AssessmentStore store;

    @Activate
    public AssessmentResource(@Reference AssessmentStore store) {
        this.store = store;
    }

    @Override
    public String module() {
        return NeedsAssessmentModule.ID;
    }

    @Override
    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>(List.of(
                Operation.get("/needs-assessment/coaching-questions", "Tool B's coaching questions for each section of a needs assessment, with their source",
                        Access.signedIn(), req -> ApiReply.ok(AssessmentView.COACHING)).returning(ObjectNode.class),
                Operation.post("/needs-assessment/assessments", "Start a needs assessment of an organization for a school year", NewAssessment.class,
                        Access.edit(req -> Checks.require("orgId", req.body(NewAssessment.class).orgId())), req -> {
                    Assessment a = store.create(req.body(NewAssessment.class));
                    return ApiReply.created(AssessmentView.of(a, List.of(), true)).version(a.version());
                }).returning(Assessment.class, ObjectNode.class),
                Operation.get("/needs-assessment/assessments", "An organization's needs assessments, newest school year first",
                        Access.read(req -> Checks.require("orgId", req.query("orgId"))),
                        req -> ApiReply.ok(Page.of(store.forOrganization(req.query("orgId")))))
                        .returningList(Assessment.class).withQuery(QueryParam.string("orgId", "the organization")),
                Operation.get("/needs-assessment/assessments/{id}", "A needs assessment with everything in it and the coaching questions beside each section",
                        Access.read(req -> store.orgOf(req.path("id"))), req -> {
                    Assessment a = store.get(req.path("id"));
                    return ApiReply.ok(AssessmentView.of(a, store.parts(a.id()), true)).version(a.version());
                }).returning(Assessment.class, ObjectNode.class),
                Operation.put("/needs-assessment/assessments/{id}", "Change a needs assessment's school year, scope or focus", AssessmentChange.class,
                        Access.edit(req -> store.orgOf(req.path("id"))), req -> {
                    AssessmentChange body = req.body(AssessmentChange.class);
                    Assessment a = store.update(req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(AssessmentView.of(a, store.parts(a.id()), true)).version(a.version());
                }).returning(Assessment.class, ObjectNode.class),
                Operation.delete("/needs-assessment/assessments/{id}", "Delete a needs assessment and everything in it",
                        Access.edit(req -> store.orgOf(req.path("id"))), req -> {
                    unlessStale(req, "needs assessment", store.get(req.path("id")).version());
                    store.delete(req.path("id"));
                    return ApiReply.noContent();
                }),
                Operation.get("/needs-assessment/assessments/{id}/pdf", "A needs assessment as a printable PDF summary",
                        Access.read(req -> store.orgOf(req.path("id"))), req -> {
                    Assessment a = store.get(req.path("id"));
                    return ApiReply.ok(AssessmentSummary.pdf(a, store.orgName(a.orgId()), store.parts(a.id()))).as("application/pdf")
                            .header("Content-Disposition", "inline; filename=\"needs-assessment-" + a.schoolYear() + ".pdf\"");
                }).producing("application/pdf"),
                Operation.get("/needs-assessment/assessments/{id}/tables/{table}.csv",
                        "One table of a needs assessment as CSV: data-reviews, trends, swot, why-chains, fishbones, root-causes or priority-areas",
                        Access.read(req -> store.orgOf(req.path("id"))), req -> {
                    Kind k = AssessmentTables.table(req.path("table"));
                    Assessment a = store.get(req.path("id"));
                    return ApiReply.ok(AssessmentTables.csv(k, store.parts(a.id()))).as("text/csv;charset=utf-8")
                            .header("Content-Disposition", "attachment; filename=\"" + k.segment + "-" + a.schoolYear() + ".csv\"");
                }).producing("text/csv"),
                Operation.get("/needs-assessment/priority-areas", "The priority areas an organization chose for a school year: the starting priority areas of its plan",
                        Access.read(req -> Checks.require("orgId", req.query("orgId"))), req -> {
                    String year = Checks.require("schoolYear", req.query("schoolYear"));
                    new Checks().schoolYear("schoolYear", year).throwIfAny();
                    return ApiReply.ok(Page.of(store.priorityAreas(req.query("orgId"), year)));
                }).returningList(PriorityAreaSummary.class).withQuery(QueryParam.string("orgId", "the organization"), QueryParam.string("schoolYear", "a school year such as 2026-27")),
                Operation.get("/needs-assessment/fishbones/{id}.svg", "A fishbone diagram as SVG, to view or print",
                        Access.read(req -> store.orgOf(Kind.FISHBONE, req.path("id"))), req -> {
                    StoredPart p = store.part(Kind.FISHBONE, req.path("id"));
                    byte[] svg = FishboneDiagram.svg((Fishbone) AssessmentStore.typed(p)).getBytes(StandardCharsets.UTF_8);
                    return ApiReply.ok(svg).as("image/svg+xml");
                }).producing("image/svg+xml")));
        for (Kind k : Kind.values()) ops.addAll(operations(k));
        return ops;
    }

    /** POST under an assessment; GET, PUT and DELETE by id. */
    private List<Operation> operations(Kind k) {
        String one = "/needs-assessment/" + k.segment + "/{id}";
        return List.of(
                Operation.post("/needs-assessment/assessments/{id}/" + k.segment, "Add a " + k.noun + " to a needs assessment", k.type,
                        Access.edit(req -> store.orgOf(req.path("id"))), req -> {
                    StoredPart p = store.add(req.path("id"), k, req.body(k.type));
                    return ApiReply.created(p.view(true)).version(p.version());
                }).returning(PartIdentity.class, k.type),
                Operation.get(one, "One " + k.noun, Access.read(req -> store.orgOf(k, req.path("id"))), req -> {
                    StoredPart p = store.part(k, req.path("id"));
                    return ApiReply.ok(p.view(true)).version(p.version());
                }).returning(PartIdentity.class, k.type),
                Operation.put(one, "Change a " + k.noun, k.type, Access.edit(req -> store.orgOf(k, req.path("id"))), req -> {
                    Part body = req.body(k.type);
                    StoredPart p = store.update(k, req.path("id"), body, req.expectedVersion(body.version()));
                    return ApiReply.ok(p.view(true)).version(p.version());
                }).returning(PartIdentity.class, k.type),
                Operation.delete(one, "Delete a " + k.noun, Access.edit(req -> store.orgOf(k, req.path("id"))), req -> {
                    unlessStale(req, k.noun, store.part(k, req.path("id")).version());
                    store.delete(k, req.path("id"));
                    return ApiReply.noContent();
                }));
    }

    /** A DELETE removes only the version the caller saw (If-Match, required). */
    private static void unlessStale(org.braid.core.rest.ApiRequest req, String what, long current) {
        long sent = req.expectedVersion(null);
        if (sent != current) throw new org.braid.core.model.StaleVersionException(what, req.path("id"), sent, current);
    }
}
