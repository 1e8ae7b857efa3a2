package org.braid.itests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A past year's plan with a strategy, a measure, a milestone, an action and a status report, for tests that need real ids in monitoring calls. */
final class MonitoringFixture {
    final Map<String, String> ids = new HashMap<>();
    private final Http admin;
    private final String orgId;

    MonitoringFixture(Http admin, String orgId) {
        this.admin = admin;
        this.orgId = orgId;
        ids.put("plan", add("/planning/plans", Http.obj("orgId", orgId, "schoolYear", "2024-25")));
        String area = add("/planning/plans/" + ids.get("plan") + "/priority-areas", Http.obj("title", "fixture"));
        ids.put("strategy", add("/planning/priority-areas/" + area + "/strategies", Http.obj("if", "we act", "then", "teachers change",
                "and", "students grow", "codes", List.of("3C"), "startYear", "2024-25", "endYear", "2025-26")));
        ids.put("measure", add("/planning/strategies/" + ids.get("strategy") + "/measures", Http.obj("indicator", "fixture", "dataSource", "fixture",
                "baseline", 26, "targets", Map.of("2024-25", 50, "2025-26", 90))));
        ids.put("milestone", add("/planning/strategies/" + ids.get("strategy") + "/milestones", Http.obj("description", "fixture",
                "dueDate", "2025-05-31")));
        ids.put("action", add("/planning/milestones/" + ids.get("milestone") + "/actions", Http.obj("description", "fixture",
                "startDate", "2024-08-01", "dueDate", "2025-05-31")));
        ids.put("report", report());
        ids.put("support", support());
        ids.put("assignment", add("/monitoring/support-assignments", Http.obj("supportId", ids.get("support"), "orgId", orgId,
                "elementIds", List.of(ids.get("milestone")), "startDate", "2024-11-01")));
    }

    /** @return a new support offered by the fixture's organization */
    String support() {
        return add("/monitoring/supports", Http.obj("title", "fixture", "providerOrgId", orgId, "format", "COACHING", "practiceCodes", List.of("3C")));
    }

    /** @return a new status report on the fixture's action */
    String report() {
        return add("/monitoring/status-reports", Http.obj("elementId", ids.get("action"), "period", "2024-10", "status", "ON_TRACK"));
    }

    private String add(String path, Object body) {
        Http.Reply r = admin.post(path, body);
        if (r.status() != 201) throw new AssertionError("fixture " + path + ": " + r.status() + " " + r.body());
        return r.text("id");
    }

    /** @return the path with {planId} and {id} (a status report, support or assignment; a fresh one for a DELETE) filled */
    String fill(String path, boolean delete) {
        if (path.startsWith("/monitoring/orgs/")) return path.replace("{id}", orgId);
        String id = path.startsWith("/monitoring/supports/") ? (delete ? support() : ids.get("support"))
                : path.startsWith("/monitoring/support-assignments/") ? ids.get("assignment") : delete ? report() : ids.get("report");
        return path.replace("{planId}", ids.get("plan")).replace("{id}", id);
    }

    /** Points the ids of a sampled body at this fixture's records. */
    void fill(JsonNode body) {
        if (!(body instanceof ObjectNode o)) return;
        if (o.has("planId")) o.put("planId", ids.get("plan"));
        if (o.has("elementId")) o.put("elementId", ids.get(o.has("reports") ? "action" : o.has("kind") ? "milestone" : "action"));
        if (o.has("measureId")) o.put("measureId", ids.get("measure"));
        if (o.has("strategyIds")) o.set("strategyIds", Http.JSON.valueToTree(List.of(ids.get("strategy"))));
        if (o.has("providerOrgId")) o.put("providerOrgId", orgId);
        if (o.has("supportId")) o.put("supportId", ids.get("support"));
        if (o.has("elementIds")) o.set("elementIds", Http.JSON.valueToTree(List.of(ids.get("milestone"))));
    }
}
