package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.ApiRequest;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.core.spi.SeedData;
import org.braid.planning.api.ElementExtension;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.Plan;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.planning.internal.Inputs.AreaInput;
import org.braid.planning.internal.Inputs.MeasureInput;
import org.braid.planning.internal.Inputs.MilestoneInput;
import org.braid.planning.internal.Inputs.StrategyInput;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code /api/planning}: the Tool A template, the plans as trees, their elements, the plan check and the printable plan. */
@Component(service = RestResource.class)
public class PlanResource implements RestResource {
    /** What a coach would flag, by Tool A number, beside Tool B's questions. */
    public record CheckReport(String planId, List<Finding> findings, JsonNode coachingQuestions) {}

    private final JsonNode template = SeedData.read(PlanResource.class, "/seed/plan-template.json");
    private final JsonNode coaching = SeedData.read(PlanResource.class, "/seed/coaching-create-plan.json");
    private final PlanStore plans;
    private final PlanElements tree;
    private final PlanVersions versions;
    private final GoalAlignment alignment;
    private final DirectionService directions;
    private final OrganizationService orgs;
    /** Present while the needs-assessment module is on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StartingPriorityAreas startingAreas;
    @Reference
    private Codes codes;
    /** The fields state packs keep on elements, shown with each element and kept through the PUT below. */
    @Reference
    private ElementExtensions extensions;

    /** An extension's fields on an element, as stored. */
    public record ExtensionFields(String elementId, String extensionId, Map<String, Object> fields) {}

    /** A goal a strategy may serve, and whose it is. */
    public record LinkableGoal(String id, String statement, String orgId, String orgName) {}

    @Activate
    public PlanResource(@Reference PlanStore plans, @Reference PlanElements tree, @Reference PlanVersions versions,
            @Reference GoalAlignment alignment, @Reference DirectionService directions, @Reference OrganizationService orgs) {
        this.plans = plans;
        this.tree = tree;
        this.versions = versions;
        this.alignment = alignment;
        this.directions = directions;
        this.orgs = orgs;
    }

    @Override
    public String module() {
        return PlanningModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf planOrg = req -> plans.get(req.path("id")).orgId();
        return List.of(
                Operation.get("/planning/template", "The Tool A plan template: its sections and fields, with its source", Access.signedIn(),
                        req -> ApiReply.ok(template)).returning(ObjectNode.class),
                Operation.get("/planning/coaching-questions", "Tool B's coaching questions for creating the plan, with their source",
                        Access.signedIn(), req -> ApiReply.ok(coaching)).returning(ObjectNode.class),
                Operation.post("/planning/plans", "Start a draft plan for an organization and school year", NewPlan.class,
                        Access.edit(req -> Checks.require("orgId", req.body(NewPlan.class).orgId())), req -> {
                    NewPlan body = req.body(NewPlan.class);
                    Plan p = plans.create(body.orgId(), body.schoolYear());
                    StartingPriorityAreas start = startingAreas;
                    if (start != null) {
                        for (AreaInput area : start.forPlan(body.orgId(), body.schoolYear())) tree.addArea(p.id(), null, area);
                    }
                    return ApiReply.created(tree.tree(p.id())).version(p.version());
                }).returning(PlanTree.class),
                Operation.get("/planning/plans", "An organization's plans", Access.read(req -> Checks.require("orgId", req.query("orgId"))), req -> {
                    return ApiReply.ok(Page.of(plans.forOrganization(req.query("orgId"))));
                }).returningList(Plan.class).withQuery(QueryParam.string("orgId", "the organization")),
                Operation.get("/planning/goal-alignment", "Loose-tight: per goal of the organization, the strategies of its and its schools' plans serving it",
                        Access.read(req -> Checks.require("orgId", req.query("orgId"))), req -> ApiReply.ok(Page.of(alignment.of(req.query("orgId")))))
                        .returningList(GoalAlignment.GoalStrategies.class).withQuery(QueryParam.string("orgId", "the organization whose goals are shown, e.g. an LEA")),
                Operation.get("/planning/plans/{id}", "The whole plan as a tree, each element with its Tool A number", Access.read(planOrg), req -> {
                    PlanTree t = tree.tree(req.path("id"));
                    return ApiReply.ok(extensions.withFields(t)).version(t.version());
                }).returning(PlanTree.class),
                Operation.put("/planning/plans/{id}", "Change a draft plan's school year (send If-Match)", PlanInput.class, Access.edit(planOrg), req -> {
                    PlanInput body = req.body(PlanInput.class);
                    Plan p = plans.changeYear(req.path("id"), body.schoolYear(), req.expectedVersion(body.version()));
                    return ApiReply.ok(tree.tree(p.id())).version(p.version());
                }).returning(PlanTree.class),
                Operation.delete("/planning/plans/{id}", "Delete a plan with everything in it", Access.edit(planOrg), req -> {
                    List<String> gone = extensions.any() ? List.copyOf(ElementExtensions.elements(tree.tree(req.path("id"))).keySet()) : List.of();
                    plans.delete(req.path("id"), req.expectedVersion(null));
                    extensions.removed(gone);
                    return ApiReply.noContent();
                }),
                Operation.put("/planning/elements/{elementId}/extensions/{extensionId}", "Replace the fields an installed extension (a state "
                        + "pack's) keeps on an element of a draft plan (send If-Match with the plan's version)", ObjectNode.class,
                        Access.edit(req -> anyElement(req).plan().orgId()), req -> {
                    Located at = anyElement(req);
                    ElementExtension extension = extensions.extending(req.path("extensionId"), at.kind());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = BraidJson.mapper().convertValue(req.body(ObjectNode.class), Map.class);
                    long planVersion = tree.storeExtension(at, extension, fields, req.expectedVersion(null));
                    return ApiReply.ok(new ExtensionFields(at.id(), extension.id(), extension.fields(at.id()))).version(planVersion);
                }).returning(ExtensionFields.class),
                Operation.get("/planning/plans/{id}/goals", "The goals the plan's strategies may serve: those of its organization and of each "
                        + "one above it, nearest first (a school's team sees its district's and state's goals here)", Access.read(planOrg), req -> {
                    List<LinkableGoal> out = new ArrayList<>();
                    for (String o = plans.get(req.path("id")).orgId(); o != null; ) {
                        Organization org = orgs.get(o);
                        for (Goal g : directions.get(o).goals()) out.add(new LinkableGoal(g.id(), g.statement(), org.id(), org.name()));
                        o = org.parentId();
                    }
                    return ApiReply.ok(Page.of(out));
                }).returningList(LinkableGoal.class),
                Operation.get("/planning/plans/{id}/check", "What a coach would flag in the plan, by Tool A number, beside Tool B's questions",
                        Access.read(planOrg), req -> {
                    PlanTree t = tree.tree(req.path("id"));
                    return ApiReply.ok(new CheckReport(t.id(), PlanCheck.check(t, directions.get(t.orgId()).goals()), coaching)).version(t.version());
                }).returning(CheckReport.class),
                Operation.get("/planning/plans/{id}/codes", "The coding framework of the plan's organization, and the codes the plan keeps "
                        + "whose framework is not installed or whose framework's installed version no longer has them", Access.read(planOrg), req -> {
                    PlanTree t = tree.tree(req.path("id"));
                    return ApiReply.ok(CodeCheck.check(t, codes.activeFor(t.orgId()), tree.storedCodes(t.id()), codes::installed));
                }).returning(CodeCheck.Report.class),
                Operation.get("/planning/plans/{id}/pdf", "The printable plan in Tool A's layout", Access.read(planOrg), req -> {
                    PlanTree t = tree.tree(req.path("id"));
                    return ApiReply.ok(PlanPdf.write(t, orgs.get(t.orgId()).name())).as("application/pdf")
                            .header("Content-Disposition", "inline; filename=\"plan-" + t.schoolYear() + ".pdf\"");
                }).producing("application/pdf"),
                Operation.get("/planning/plans/{id}/actions.csv", "Every action of the plan (owner, dates, budget, funding source) as CSV",
                        Access.read(planOrg), req -> {
                    PlanTree t = tree.tree(req.path("id"));
                    return ApiReply.ok(ActionsCsv.write(t).bytes()).as("text/csv; charset=utf-8")
                            .header("Content-Disposition", "attachment; filename=\"actions-" + t.schoolYear() + ".csv\"");
                }).producing("text/csv"),

                Operation.post("/planning/plans/{id}/submit", "Submit a draft: snapshot it as the next version (If-Match optional)", null,
                        Access.edit(planOrg), req -> {
                    PlanVersions.Version v = versions.submit(req.path("id"), req.actor().username(), ifMatch(req));
                    return ApiReply.created(v).version(plans.get(req.path("id")).version());
                }).returning(PlanVersions.Version.class),
                Operation.post("/planning/plans/{id}/reopen", "Reopen a submitted or approved plan as a new draft; its versions stay", null,
                        Access.edit(planOrg), req -> {
                    Plan p = versions.reopen(req.path("id"), ifMatch(req));
                    return ApiReply.ok(p).version(p.version());
                }).status(200).returning(Plan.class),
                Operation.post("/planning/plans/{id}/sign-offs", "Sign off the latest version as your account's role; approves=true "
                        + "approves it (from the level above only)", SignOffRequest.class, Access.comment(planOrg), req -> {
                    Plan p = plans.get(req.path("id"));
                    boolean approves = Boolean.TRUE.equals(req.body(SignOffRequest.class).approves());
                    PlanVersions.SignOffInput signature = Signatories.signature(req.actor(), orgs.get(p.orgId()), approves);
                    return ApiReply.created(versions.signOff(p.id(), signature, req.actor().username(), approves));
                }).returning(PlanVersions.Version.class),
                Operation.get("/planning/plans/{id}/versions", "The submitted versions with their sign-offs", Access.read(planOrg),
                        req -> ApiReply.ok(Page.of(versions.list(req.path("id"))))).returningList(PlanVersions.Version.class),
                Operation.get("/planning/plans/{id}/versions/{n}", "One submitted version as it was (n may be 'current')", Access.read(planOrg),
                        req -> ApiReply.ok(versions.document(req.path("id"), req.path("n")))).returning(ObjectNode.class),
                Operation.get("/planning/plans/{id}/versions/{a}/diff/{b}", "What changed from version a to b, element by element (either may be 'current')",
                        Access.read(planOrg), req -> ApiReply.ok(Page.of(versions.diff(req.path("id"), req.path("a"), req.path("b")))))
                        .returningList(PlanDiff.Change.class),

                Operation.post("/planning/plans/{id}/priority-areas", "Add a priority area (at position, else last)", AreaInput.class,
                        Access.edit(planOrg), req -> created(tree.addArea(req.path("id"), null, req.body(AreaInput.class)))).returning(PriorityArea.class),
                Operation.get("/planning/priority-areas/{id}", "One priority area with its strategies", Access.read(orgOf(ElementKind.PRIORITY_AREA)),
                        req -> found(ElementKind.PRIORITY_AREA, req)).returning(PriorityArea.class),
                Operation.put("/planning/priority-areas/{id}", "Change or move a priority area (send If-Match)", AreaInput.class,
                        Access.edit(orgOf(ElementKind.PRIORITY_AREA)), req -> {
                    AreaInput body = req.body(AreaInput.class);
                    return ok(tree.updateArea(located(ElementKind.PRIORITY_AREA, req), body, req.expectedVersion(body.version())));
                }).returning(PriorityArea.class),
                Operation.delete("/planning/priority-areas/{id}", "Delete a priority area with everything under it", Access.edit(orgOf(ElementKind.PRIORITY_AREA)),
                        req -> deleted(ElementKind.PRIORITY_AREA, req)),

                Operation.post("/planning/priority-areas/{id}/strategies", "Add a strategy: If we ... then ... and ..., coded, over two or more years",
                        StrategyInput.class, Access.edit(orgOf(ElementKind.PRIORITY_AREA)),
                        req -> created(tree.addStrategy(req.path("id"), null, req.body(StrategyInput.class)))).returning(Strategy.class),
                Operation.get("/planning/strategies/{id}", "One strategy with its measures and milestones", Access.read(orgOf(ElementKind.STRATEGY)),
                        req -> found(ElementKind.STRATEGY, req)).returning(Strategy.class),
                Operation.put("/planning/strategies/{id}", "Change or move a strategy (send If-Match)", StrategyInput.class,
                        Access.edit(orgOf(ElementKind.STRATEGY)), req -> {
                    StrategyInput body = req.body(StrategyInput.class);
                    return ok(tree.updateStrategy(located(ElementKind.STRATEGY, req), body, req.expectedVersion(body.version())));
                }).returning(Strategy.class),
                Operation.delete("/planning/strategies/{id}", "Delete a strategy with everything under it", Access.edit(orgOf(ElementKind.STRATEGY)),
                        req -> deleted(ElementKind.STRATEGY, req)),

                Operation.post("/planning/strategies/{id}/measures", "Add a strategy measure: indicator, data source, baseline, targets by year",
                        MeasureInput.class, Access.edit(orgOf(ElementKind.STRATEGY)),
                        req -> created(tree.addMeasure(req.path("id"), null, req.body(MeasureInput.class)))).returning(StrategyMeasure.class),
                Operation.get("/planning/measures/{id}", "One strategy measure", Access.read(orgOf(ElementKind.MEASURE)), req -> found(ElementKind.MEASURE, req)).returning(StrategyMeasure.class),
                Operation.put("/planning/measures/{id}", "Change a strategy measure (send If-Match)", MeasureInput.class,
                        Access.edit(orgOf(ElementKind.MEASURE)), req -> {
                    MeasureInput body = req.body(MeasureInput.class);
                    return ok(tree.updateMeasure(located(ElementKind.MEASURE, req), body, req.expectedVersion(body.version())));
                }).returning(StrategyMeasure.class),
                Operation.delete("/planning/measures/{id}", "Delete a strategy measure", Access.edit(orgOf(ElementKind.MEASURE)),
                        req -> deleted(ElementKind.MEASURE, req)),

                Operation.post("/planning/strategies/{id}/milestones", "Add a milestone with its due date and codes", MilestoneInput.class,
                        Access.edit(orgOf(ElementKind.STRATEGY)), req -> created(tree.addMilestone(req.path("id"), null, req.body(MilestoneInput.class)))).returning(Milestone.class),
                Operation.get("/planning/milestones/{id}", "One milestone with its actions", Access.read(orgOf(ElementKind.MILESTONE)),
                        req -> found(ElementKind.MILESTONE, req)).returning(Milestone.class),
                Operation.put("/planning/milestones/{id}", "Change or move a milestone (send If-Match)", MilestoneInput.class,
                        Access.edit(orgOf(ElementKind.MILESTONE)), req -> {
                    MilestoneInput body = req.body(MilestoneInput.class);
                    return ok(tree.updateMilestone(located(ElementKind.MILESTONE, req), body, req.expectedVersion(body.version())));
                }).returning(Milestone.class),
                Operation.delete("/planning/milestones/{id}", "Delete a milestone with its actions", Access.edit(orgOf(ElementKind.MILESTONE)),
                        req -> deleted(ElementKind.MILESTONE, req)),

                Operation.post("/planning/milestones/{id}/actions", "Add an action: owner, dates, resources, budget, funding source, outputs",
                        ActionInput.class, Access.edit(orgOf(ElementKind.MILESTONE)),
                        req -> created(tree.addAction(located(ElementKind.MILESTONE, req), null, req.body(ActionInput.class)))).returning(Action.class),
                Operation.get("/planning/actions/{id}", "One action", Access.read(orgOf(ElementKind.ACTION)), req -> found(ElementKind.ACTION, req)).returning(Action.class),
                Operation.put("/planning/actions/{id}", "Change or move an action (send If-Match)", ActionInput.class,
                        Access.edit(orgOf(ElementKind.ACTION)), req -> {
                    ActionInput body = req.body(ActionInput.class);
                    return ok(tree.updateAction(located(ElementKind.ACTION, req), body, req.expectedVersion(body.version())));
                }).returning(Action.class),
                Operation.delete("/planning/actions/{id}", "Delete an action", Access.edit(orgOf(ElementKind.ACTION)), req -> deleted(ElementKind.ACTION, req)));
    }

    /** The access rule of an element's operations: its plan's organization, found with the element in one read. */
    private Access.OrgOf orgOf(ElementKind kind) {
        return req -> located(kind, req).plan().orgId();
    }

    /**
     * @return the element the path names, read once per request: the access rule locates it and keeps it on the request;
     *         the audit's "before" (the GET of the same path) and the handler take it from there
     */
    private Located located(ElementKind kind, ApiRequest req) {
        String id = req.path("id");
        return req.target(Located.class).filter(at -> at.kind() == kind && at.id().equals(id)).orElseGet(() -> {
            Located at = tree.locate(kind, id);
            req.keepTarget(at);
            return at;
        });
    }

    /** The element the path's {@code elementId} names, whatever its kind; read once per request like {@link #located}. */
    private Located anyElement(ApiRequest req) {
        String id = req.path("elementId");
        return req.target(Located.class).filter(at -> at.id().equals(id)).orElseGet(() -> {
            Located at = tree.locateAny(id);
            req.keepTarget(at);
            return at;
        });
    }

    private ApiReply found(ElementKind kind, ApiRequest req) {
        return ok(tree.find(located(kind, req)));
    }

    private ApiReply deleted(ElementKind kind, ApiRequest req) {
        tree.delete(located(kind, req), ifMatch(req));
        return ApiReply.noContent();
    }

    private static Long ifMatch(ApiRequest req) {
        OptionalLong v = req.ifMatch();
        return v.isPresent() ? v.getAsLong() : null;
    }

    private ApiReply created(Object element) {
        return new ApiReply(201, extensions.withFields(element), version(element), null);
    }

    private ApiReply ok(Object element) {
        return ApiReply.ok(extensions.withFields(element)).version(version(element));
    }

    private static Long version(Object element) {
        if (element instanceof PriorityArea x) return x.version();
        if (element instanceof Strategy x) return x.version();
        if (element instanceof StrategyMeasure x) return x.version();
        if (element instanceof Milestone x) return x.version();
        if (element instanceof Action x) return x.version();
        return null;
    }
}
