package org.braid.itests;

import static org.junit.Assert.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every operation of the OpenAPI document x every role x an organization in and out of the role's
 * scope, against the rules declared below. A new operation without a rule here fails the test, and so
 * does an operation whose declared access changed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuthorizationMatrixIT extends BraidTestSupport {
    static final int PORT = 18183;

    public AuthorizationMatrixIT() {
        super(PORT);
    }

    /** The expected access rule of every operation. */
    static final Map<String, String> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /health", "PUBLIC"),
            Map.entry("POST /session", "PUBLIC"),
            Map.entry("GET /session", "PUBLIC"),
            Map.entry("DELETE /session", "PUBLIC"),
            Map.entry("PUT /session/password", "SIGNED_IN"),
            Map.entry("GET /openapi.json", "PUBLIC"),
            Map.entry("GET /orgs", "SIGNED_IN"),
            Map.entry("POST /orgs", "EDIT"),
            Map.entry("GET /orgs/{id}", "READ"),
            Map.entry("PUT /orgs/{id}", "GOVERN"),
            Map.entry("GET /orgs/{id}/children", "READ"),
            Map.entry("GET /orgs/{id}/closure", "READ"),
            Map.entry("PUT /orgs/{id}/closure", "GOVERN"),
            Map.entry("GET /orgs/{id}/direction", "READ"),
            Map.entry("PUT /orgs/{id}/direction", "EDIT"),
            Map.entry("GET /orgs/{id}/export", "READ"),
            Map.entry("POST /import", "ADMIN"),
            Map.entry("POST /import/preview", "ADMIN"),
            Map.entry("GET /frameworks", "SIGNED_IN"),
            Map.entry("GET /frameworks/{id}", "SIGNED_IN"),
            Map.entry("GET /frameworks/{id}/crosswalk/{otherId}", "SIGNED_IN"),
            Map.entry("GET /admin/settings", "ADMIN"),
            Map.entry("PUT /admin/settings", "ADMIN"),
            Map.entry("GET /orgs/{id}/coding-framework", "READ"),
            Map.entry("PUT /orgs/{id}/coding-framework", "GOVERN"),
            Map.entry("GET /admin/modules", "ADMIN"),
            Map.entry("GET /admin/modules/{id}", "ADMIN"),
            Map.entry("PUT /admin/modules/{id}", "ADMIN"),
            Map.entry("POST /admin/modules", "ADMIN"),
            Map.entry("DELETE /admin/modules/{id}", "ADMIN"),
            Map.entry("POST /admin/backup", "ADMIN"),
            Map.entry("GET /users", "ADMIN"),
            Map.entry("POST /users", "ADMIN"),
            Map.entry("GET /users/{id}", "ADMIN"),
            Map.entry("PUT /users/{id}", "ADMIN"),
            Map.entry("PUT /users/{id}/password", "ADMIN"),
            Map.entry("GET /audit", "AUDIT"),
            Map.entry("GET /ui", "SIGNED_IN"),
            Map.entry("GET /needs-assessment/data-elements", "SIGNED_IN"),
            Map.entry("GET /needs-assessment/coaching-questions", "SIGNED_IN"),
            Map.entry("POST /needs-assessment/assessments", "EDIT"),
            Map.entry("GET /needs-assessment/assessments", "READ"),
            Map.entry("GET /needs-assessment/assessments/{id}", "READ"),
            Map.entry("PUT /needs-assessment/assessments/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/assessments/{id}", "EDIT"),
            Map.entry("GET /needs-assessment/priority-areas", "READ"),
            Map.entry("GET /needs-assessment/assessments/{id}/pdf", "READ"),
            Map.entry("GET /needs-assessment/assessments/{id}/tables/{table}.csv", "READ"),
            Map.entry("GET /needs-assessment/fishbones/{id}.svg", "READ"),
            Map.entry("POST /needs-assessment/assessments/{id}/data-reviews", "EDIT"),
            Map.entry("GET /needs-assessment/data-reviews/{id}", "READ"),
            Map.entry("PUT /needs-assessment/data-reviews/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/data-reviews/{id}", "EDIT"),
            Map.entry("POST /needs-assessment/assessments/{id}/trends", "EDIT"),
            Map.entry("GET /needs-assessment/trends/{id}", "READ"),
            Map.entry("PUT /needs-assessment/trends/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/trends/{id}", "EDIT"),
            Map.entry("POST /needs-assessment/assessments/{id}/swot", "EDIT"),
            Map.entry("GET /needs-assessment/swot/{id}", "READ"),
            Map.entry("PUT /needs-assessment/swot/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/swot/{id}", "EDIT"),
            Map.entry("POST /needs-assessment/assessments/{id}/why-chains", "EDIT"),
            Map.entry("GET /needs-assessment/why-chains/{id}", "READ"),
            Map.entry("PUT /needs-assessment/why-chains/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/why-chains/{id}", "EDIT"),
            Map.entry("POST /needs-assessment/assessments/{id}/fishbones", "EDIT"),
            Map.entry("GET /needs-assessment/fishbones/{id}", "READ"),
            Map.entry("PUT /needs-assessment/fishbones/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/fishbones/{id}", "EDIT"),
            Map.entry("POST /needs-assessment/assessments/{id}/root-causes", "EDIT"),
            Map.entry("GET /needs-assessment/root-causes/{id}", "READ"),
            Map.entry("PUT /needs-assessment/root-causes/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/root-causes/{id}", "EDIT"),
            Map.entry("POST /needs-assessment/assessments/{id}/priority-areas", "EDIT"),
            Map.entry("GET /needs-assessment/priority-areas/{id}", "READ"),
            Map.entry("PUT /needs-assessment/priority-areas/{id}", "EDIT"),
            Map.entry("DELETE /needs-assessment/priority-areas/{id}", "EDIT"),
            Map.entry("GET /planning/coaching-questions", "SIGNED_IN"),
            Map.entry("PUT /planning/plans/{id}", "EDIT"),
            Map.entry("DELETE /planning/plans/{id}", "EDIT"),
            Map.entry("GET /planning/plans/{id}/check", "READ"),
            Map.entry("GET /planning/plans/{id}/goals", "READ"),
            Map.entry("GET /planning/plans/{id}/pdf", "READ"),
            Map.entry("GET /planning/plans/{id}/codes", "READ"),
            Map.entry("GET /planning/plans/{id}/templates", "READ"),
            Map.entry("GET /planning/plans/{id}/templates/{templateId}", "READ"),
            Map.entry("GET /planning/plans/{id}/templates/{templateId}/pdf", "READ"),
            Map.entry("PUT /planning/elements/{elementId}/extensions/{extensionId}", "EDIT"),
            Map.entry("GET /planning/plans/{id}/actions.csv", "READ"),
            Map.entry("POST /planning/plans/{id}/priority-areas", "EDIT"),
            Map.entry("GET /planning/priority-areas/{id}", "READ"),
            Map.entry("PUT /planning/priority-areas/{id}", "EDIT"),
            Map.entry("DELETE /planning/priority-areas/{id}", "EDIT"),
            Map.entry("POST /planning/priority-areas/{id}/strategies", "EDIT"),
            Map.entry("GET /planning/strategies/{id}", "READ"),
            Map.entry("PUT /planning/strategies/{id}", "EDIT"),
            Map.entry("DELETE /planning/strategies/{id}", "EDIT"),
            Map.entry("POST /planning/strategies/{id}/measures", "EDIT"),
            Map.entry("POST /planning/strategies/{id}/milestones", "EDIT"),
            Map.entry("GET /planning/measures/{id}", "READ"),
            Map.entry("PUT /planning/measures/{id}", "EDIT"),
            Map.entry("DELETE /planning/measures/{id}", "EDIT"),
            Map.entry("GET /planning/milestones/{id}", "READ"),
            Map.entry("PUT /planning/milestones/{id}", "EDIT"),
            Map.entry("DELETE /planning/milestones/{id}", "EDIT"),
            Map.entry("POST /planning/milestones/{id}/actions", "EDIT"),
            Map.entry("GET /planning/actions/{id}", "READ"),
            Map.entry("PUT /planning/actions/{id}", "EDIT"),
            Map.entry("DELETE /planning/actions/{id}", "EDIT"),
            Map.entry("GET /planning/prioritization-questions", "SIGNED_IN"),
            Map.entry("GET /planning/goal-alignment", "READ"),
            Map.entry("GET /planning/plans/{id}/versions", "READ"),
            Map.entry("GET /planning/plans/{id}/versions/{n}", "READ"),
            Map.entry("GET /planning/plans/{id}/versions/{a}/diff/{b}", "READ"),
            Map.entry("GET /planning/plans/{id}/candidates", "READ"),
            Map.entry("GET /planning/plans/{id}/funding", "READ"),
            Map.entry("GET /planning/candidates/{id}", "READ"),
            Map.entry("GET /planning/retirements/{id}", "READ"),
            Map.entry("POST /planning/plans/{id}/submit", "EDIT"),
            Map.entry("POST /planning/plans/{id}/reopen", "EDIT"),
            Map.entry("POST /planning/plans/{id}/candidates", "EDIT"),
            Map.entry("POST /planning/plans/{id}/retirements", "EDIT"),
            Map.entry("PUT /planning/candidates/{id}", "EDIT"),
            Map.entry("DELETE /planning/candidates/{id}", "EDIT"),
            Map.entry("PUT /planning/retirements/{id}", "EDIT"),
            Map.entry("DELETE /planning/retirements/{id}", "EDIT"),
            Map.entry("POST /planning/plans/{id}/sign-offs", "COMMENT"),
            Map.entry("GET /planning/template", "SIGNED_IN"),
            Map.entry("POST /planning/plans", "EDIT"),
            Map.entry("GET /planning/plans", "READ"),
            Map.entry("GET /planning/plans/{id}", "READ"),
            Map.entry("GET /monitoring/calendar", "SIGNED_IN"),
            Map.entry("POST /monitoring/status-reports", "EDIT"),
            Map.entry("GET /monitoring/status-reports", "READ"),
            Map.entry("GET /monitoring/status-reports/{id}", "READ"),
            Map.entry("PUT /monitoring/status-reports/{id}", "EDIT"),
            Map.entry("DELETE /monitoring/status-reports/{id}", "EDIT"),
            Map.entry("POST /monitoring/plans/{planId}/status-reports", "EDIT"),
            Map.entry("GET /monitoring/plans/{planId}/progress", "READ"),
            Map.entry("GET /monitoring/plans/{planId}/report-form", "READ"),
            Map.entry("GET /monitoring/rollup", "READ"),
            Map.entry("GET /monitoring/rollup/organizations", "READ"),
            Map.entry("GET /monitoring/rollup/trend", "READ"),
            Map.entry("POST /monitoring/reviews", "EDIT"),
            Map.entry("GET /monitoring/reviews", "READ"),
            Map.entry("POST /monitoring/measure-results", "EDIT"),
            Map.entry("GET /monitoring/measure-results", "READ"),
            Map.entry("POST /monitoring/adjustments", "EDIT"),
            Map.entry("GET /monitoring/adjustments", "READ"),
            Map.entry("POST /monitoring/walkthroughs", "COMMENT"),
            Map.entry("GET /monitoring/walkthroughs", "READ"),
            Map.entry("POST /monitoring/supports", "EDIT"),
            Map.entry("GET /monitoring/supports", "READ"),
            Map.entry("GET /monitoring/supports/{id}", "SIGNED_IN"),
            Map.entry("PUT /monitoring/supports/{id}", "EDIT"),
            Map.entry("DELETE /monitoring/supports/{id}", "EDIT"),
            Map.entry("GET /monitoring/supports/matches", "READ"),
            Map.entry("GET /monitoring/supports/{id}/needs", "READ"),
            Map.entry("GET /monitoring/supports/{id}/effectiveness", "READ"),
            Map.entry("GET /monitoring/supports/effectiveness", "READ"),
            Map.entry("POST /monitoring/support-assignments", "EDIT"),
            Map.entry("GET /monitoring/support-assignments", "READ"),
            Map.entry("GET /monitoring/support-assignments/{id}", "READ"),
            Map.entry("PUT /monitoring/support-assignments/{id}", "EDIT"),
            Map.entry("GET /monitoring/orgs/{id}/annual-report", "READ"),
            Map.entry("GET /monitoring/orgs/{id}/annual-report.pdf", "READ"),
            Map.entry("GET /monitoring/orgs/{id}/settings", "READ"),
            Map.entry("PUT /monitoring/orgs/{id}/settings", "EDIT"),
            Map.entry("GET /public/orgs/{id}/progress", "PUBLIC"),
            Map.entry("GET /orgs/{id}/publication", "READ"),
            Map.entry("PUT /orgs/{id}/publication", "EDIT"),
            Map.entry("GET /self-assessment/instruments", "SIGNED_IN"),
            Map.entry("POST /self-assessment/reflections", "EDIT"),
            Map.entry("GET /self-assessment/reflections", "READ"),
            Map.entry("GET /self-assessment/reflections/{id}", "READ"),
            Map.entry("PUT /self-assessment/reflections/{id}/my-ratings/{elementCode}", "READ"),
            Map.entry("GET /self-assessment/reflections/{id}/my-ratings", "READ"),
            Map.entry("PUT /self-assessment/reflections/{id}/consensus/{elementCode}", "EDIT"),
            Map.entry("POST /self-assessment/reflections/{id}/close", "EDIT"),
            Map.entry("GET /self-assessment/reflections/{id}/pdf", "READ"),
            Map.entry("POST /self-assessment/reflections/{id}/concerns", "EDIT"),
            Map.entry("GET /self-assessment/team-candidates", "EDIT"),
            Map.entry("GET /self-assessment/rollup", "READ"),
            Map.entry("POST /self-assessment/process-assessments", "EDIT"),
            Map.entry("GET /self-assessment/process-assessments", "READ"),
            Map.entry("GET /self-assessment/process-assessments/{id}", "READ"),
            Map.entry("PUT /self-assessment/process-assessments/{id}", "EDIT"),
            Map.entry("POST /self-assessment/process-assessments/{id}/priority-areas", "EDIT"),
            Map.entry("POST /self-assessment/process-assessments/{id}/actions", "EDIT"),
            Map.entry("GET /coaching/questions", "SIGNED_IN"),
            Map.entry("GET /coaching/caseload", "SIGNED_IN"),
            Map.entry("POST /coaching/comments", "COMMENT"),
            Map.entry("GET /coaching/comments", "READ"),
            Map.entry("GET /coaching/comments/{id}", "READ"),
            Map.entry("PUT /coaching/comments/{id}", "EDIT"),
            Map.entry("PUT /coaching/comments/{id}/resolution", "COMMENT")));


    /** A caller: who, their organization, and an organization in and one out of their scope. */
    record Caller(String name, Http http, String role, String own, String inScope, String outOfScope) {}

    final Map<String, String> plans = new LinkedHashMap<>();
    final Map<String, NeedsAssessmentFixture> assessments = new LinkedHashMap<>();
    final Map<String, PlanningFixture> planFixtures = new LinkedHashMap<>();
    final Map<String, MonitoringFixture> monitoring = new LinkedHashMap<>();
    /** A comment on a record of each organization, for the coaching operations on {id}. */
    final Map<String, String> comments = new LinkedHashMap<>();
    /** A district's self-reflection (led by its leader, its viewer on the team) and process self-assessment; only districts have them. */
    final Map<String, Map<String, String>> selfAssessment = new LinkedHashMap<>();
    Http admin;

    @Test
    public void everyOperationTimesEveryRoleTimesScopeMatchesItsDeclaredRule() throws Exception {
        admin = signedIn("admin");
        String sea = admin.orgId("Demo State Department of Education"), district = admin.orgId("District A");
        String schoolA = admin.orgId("School A"), schoolB = admin.orgId("School B");
        String otherSea = admin.post("/orgs", Http.obj("type", "SEA", "name", "Other State")).text("id");
        String otherLea = admin.post("/orgs", Http.obj("type", "LEA", "name", "District B", "parentId", sea)).text("id");
        assertEquals(201, admin.post("/users", Http.obj("username", "viewer", "password", "look-but-no-touch", "orgId", district,
                "roles", List.of("viewer"))).status());
        for (String org : List.of(sea, district, schoolA, schoolB, otherSea, otherLea)) {
            plans.put(org, PlanningIT.newPlan(admin, org, "2030-31"));
            assessments.put(org, new NeedsAssessmentFixture(admin, org, "2030-31"));
            planFixtures.put(org, new PlanningFixture(admin, org));
            monitoring.put(org, new MonitoringFixture(admin, org));
            Http.Reply c = admin.post("/coaching/comments", Http.obj("recordId", "matrix-" + org, "orgId", org, "text", "fixture"));
            assertEquals(c.body().toString(), 201, c.status());
            comments.put(org, c.text("id"));
        }
        String adminId = admin.get("/session").text("userId");
        Http otherLead = admin.post("/users", Http.obj("username", "other-lead", "password", "leads-another-district", "orgId", otherLea,
                "roles", List.of("lea-leader"))).status() == 201 ? anonymous.as("other-lead", "leads-another-district") : null;
        assertNotNull(otherLead);
        Http viewer = anonymous.as("viewer", "look-but-no-touch"), leader = anonymous.as("district-a");
        for (Map.Entry<String, List<Http>> d : Map.of(district, List.of(leader, viewer), otherLea, List.of(otherLead)).entrySet()) {
            List<String> team = d.getValue().stream().map(h -> h.get("/session").text("userId")).toList();
            Http.Reply r = d.getValue().get(0).post("/self-assessment/reflections", Http.obj("orgId", d.getKey(), "schoolYear", "2030-31", "teamUserIds", team,
                    "leadUserId", team.get(0)));
            Http.Reply p = admin.post("/self-assessment/process-assessments", Http.obj("orgId", d.getKey(), "schoolYear", "2030-31"));
            assertEquals(r.body().toString(), 201, r.status());
            assertEquals(p.body().toString(), 201, p.status());
            selfAssessment.put(d.getKey(), Map.of("reflection", r.text("id"), "process", p.text("id")));
        }

        List<Caller> callers = List.of(
                new Caller("anonymous", anonymous, null, null, schoolA, schoolB),
                new Caller("admin", admin, "admin", sea, schoolA, otherSea),
                new Caller("sea", anonymous.as("sea"), "sea-staff", sea, sea, otherSea),
                new Caller("district-a", anonymous.as("district-a"), "lea-leader", district, district, otherLea),
                new Caller("school-a", anonymous.as("school-a"), "school-leader", schoolA, schoolA, schoolB),
                new Caller("coach", anonymous.as("coach"), "coach", null, schoolB, schoolA),
                new Caller("viewer", anonymous.as("viewer", "look-but-no-touch"), "viewer", district, district, otherLea));

        OpenApiRequests api = new OpenApiRequests(admin.get("/openapi.json").body());
        List<String> problems = new ArrayList<>();
        for (OpenApiRequests.Op op : api.operations()) {
            String rule = RULES.get(op.key());
            if (rule == null) problems.add(op.key() + ": no rule declared in this test (it declares " + op.access() + ")");
            else if (!rule.equals(op.access())) problems.add(op.key() + ": declares " + op.access() + " but the rule here is " + rule);
        }
        for (String key : RULES.keySet()) {
            if (api.operations().stream().noneMatch(o -> o.key().equals(key))) problems.add(key + ": in the rules but not served");
        }
        int cases = 0;
        for (OpenApiRequests.Op op : api.operations()) {
            if (!RULES.containsKey(op.key())) continue;
            for (Caller c : callers) {
                for (boolean in : new boolean[] {true, false}) {
                    String target = in ? c.inScope() : c.outOfScope();
                    boolean targetInScope = in || c.role() != null && c.role().equals("admin");
                    int expected = expect(op.access(), c, target, targetInScope);
                    Http http = op.key().equals("DELETE /session") && c.role() != null ? fresh(c) : c.http();
                    // a self-reflection or process self-assessment is a district's: other organizations have none to address
                    if (op.path().startsWith("/self-assessment/") && op.path().contains("{id}") && !selfAssessment.containsKey(target)) continue;
                    Http.Reply r = send(http, api, op, target, adminId);
                    cases++;
                    String where = op.key() + " as " + c.name() + " on " + (in ? "in" : "out-of") + "-scope org: ";
                    if (r.status() >= 500) problems.add(where + r.status() + " " + r.body());
                    else if (r.status() < 300) api.mismatches(op, r).forEach(m -> problems.add(where + "the answer is not as documented: " + m));
                    else if (expected == 0 && (r.status() == 401 && !op.access().equals("PUBLIC") || r.status() == 403)) {
                        problems.add(where + "allowed by the rule, got " + r.status() + " " + r.body());
                    } else if (expected != 0 && r.status() != expected) {
                        problems.add(where + "expected " + expected + ", got " + r.status() + " " + r.body());
                    }
                }
            }
        }
        System.out.println("authorization matrix: " + cases + " cases over " + api.operations().size() + " operations x "
                + callers.size() + " callers x 2 scopes");
        assertTrue(problems.size() + " problems:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** Which fields of an organization each role may change (the README's roles table), field by field. */
    @Test
    public void organizationFieldsFollowTheRolesTable() throws Exception {
        admin = signedIn("admin");
        String sea = admin.orgId("Demo State Department of Education"), district = admin.orgId("District A");
        String schoolA = admin.orgId("School A"), schoolB = admin.orgId("School B");
        String districtM = admin.post("/orgs", Http.obj("type", "LEA", "name", "District M", "parentId", sea)).text("id");
        Http school = anonymous.as("school-a"), lea = anonymous.as("district-a"), staff = anonymous.as("sea"), coach = anonymous.as("coach");

        String essa = admin.get("/orgs/" + schoolA).text("essaStatus"), otherEssa = essa.equals("CSI") ? "TSI" : "CSI";
        String essaB = admin.get("/orgs/" + schoolB).text("essaStatus");
        assertRefused("essaStatus,parentId", change(school, schoolA, "parentId", districtM, "essaStatus", otherEssa));
        assertRefused("parentId", change(school, schoolA, "parentId", districtM));
        assertRefused("essaStatus", change(school, schoolA, "essaStatus", otherEssa));
        assertEquals(district, admin.get("/orgs/" + schoolA).text("parentId"));
        assertEquals("a school's leaders name it", 200, change(school, schoolA, "name", "School A renamed").status());
        assertEquals(200, change(school, schoolA, "name", "School A").status());

        assertRefused("parentId", change(lea, schoolA, "parentId", districtM));
        assertRefused("essaStatus", change(coach, schoolB, "essaStatus", essaB.equals("CSI") ? "TSI" : "CSI"));
        assertRefused("name", change(staff, schoolA, "name", "Renamed by the state"));

        assertEquals("the state sets ESSA status", 200, change(staff, schoolA, "essaStatus", otherEssa).status());
        assertEquals(200, change(staff, schoolA, "essaStatus", essa).status());
        assertEquals("the state moves a school within the state", 200, change(staff, schoolA, "parentId", districtM).status());
        assertEquals(200, change(staff, schoolA, "parentId", district).status());

        Http.Reply created = lea.post("/orgs", Http.obj("type", "SCHOOL", "name", "New School", "parentId", district, "essaStatus", "CSI"));
        assertRefused("essaStatus", created);
        assertEquals(201, lea.post("/orgs", Http.obj("type", "SCHOOL", "name", "New School", "parentId", district)).status());
    }

    /** Approval comes from the level above: a district's leaders for a school's plan, state staff for a district's; never a coach. */
    @Test
    public void plansAreApprovedFromTheLevelAboveOnly() throws Exception {
        admin = signedIn("admin");
        String district = admin.orgId("District A"), schoolB = admin.orgId("School B");
        Map<String, Http> who = new LinkedHashMap<>();
        for (String u : List.of("admin", "sea", "district-a", "school-a", "coach")) who.put(u, anonymous.as(u));
        Map<String, Integer> schoolPlan = Map.of("admin", 403, "sea", 403, "district-a", 201, "school-a", 404, "coach", 403);
        Map<String, Integer> districtPlan = Map.of("admin", 403, "sea", 201, "district-a", 403, "school-a", 404, "coach", 404);
        List<String> problems = new ArrayList<>();
        for (var plan : Map.of(schoolB, schoolPlan, district, districtPlan).entrySet()) {
            String planId = PlanningIT.newPlan(admin, plan.getKey(), "2040-41");
            Http.Reply submitted = admin.post("/planning/plans/" + planId + "/submit", Http.obj());
            assertEquals(submitted.body().toString(), 201, submitted.status());
            // the one allowed approval goes last: approving changes the plan
            List<String> order = new ArrayList<>(who.keySet());
            order.sort(java.util.Comparator.comparing(u -> plan.getValue().get(u) == 201));
            for (String u : order) {
                Http.Reply r = who.get(u).post("/planning/plans/" + planId + "/sign-offs", Http.obj("approves", true));
                int expected = plan.getValue().get(u);
                if (r.status() != expected) problems.add("approval by " + u + ": expected " + expected + ", got " + r.status() + " " + r.body());
                else if (expected == 403 && !r.body().path("details").path(0).path("field").asText().equals("approves")) problems.add(u + ": " + r.body());
            }
            if (!admin.get("/planning/plans/" + planId).text("status").equals("APPROVED")) problems.add(plan.getKey() + "'s plan not approved");
        }
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }

    /** PUTs the organization as it is with some fields changed. */
    private Http.Reply change(Http as, String orgId, Object... fieldValues) {
        Http.Reply current = admin.get("/orgs/" + orgId);
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) current.body();
        body.setAll(Http.obj(fieldValues));
        return as.put("/orgs/" + orgId, body, current.etag());
    }

    private static void assertRefused(String fields, Http.Reply r) {
        assertEquals(r.body().toString(), 403, r.status());
        List<String> named = new ArrayList<>();
        for (JsonNode d : r.body().path("details")) named.add(d.path("field").asText());
        assertEquals(r.body().toString(), fields, String.join(",", named));
    }

    private Http fresh(Caller c) {
        return c.name().equals("viewer") ? anonymous.as("viewer", "look-but-no-touch") : anonymous.as(c.name());
    }

    /** @return 0 when the rule allows the call, else the status the rule demands */
    static int expect(String rule, Caller c, String target, boolean inScope) {
        if (rule.equals("PUBLIC")) return 0;
        if (c.role() == null) return 401;
        if (rule.equals("SIGNED_IN") || c.role().equals("admin")) return 0;
        if (rule.equals("ADMIN")) return 403;
        if (!inScope) return 404;
        return switch (rule) {
            case "READ" -> 0;
            case "COMMENT" -> c.role().equals("viewer") ? 403 : 0;
            case "EDIT" -> target.equals(c.own()) && List.of("sea-staff", "lea-leader", "school-leader").contains(c.role()) ? 0 : 403;
            // its own leaders, and the state over it (each changed field is then checked: see organizationFields...)
            case "GOVERN" -> target.equals(c.own()) && List.of("sea-staff", "lea-leader", "school-leader").contains(c.role())
                    || c.role().equals("sea-staff") ? 0 : 403;
            case "AUDIT" -> c.role().equals("sea-staff") ? 0 : 403;
            default -> 403;
        };
    }

    private Http.Reply send(Http http, OpenApiRequests api, OpenApiRequests.Op op, String org, String adminId) {
        String path = op.path();
        if (path.startsWith("/planning/") && (path.contains("{id}") || path.contains("{elementId}"))) {
            // an allowed DELETE removes its target: each DELETE gets a fresh plan, so later callers still find theirs
            path = (op.method().equals("DELETE") ? new PlanningFixture(admin, org) : planFixtures.get(org)).fill(path);
        }
        else if (path.startsWith("/needs-assessment/") && path.contains("{id}")) {
            // a DELETE that is allowed removes its target: each DELETE gets a fresh one, so later callers still find theirs
            NeedsAssessmentFixture f = op.method().equals("DELETE") ? new NeedsAssessmentFixture(admin, org, "2030-31") : assessments.get(org);
            path = f.fill(path);
        }
        else if (path.startsWith("/monitoring/")) path = monitoring.get(org).fill(path, op.method().equals("DELETE"));
        else if (path.startsWith("/self-assessment/") && path.contains("{id}")) {
            path = path.replace("{id}", selfAssessment.get(org).get(path.startsWith("/self-assessment/process-assessments/") ? "process" : "reflection"))
                    .replace("{elementCode}", "1a1");
        }
        else if (path.startsWith("/coaching/")) path = path.replace("{id}", comments.get(org));
        else if (path.startsWith("/users/")) path = path.replace("{id}", adminId);
        else if (path.startsWith("/admin/modules/")) path = path.replace("{id}", "no-such-module");
        else if (path.startsWith("/frameworks/")) path = path.replace("{id}", "four-domains").replace("{otherId}", "four-domains");
        else path = path.replace("{id}", org);
        List<String> query = new ArrayList<>();
        for (String q : op.queryParams()) {
            if (q.equals("orgId")) query.add("orgId=" + org);
            if (q.equals("planId") && path.startsWith("/monitoring/")) query.add("planId=" + monitoring.get(org).ids.get("plan"));
        }
        if (!query.isEmpty()) path += "?" + String.join("&", query);
        JsonNode sample = op.hasBody() ? api.sample(op.bodySchema(), org, 0) : null;
        if (sample != null && op.path().startsWith("/monitoring/")) monitoring.get(org).fill(sample);
        // an ESSA status is the state's to give (see organizationFieldsFollowTheRolesTable): the sample gives none
        if (op.key().equals("POST /orgs")) ((com.fasterxml.jackson.databind.node.ObjectNode) sample).put("essaStatus", "NONE");
        byte[] body = sample != null ? sample.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (op.key().equals("PUT /orgs/{id}")) {
            // the record unchanged, with a stale version: whoever may change it gets 412, anyone else 403
            com.fasterxml.jackson.databind.node.ObjectNode current = (com.fasterxml.jackson.databind.node.ObjectNode) admin.get("/orgs/" + org).body();
            body = current.put("version", 999999).toString().getBytes(StandardCharsets.UTF_8);
        }
        // who closes is then decided by the organization above (see BraidIT): a body without "closed" shows the gate alone (400)
        if (op.key().equals("PUT /orgs/{id}/closure")) body = "{}".getBytes(StandardCharsets.UTF_8);
        if (op.key().equals("POST /session")) body = "{\"username\":\"nobody-at-all\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        return http.raw(op.method(), path, op.hasBody() ? op.bodyType() : null, body);
    }
}
