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

    MonitoringFixture(Http admin, String orgId) {
        this.admin = admin;
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

    /** @return the path with {planId} and {id} (a status report; a fresh one for a DELETE) filled */
    String fill(String path, boolean delete) {
        return path.replace("{planId}", ids.get("plan")).replace("{id}", delete ? report() : ids.get("report"));
    }

    /** Points the ids of a sampled body at this fixture's records. */
    void fill(JsonNode body) {
        if (!(body instanceof ObjectNode o)) return;
        if (o.has("planId")) o.put("planId", ids.get("plan"));
        if (o.has("elementId")) o.put("elementId", ids.get(o.has("reports") ? "action" : o.has("kind") ? "milestone" : "action"));
        if (o.has("measureId")) o.put("measureId", ids.get("measure"));
        if (o.has("strategyIds")) o.set("strategyIds", Http.JSON.valueToTree(List.of(ids.get("strategy"))));
    }
}
