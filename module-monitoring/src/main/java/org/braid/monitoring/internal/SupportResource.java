package org.braid.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.ValidationException;
import org.braid.core.rest.Access;
import org.braid.core.rest.Actor;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.ApiRequest;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;
import org.braid.planning.api.PlanElement;
import org.braid.planning.api.PlanService;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Responsive supports: the catalog, matching lagging practices with supports coded to them (and a support with the
 * organizations that need it most), requests and assignments, and whether work got back on track after a support
 * started. A support is open to the organization that offers it and everything under it; the state sees them all.
 */
@Component(service = RestResource.class)
public class SupportResource implements RestResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PlanService plans;
    private final Supports supports;
    private final Rollup rollup;
    private final Items items;
    private final Frameworks frameworks;
    private final StateSettings settings;
    private final OrganizationService orgs;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public SupportResource(@Reference Supports supports, @Reference Rollup rollup, @Reference Items items, @Reference Frameworks frameworks,
            @Reference StateSettings settings, @Reference OrganizationService orgs) {
        this.supports = supports;
        this.rollup = rollup;
        this.items = items;
        this.frameworks = frameworks;
        this.settings = settings;
        this.orgs = orgs;
    }

    @Override
    public String module() {
        return MonitoringModule.ID;
    }

    @Override
    public List<Operation> operations() {
        Access.OrgOf queryOrg = req -> Checks.require("orgId", req.query("orgId"));
        Access.OrgOf provider = req -> supports.get(req.path("id")).providerOrgId();
        QueryParam org = QueryParam.string("orgId", "a school, district or SEA");
        QueryParam year = QueryParam.string("schoolYear", "e.g. 2026-27; default the latest school year with plans in the subtree");
        return List.of(
                Operation.post("/monitoring/supports", "Offer a support: what it is, who provides it, the practices it addresses, its capacity",
                        Inputs.SupportInput.class, Access.edit(req -> Checks.require("providerOrgId", req.body(Inputs.SupportInput.class).providerOrgId())), req -> {
                    Inputs.SupportInput in = req.body(Inputs.SupportInput.class);
                    Supports.check(in, frameworks.practiceCodes());
                    return ApiReply.created(supports.create(in, items.place(in.providerOrgId()).seaId())).version(1);
                }).returning(Support.class),
                Operation.get("/monitoring/supports", "The catalog the caller sees (the supports of its states), a page at a time; with orgId, the supports "
                        + "open to that organization (offered by it or above it), and for a state every support in it", Access.read(SupportResource::listedOrg), req -> {
                    int limit = req.intQuery("limit", 100), offset = req.intQuery("offset", 0);
                    if (limit < 1 || limit > 1000) throw new ValidationException("limit", "must be between 1 and 1000");
                    if (offset < 0) throw new ValidationException("offset", "must not be negative");
                    String orgId = req.query("orgId");
                    if (orgId == null || orgId.isBlank()) return ApiReply.ok(supports.catalog(states(req.actor()), limit, offset));
                    List<Support> open = open(orgId);
                    return ApiReply.ok(new Page<>(open.subList(Math.min(offset, open.size()), (int) Math.min((long) offset + limit, open.size())), open.size()));
                }).returningList(Support.class).withQuery(QueryParam.string("orgId", "only the supports open to this school, district or SEA"),
                        QueryParam.integer("limit", "1..1000, default 100"), QueryParam.integer("offset", "rows to skip")),
                Operation.get("/monitoring/supports/{id}", "One support of the catalog", Access.signedIn(), req -> {
                    Support s = supports.get(req.path("id"));
                    if (!sameState(req.actor(), supports.seaOf(s.id()))) throw new NotFoundException("support", s.id());
                    return ApiReply.ok(s).version(s.version());
                }).returning(Support.class),
                Operation.put("/monitoring/supports/{id}", "Change a support (send If-Match); its provider stays", Inputs.SupportInput.class, Access.edit(provider), req -> {
                    Inputs.SupportInput in = req.body(Inputs.SupportInput.class);
                    Supports.check(in, frameworks.practiceCodes());
                    Support s = supports.update(req.path("id"), in, req.expectedVersion(in.version()));
                    return ApiReply.ok(s).version(s.version());
                }).returning(Support.class),
                Operation.delete("/monitoring/supports/{id}", "Remove a support nobody has been assigned (send If-Match)", Access.edit(provider), req -> {
                    supports.delete(req.path("id"), req.expectedVersion(null));
                    return ApiReply.noContent();
                }),
                Operation.get("/monitoring/supports/matches", "The practices where the organization's work lags, each with the supports coded to it, best fit first",
                        Access.read(queryOrg), req -> ApiReply.ok(matches(req.query("orgId"), req.query("schoolYear")))).returning(ObjectNode.class).withQuery(org, year),
                Operation.get("/monitoring/supports/{id}/needs", "The organizations in a subtree most behind on the practices the support addresses",
                        Access.read(queryOrg), req -> {
                    int limit = req.intQuery("limit", 50);
                    if (limit < 1 || limit > 1000) throw new ValidationException("limit", "must be between 1 and 1000");
                    return ApiReply.ok(needs(supports.get(req.path("id")), req.query("orgId"), req.query("schoolYear"), limit));
                }).returning(ObjectNode.class).withQuery(org, year, QueryParam.integer("limit", "1..1000, default 50")),
                Operation.get("/monitoring/supports/{id}/effectiveness", "Whether work got back on track after each assignment of the support started",
                        Access.read(provider), req -> ApiReply.ok(effectiveness(supports.get(req.path("id")), null))).returning(ObjectNode.class),
                Operation.get("/monitoring/supports/effectiveness", "Every support open to the organization with whether work got back on track in its subtree",
                        Access.read(queryOrg), req -> {
                    String orgId = req.query("orgId");
                    List<Object> rows = new ArrayList<>();
                    for (Support s : open(orgId)) rows.add(effectiveness(s, orgId).get("summary"));
                    return page(rows);
                }).returning(ObjectNode.class).withQuery(org),
                Operation.post("/monitoring/support-assignments", "Ask for a support for lagging strategies, milestones or actions; the provider accepts it",
                        Inputs.AssignmentInput.class, Access.edit(req -> Checks.require("orgId", req.body(Inputs.AssignmentInput.class).orgId())), req -> {
                    Inputs.AssignmentInput in = req.body(Inputs.AssignmentInput.class);
                    Supports.check(in);
                    Support s;
                    try {
                        s = supports.get(in.supportId());
                    } catch (NotFoundException e) {
                        throw new ValidationException("supportId", "is not a support of the catalog");
                    }
                    Item.Place place = items.place(in.orgId());
                    if (!List.of(place.orgId(), place.districtId(), place.seaId()).contains(s.providerOrgId())) {
                        throw new ValidationException("supportId", "is not offered to the organization");
                    }
                    List<String> work = itemsOf(in.orgId(), in.elementIds());
                    // the work is stored with the request (32,000 characters hold about 800 actions and milestones)
                    if (StatusReports.json(work).length() > 32000) throw new ValidationException("elementIds", "cover too many actions and milestones; name fewer");
                    SupportAssignment a = supports.request(in, place, work, req.actor().username(), Instant.now(clock));
                    return ApiReply.created(a).version(1);
                }).returning(SupportAssignment.class),
                Operation.get("/monitoring/support-assignments", "The supports asked for or assigned in an organization and everything under it",
                        Access.read(queryOrg), req -> page(assignmentsIn(orgs.get(req.query("orgId"))))).returningList(SupportAssignment.class).withQuery(org),
                Operation.get("/monitoring/support-assignments/{id}", "One support assignment", Access.read(req -> supports.assignment(req.path("id")).orgId()), req -> {
                    SupportAssignment a = supports.assignment(req.path("id"));
                    return ApiReply.ok(a).version(a.version());
                }).returning(SupportAssignment.class),
                Operation.put("/monitoring/support-assignments/{id}", "The provider accepts (naming its staff), declines or completes an assignment (send If-Match)",
                        Inputs.AssignmentChange.class, Access.edit(req -> supports.get(supports.assignment(req.path("id")).supportId()).providerOrgId()), req -> {
                    Inputs.AssignmentChange in = req.body(Inputs.AssignmentChange.class);
                    Supports.check(in);
                    SupportAssignment a = supports.change(req.path("id"), in, req.expectedVersion(in.version()));
                    return ApiReply.ok(a).version(a.version());
                }).returning(SupportAssignment.class));
    }

    /** Supports offered by the organization or above it; for an SEA, every support in the state. */
    private List<Support> open(String orgId) {
        Item.Place p = items.place(orgId);
        boolean state = p.orgId().equals(p.seaId());
        return supports.ofState(p.seaId()).stream()
                .filter(s -> state || s.providerOrgId().equals(p.orgId()) || s.providerOrgId().equals(p.districtId()) || s.providerOrgId().equals(p.seaId()))
                .toList();
    }

    /**
     * The organization the catalog is read in: {@code orgId}; without it the caller's own (or first assigned), whom
     * every signed-in user may read; {@code null} for an administrator, who reads the whole platform.
     */
    private static String listedOrg(ApiRequest req) {
        String orgId = req.query("orgId");
        if (orgId != null && !orgId.isBlank()) return orgId;
        List<String> homes = req.actor().homes();
        return homes == null || homes.isEmpty() ? null : homes.get(0);
    }

    /** @return the states of the caller's organizations, {@code null} for an administrator (every state) */
    private Set<String> states(Actor actor) {
        List<String> homes = actor.homes();
        if (homes == null) return null;
        Set<String> out = new LinkedHashSet<>();
        for (String home : homes) {
            try {
                out.add(items.place(home).seaId());
            } catch (NotFoundException e) {
                // an organization since removed
            }
        }
        return out;
    }

    private boolean sameState(Actor actor, String seaId) {
        List<String> homes = actor.homes();
        if (homes == null) return true; // an administrator
        for (String home : homes) {
            try {
                if (items.place(home).seaId().equals(seaId)) return true;
            } catch (NotFoundException e) {
                // an organization since removed
            }
        }
        return false;
    }

    private Map<String, Object> matches(String orgId, String schoolYear) {
        Map<String, Object> cells = rollup.rollup(orgId, "practice", schoolYear);
        @SuppressWarnings("unchecked")
        List<Rollup.Cell> practices = (List<Rollup.Cell>) cells.get("cells");
        Item.Place p = items.place(orgId);
        Map<String, Integer> remaining = new HashMap<>();
        Map<String, Integer> overdueOnly = new HashMap<>();
        rollup.overdueOnly(orgId, (String) cells.get("schoolYear")).forEach((practice, byOrg) -> overdueOnly.put(practice,
                byOrg.values().stream().mapToInt(Integer::intValue).sum()));
        List<SupportMatches.Lag> lags = SupportMatches.lags(practices, overdueOnly);
        double threshold = settings.ofState(p.seaId()).lagThreshold();
        List<Map<String, Object>> found = SupportMatches.match(lags, threshold, open(orgId),
                s -> remaining.computeIfAbsent(s.id(), k -> supports.remaining(s)),
                s -> s.providerOrgId().equals(p.orgId()) ? 0 : s.providerOrgId().equals(p.districtId()) ? 1 : 2);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("orgId", orgId);
        out.put("schoolYear", cells.get("schoolYear"));
        out.put("threshold", threshold);
        out.put("items", found);
        return out;
    }

    private Map<String, Object> needs(Support s, String orgId, String schoolYear, int limit) {
        Map<String, int[]> byOrg = new LinkedHashMap<>(); // behind, total
        Map<String, Rollup.OrgCounts> named = new HashMap<>();
        String year = null;
        Map<String, Map<String, Integer>> overdueOnly = rollup.overdueOnly(orgId, schoolYear);
        for (String code : s.practiceCodes()) {
            Map<String, Object> page = rollup.organizations(orgId, code, null, schoolYear, 1000, 0);
            year = (String) page.get("schoolYear");
            @SuppressWarnings("unchecked")
            List<Rollup.OrgCounts> list = (List<Rollup.OrgCounts>) page.get("items");
            for (Rollup.OrgCounts o : list) {
                int[] n = byOrg.computeIfAbsent(o.orgId(), k -> new int[2]);
                n[0] += SupportMatches.behind(o.actions(), overdueOnly.getOrDefault(code, Map.of()).getOrDefault(o.orgId(), 0));
                n[1] += o.actions().get("total");
                named.put(o.orgId(), o);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : byOrg.entrySet()) {
            if (e.getValue()[1] == 0) continue;
            Rollup.OrgCounts o = named.get(e.getKey());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("orgId", o.orgId());
            r.put("name", o.name());
            r.put("type", o.type());
            r.put("actions", e.getValue()[1]);
            r.put("behind", e.getValue()[0]);
            r.put("lag", SupportMatches.round(e.getValue()[0] / (double) e.getValue()[1]));
            rows.add(r);
        }
        rows.sort((a, b) -> {
            int c = Double.compare((Double) b.get("lag"), (Double) a.get("lag"));
            return c != 0 ? c : Integer.compare((Integer) b.get("behind"), (Integer) a.get("behind"));
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("supportId", s.id());
        out.put("orgId", orgId);
        out.put("schoolYear", year);
        out.put("items", rows.subList(0, Math.min(limit, rows.size())));
        out.put("total", rows.size());
        return out;
    }

    /** @param within only the assignments in this organization's subtree, or {@code null} for all */
    private Map<String, Object> effectiveness(Support s, String within) {
        List<SupportAssignment> all = supports.assignments("support_id", s.id());
        Item.Place scope = within == null ? null : items.place(within);
        YearMonth now = YearMonth.now(clock);
        List<Map<String, Object>> rows = new ArrayList<>();
        int measured = 0, improved = 0;
        double changes = 0;
        for (SupportAssignment a : all) {
            if (!"ACCEPTED".equals(a.status()) && !"COMPLETED".equals(a.status())) continue;
            if (scope != null && !inScope(scope, a.orgId())) continue;
            Effect e = Effect.of(supports.histories(supports.itemIds(a.id())), YearMonth.from(LocalDate.parse(a.startDate())), now);
            if (e.change() != null) {
                measured++;
                changes += e.change();
                if (e.improved()) improved++;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("assignment", a);
            r.put("orgName", name(a.orgId()));
            r.put("effect", e);
            rows.add(r);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("supportId", s.id());
        summary.put("title", s.title());
        summary.put("format", s.format());
        summary.put("practiceCodes", s.practiceCodes());
        summary.put("assignments", rows.size());
        summary.put("measured", measured);
        summary.put("improved", improved);
        summary.put("meanChange", measured == 0 ? null : SupportMatches.round(changes / measured));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("support", s);
        out.put("summary", summary);
        out.put("items", rows);
        return out;
    }

    private boolean inScope(Item.Place scope, String orgId) {
        if (scope.orgId().equals(scope.seaId())) return true;
        Item.Place p = items.place(orgId);
        return p.orgId().equals(scope.orgId()) || p.districtId().equals(scope.orgId());
    }

    private List<SupportAssignment> assignmentsIn(Organization o) {
        return switch (o.type()) {
            case SEA -> supports.assignments("sea_id", o.id());
            case LEA -> supports.assignments("district_id", o.id());
            case SCHOOL -> supports.assignments("org_id", o.id());
        };
    }

    private String name(String orgId) {
        try {
            return orgs.get(orgId).name();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The actions and milestones under the named elements (a strategy's, a milestone and its actions, an action). */
    private List<String> itemsOf(String orgId, List<String> elementIds) {
        PlanService p = plans;
        if (p == null) throw new RuleViolationException("planning", "the planning module is off; turn it on to tie a support to plan elements");
        Set<String> out = new LinkedHashSet<>();
        Map<String, PlanTree> trees = new HashMap<>();
        for (int i = 0; i < elementIds.size(); i++) {
            String field = "elementIds[" + i + "]";
            PlanElement e;
            try {
                e = p.element(elementIds.get(i));
            } catch (NotFoundException x) {
                throw new ValidationException(field, "is not an element of the organization's plans");
            }
            if (!e.orgId().equals(orgId)) throw new ValidationException(field, "is not an element of the organization's plans");
            PlanTree t = trees.computeIfAbsent(e.planId(), p::tree);
            switch (e.kind()) {
                case STRATEGY -> t.strategies().stream().filter(s -> s.id().equals(e.id())).flatMap(s -> s.milestones().stream()).forEach(m -> add(out, m));
                case MILESTONE -> t.milestones().stream().filter(m -> m.id().equals(e.id())).forEach(m -> add(out, m));
                case ACTION -> out.add(e.id());
                default -> throw new ValidationException(field, "must be a strategy, milestone or action");
            }
        }
        return List.copyOf(out);
    }

    private static void add(Set<String> out, Milestone m) {
        out.add(m.id());
        m.actions().forEach(a -> out.add(a.id()));
    }

    private static <T> ApiReply page(List<T> list) {
        return ApiReply.ok(Page.of(list));
    }
}
