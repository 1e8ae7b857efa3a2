package org.braid.itests;

import static org.junit.Assert.*;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every operation of the OpenAPI document x every role x an organization in and out of the role's
 * scope, against the rules declared below. A new operation without a rule here fails the test, and so
 * does an operation whose declared access changed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuthorizationMatrixIT {
    static final int PORT = 18183;

    /** The expected access rule of every operation. */
    static final Map<String, String> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /health", "PUBLIC"),
            Map.entry("POST /session", "PUBLIC"),
            Map.entry("GET /session", "PUBLIC"),
            Map.entry("DELETE /session", "PUBLIC"),
            Map.entry("GET /openapi.json", "SIGNED_IN"),
            Map.entry("GET /orgs", "SIGNED_IN"),
            Map.entry("POST /orgs", "EDIT"),
            Map.entry("GET /orgs/{id}", "READ"),
            Map.entry("PUT /orgs/{id}", "EDIT"),
            Map.entry("GET /orgs/{id}/children", "READ"),
            Map.entry("GET /orgs/{id}/direction", "READ"),
            Map.entry("PUT /orgs/{id}/direction", "EDIT"),
            Map.entry("GET /orgs/{id}/export", "READ"),
            Map.entry("POST /import", "ADMIN"),
            Map.entry("GET /frameworks", "SIGNED_IN"),
            Map.entry("GET /frameworks/{id}", "SIGNED_IN"),
            Map.entry("GET /admin/modules", "ADMIN"),
            Map.entry("GET /admin/modules/{id}", "ADMIN"),
            Map.entry("PUT /admin/modules/{id}", "ADMIN"),
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
            Map.entry("GET /planning/plans/{id}/pdf", "READ"),
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
            Map.entry("GET /self-assessment/instruments", "SIGNED_IN")));

    @Configuration
    public Option[] config() {
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl("file:" + new File(System.getProperty("braid.distribution")).getAbsolutePath())
                .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(PORT)),
        };
    }

    /** A caller: who, their organization, and an organization in and one out of their scope. */
    record Caller(String name, Http http, String role, String own, String inScope, String outOfScope) {}

    final Http anonymous = new Http(PORT);
    final Map<String, String> plans = new LinkedHashMap<>();
    final Map<String, NeedsAssessmentFixture> assessments = new LinkedHashMap<>();
    final Map<String, PlanningFixture> planFixtures = new LinkedHashMap<>();
    final Map<String, MonitoringFixture> monitoring = new LinkedHashMap<>();
    Http admin;

    @Test
    public void everyOperationTimesEveryRoleTimesScopeMatchesItsDeclaredRule() throws Exception {
        anonymous.await("/session", x -> x.status() == 401, Duration.ofSeconds(60));
        admin = anonymous.as("admin");
        String sea = AccessIT.id(admin, "Demo State Department of Education"), district = AccessIT.id(admin, "District A");
        String schoolA = AccessIT.id(admin, "School A"), schoolB = AccessIT.id(admin, "School B");
        String otherSea = admin.post("/orgs", Http.obj("type", "SEA", "name", "Other State")).text("id");
        String otherLea = admin.post("/orgs", Http.obj("type", "LEA", "name", "District B", "parentId", sea)).text("id");
        assertEquals(201, admin.post("/users", Http.obj("username", "viewer", "password", "look-but-no-touch", "orgId", district,
                "roles", List.of("viewer"))).status());
        for (String org : List.of(sea, district, schoolA, schoolB, otherSea, otherLea)) {
            plans.put(org, admin.post("/planning/plans", Http.obj("orgId", org, "schoolYear", "2030-31")).text("id"));
            assessments.put(org, new NeedsAssessmentFixture(admin, org, "2030-31"));
            planFixtures.put(org, new PlanningFixture(admin, org));
            monitoring.put(org, new MonitoringFixture(admin, org));
        }
        String adminId = admin.get("/session").text("userId");

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
                    Http.Reply r = send(http, api, op, target, adminId);
                    cases++;
                    String where = op.key() + " as " + c.name() + " on " + (in ? "in" : "out-of") + "-scope org: ";
                    if (r.status() >= 500) problems.add(where + r.status() + " " + r.body());
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
            case "AUDIT" -> c.role().equals("sea-staff") ? 0 : 403;
            default -> 403;
        };
    }

    private Http.Reply send(Http http, OpenApiRequests api, OpenApiRequests.Op op, String org, String adminId) {
        String path = op.path();
        if (path.startsWith("/planning/") && path.contains("{id}")) {
            // an allowed DELETE removes its target: each DELETE gets a fresh plan, so later callers still find theirs
            path = (op.method().equals("DELETE") ? new PlanningFixture(admin, org) : planFixtures.get(org)).fill(path);
        }
        else if (path.startsWith("/needs-assessment/") && path.contains("{id}")) {
            // a DELETE that is allowed removes its target: each DELETE gets a fresh one, so later callers still find theirs
            NeedsAssessmentFixture f = op.method().equals("DELETE") ? new NeedsAssessmentFixture(admin, org, "2030-31") : assessments.get(org);
            path = f.fill(path);
        }
        else if (path.startsWith("/monitoring/")) path = monitoring.get(org).fill(path, op.method().equals("DELETE"));
        else if (path.startsWith("/users/")) path = path.replace("{id}", adminId);
        else if (path.startsWith("/admin/modules/")) path = path.replace("{id}", "no-such-module");
        else if (path.startsWith("/frameworks/")) path = path.replace("{id}", "four-domains");
        else path = path.replace("{id}", org);
        List<String> query = new ArrayList<>();
        for (String q : op.queryParams()) {
            if (q.equals("orgId")) query.add("orgId=" + org);
            if (q.equals("planId") && path.startsWith("/monitoring/")) query.add("planId=" + monitoring.get(org).ids.get("plan"));
        }
        if (!query.isEmpty()) path += "?" + String.join("&", query);
        JsonNode sample = op.hasBody() ? api.sample(op.bodySchema(), org, 0) : null;
        if (sample != null && op.path().startsWith("/monitoring/")) monitoring.get(org).fill(sample);
        byte[] body = sample != null ? sample.toString().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (op.key().equals("POST /session")) body = "{\"username\":\"nobody-at-all\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        return http.raw(op.method(), path, op.hasBody() ? "application/json" : null, body);
    }
}
