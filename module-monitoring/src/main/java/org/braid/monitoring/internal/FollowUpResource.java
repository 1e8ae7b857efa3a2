package org.braid.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.GoalMeasure;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.PlanAdjustment;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * A plan's progress and report form, reviews, measure results, adjustments and walkthroughs. What needs the plan's
 * elements asks planning's API; while planning is off those operations answer 422 naming the module, and the rest
 * keep working.
 */
@Component(service = RestResource.class)
public class FollowUpResource implements RestResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PlanService plans;
    private final Items items;
    private final StatusReports reports;
    private final Reviews reviews;
    private final MeasureResults results;
    private final FollowUps followUps;
    private final OrganizationService orgs;
    private final DirectionService directions;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public FollowUpResource(@Reference Items items, @Reference StatusReports reports, @Reference Reviews reviews, @Reference MeasureResults results,
            @Reference FollowUps followUps, @Reference OrganizationService orgs, @Reference DirectionService directions) {
        this.items = items;
        this.reports = reports;
        this.reviews = reviews;
        this.results = results;
        this.followUps = followUps;
        this.orgs = orgs;
        this.directions = directions;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    private PlanService planning() {
        PlanService p = plans;
        if (p == null) throw new RuleViolationException("planning", "the planning module is off; turn it on to use plans in monitoring");
        return p;
    }

    private String planOrg(String planId) {
        Items.PlanRef p = items.plan(Checks.require("planId", planId));
        if (p == null) throw new NotFoundException("plan", planId);
        return p.orgId();
    }

    private PlanProgress progress(String planId) {
        List<Item> planItems = items.store().tx(c -> Items.ofPlan(c, planId));
        List<StatusReport> all = new ArrayList<>(reports.list(planId, null, null, Integer.MAX_VALUE, 0).items());
        java.util.Collections.reverse(all);
        all.sort(java.util.Comparator.comparing(StatusReport::period));
        return new PlanProgress(planItems, all, clock);
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf pathPlan = req -> planOrg(req.path("planId"));
        Access.OrgOf queryOrg = req -> Checks.require("orgId", req.query("orgId"));
        return List.of(
                Operation.get("/monitoring/plans/{planId}/progress", "The plan's progress in Tool A's reporting layout: statuses, quarterly and semester figures, results, reviews",
                        Access.read(pathPlan), req -> {
                    String planId = req.path("planId");
                    PlanTree t = planning().tree(planId);
                    String year = req.query("schoolYear") == null || req.query("schoolYear").isBlank() ? t.schoolYear() : req.query("schoolYear").strip();
                    new Checks().schoolYear("schoolYear", year).throwIfAny();
                    Map<String, MeasureResult> byMeasure = new HashMap<>();
                    for (MeasureResult r : results.ofOrganizations(List.of(t.orgId()), year)) byMeasure.put(r.measureId(), r);
                    return ApiReply.ok(progress(planId).view(t, byMeasure, reviews.ofPlan(planId)));
                }).returning(ObjectNode.class).withQuery(QueryParam.string("schoolYear", "the year of the measure results shown; default the plan's")),
                Operation.get("/monitoring/plans/{planId}/report-form", "Every milestone and action of the plan with its status and the report filed for a month",
                        Access.read(pathPlan), req -> {
                    String planId = req.path("planId");
                    String period = Checks.require("period", req.query("period"));
                    StatusReports.month("period", period);
                    return ApiReply.ok(progress(planId).form(planning().tree(planId), period));
                }).returning(ObjectNode.class).withQuery(QueryParam.string("period", "the month, e.g. 2026-10")),
                Operation.post("/monitoring/reviews", "File a quarterly milestone, semester strategy or annual review; its figures are computed from the reports",
                        Inputs.ReviewInput.class, Access.edit(req -> planOrg(req.body(Inputs.ReviewInput.class).planId())), req -> {
                    Inputs.ReviewInput in = req.body(Inputs.ReviewInput.class);
                    Reviews.check(in);
                    PlanTree t = planning().tree(in.planId());
                    PlanProgress p = progress(in.planId());
                    Map<String, Object> figures = switch (in.kind()) {
                        case "QUARTERLY" -> p.milestoneFigures(t.milestones().stream().filter(m -> m.id().equals(in.elementId())).findFirst()
                                .orElseThrow(() -> new ValidationException("elementId", "is not a milestone of the plan")));
                        case "SEMESTER" -> {
                            Strategy s = t.strategies().stream().filter(x -> x.id().equals(in.elementId())).findFirst()
                                    .orElseThrow(() -> new ValidationException("elementId", "is not a strategy of the plan"));
                            Map<String, Object> f = new LinkedHashMap<>(p.strategyFigures(s));
                            f.put("measureResults", strategyResults(s, t));
                            yield f;
                        }
                        default -> {
                            if (in.elementId() != null) throw new ValidationException("elementId", "an annual review covers the whole plan; leave it out");
                            Map<String, Object> f = new LinkedHashMap<>(p.planFigures(t));
                            f.put("measureResults", results.ofOrganizations(List.of(t.orgId()), in.period()));
                            yield f;
                        }
                    };
                    return ApiReply.created(reviews.add(in, t.orgId(), figures, req.actor().username())).version(1);
                }).returning(Review.class),
                Operation.get("/monitoring/reviews", "The reviews of a plan", Access.read(req -> planOrg(req.query("planId"))),
                        req -> page(reviews.ofPlan(Checks.require("planId", req.query("planId"))))).returningList(Review.class).withQuery(QueryParam.string("planId", "the plan")),
                Operation.post("/monitoring/measure-results", "Record the annual result of a strategy measure or goal measure against its target",
                        Inputs.ResultInput.class, Access.edit(req -> measureOrg(req.body(Inputs.ResultInput.class))), req -> {
                    Inputs.ResultInput in = req.body(Inputs.ResultInput.class);
                    MeasureResults.check(in);
                    return ApiReply.created(recordResult(in));
                }).returning(MeasureResult.class),
                Operation.get("/monitoring/measure-results", "The measure results of an organization", Access.read(queryOrg),
                        req -> page(results.ofOrganizations(List.of(Checks.require("orgId", req.query("orgId"))), blankToNull(req.query("schoolYear"))))).returningList(MeasureResult.class)
                        .withQuery(QueryParam.string("orgId", "the organization"), QueryParam.string("schoolYear", "only this year")),
                Operation.post("/monitoring/adjustments", "Adjust course: the cause, the evidence and a change to one element, which becomes a new plan version",
                        Inputs.AdjustmentInput.class, Access.edit(req -> planOrg(req.body(Inputs.AdjustmentInput.class).planId())), req -> {
                    Inputs.AdjustmentInput in = req.body(Inputs.AdjustmentInput.class);
                    FollowUps.check(in);
                    PlanService planning = planning();
                    PlanElement e;
                    try {
                        e = planning.element(in.elementId());
                    } catch (NotFoundException x) {
                        throw new ValidationException("elementId", "is not an element of this plan");
                    }
                    if (!e.planId().equals(in.planId())) throw new ValidationException("elementId", "is not an element of this plan");
                    PlanAdjustment made = planning.adjust(in.elementId(), in.change(), in.cause(), req.actor().username());
                    Adjustment a = new Adjustment(UUID.randomUUID().toString(), in.planId(), in.elementId(), e.orgId(), in.cause(), in.evidence(), in.change(),
                            made.version(), req.actor().username(), Instant.now(clock).toString(), in.internal());
                    followUps.insert(a);
                    return ApiReply.created(a);
                }).returning(Adjustment.class),
                Operation.get("/monitoring/adjustments", "The adjustments made in an organization and everything under it", Access.read(queryOrg),
                        req -> page(followUps.adjustments(subtree(Checks.require("orgId", req.query("orgId")))))).returningList(Adjustment.class).withQuery(QueryParam.string("orgId", "the organization")),
                Operation.post("/monitoring/walkthroughs", "Record a walkthrough of a school: date, strategies observed, look-fors, notes",
                        Inputs.WalkthroughInput.class, Access.comment(req -> Checks.require("orgId", req.body(Inputs.WalkthroughInput.class).orgId())), req -> {
                    Inputs.WalkthroughInput in = req.body(Inputs.WalkthroughInput.class);
                    FollowUps.check(in);
                    List<String> strategies = in.strategyIds() == null ? List.of() : in.strategyIds();
                    for (int i = 0; i < strategies.size(); i++) {
                        PlanElement e = null;
                        try {
                            e = planning().element(strategies.get(i));
                        } catch (NotFoundException x) {
                            // named below
                        }
                        if (e == null || e.kind() != ElementKind.STRATEGY || !e.orgId().equals(in.orgId())) {
                            throw new ValidationException("strategyIds[" + i + "]", "is not a strategy of the organization's plans");
                        }
                    }
                    Walkthrough w = new Walkthrough(UUID.randomUUID().toString(), in.orgId(), in.date(), strategies, in.lookFors(), in.notes(),
                            req.actor().username(), 1L);
                    followUps.insert(w);
                    return ApiReply.created(w).version(1);
                }).returning(Walkthrough.class),
                Operation.get("/monitoring/walkthroughs", "The walkthroughs of an organization and everything under it", Access.read(queryOrg),
                        req -> page(followUps.walkthroughs(subtree(Checks.require("orgId", req.query("orgId")))))).returningList(Walkthrough.class).withQuery(QueryParam.string("orgId", "the organization")));
    }

    private List<MeasureResult> strategyResults(Strategy s, PlanTree t) {
        List<String> ids = s.measures().stream().map(StrategyMeasure::id).toList();
        return results.ofOrganizations(List.of(t.orgId()), null).stream().filter(r -> ids.contains(r.measureId())).toList();
    }

    /** The organization a measure belongs to: a strategy measure's plan's, or the one named for a goal measure. */
    private String measureOrg(Inputs.ResultInput in) {
        Checks.require("measureId", in.measureId());
        PlanService p = plans;
        if (p != null) {
            try {
                PlanElement e = p.element(in.measureId());
                if (e.kind() == ElementKind.MEASURE) return e.orgId();
            } catch (NotFoundException e) {
                // perhaps a goal measure
            }
        }
        if (in.orgId() == null) throw new NotFoundException("strategy measure", in.measureId());
        return in.orgId();
    }

    private MeasureResult recordResult(Inputs.ResultInput in) {
        PlanService p = plans;
        if (p != null) {
            try {
                PlanElement e = p.element(in.measureId());
                if (e.kind() == ElementKind.MEASURE) {
                    if (in.orgId() != null && !in.orgId().equals(e.orgId())) throw new ValidationException("orgId", "is not the organization of the measure's plan");
                    StrategyMeasure m = p.tree(e.planId()).strategies().stream().flatMap(s -> s.measures().stream())
                            .filter(x -> x.id().equals(in.measureId())).findFirst().orElseThrow();
                    JsonNode target = m.targets() == null ? null : m.targets().get(in.schoolYear());
                    return results.record(in, "STRATEGY", e.orgId(), e.planId(), target == null ? null : MeasureResults.target(target.asText()));
                }
            } catch (NotFoundException e) {
                // a goal measure, below
            }
        }
        if (in.orgId() == null) throw new NotFoundException("strategy measure", in.measureId());
        for (Goal g : directions.get(in.orgId()).goals()) {
            for (GoalMeasure m : g.measures()) {
                if (m.id() != null && m.id().equals(in.measureId())) {
                    return results.record(in, "GOAL", in.orgId(), null, MeasureResults.target(m.targets().get(in.schoolYear())));
                }
            }
        }
        if (p == null) planning(); // perhaps a strategy measure: say that planning is off
        throw new NotFoundException("strategy measure or goal measure", in.measureId());
    }

    private List<String> subtree(String orgId) {
        List<String> out = new ArrayList<>();
        for (Organization o : orgs.subtree(orgId)) out.add(o.id());
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ApiReply page(List<?> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", list);
        out.put("total", list.size());
        return ApiReply.ok(out);
    }
}
