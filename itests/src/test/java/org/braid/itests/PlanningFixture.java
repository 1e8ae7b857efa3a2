package org.braid.itests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A plan with one element of each kind (priority area > strategy > measure, milestone > action), for tests that need real ids in planning paths. */
final class PlanningFixture {
    /** Plans are one per organization and school year: each fixture takes a year of its own. */
    private static final AtomicInteger YEAR = new AtomicInteger(2040);

    /** The id of the plan and of one element per path segment ({@code strategies}, {@code actions}, ...). */
    final Map<String, String> ids = new HashMap<>();

    PlanningFixture(Http admin, String orgId) {
        int y = YEAR.getAndIncrement();
        String year = y + "-" + String.format("%02d", (y + 1) % 100);
        String next = (y + 1) + "-" + String.format("%02d", (y + 2) % 100);
        ids.put("plans", add(admin, "/planning/plans", Http.obj("orgId", orgId, "schoolYear", year)));
        ids.put("priority-areas", add(admin, "/planning/plans/" + ids.get("plans") + "/priority-areas", Http.obj("title", "fixture")));
        ids.put("strategies", add(admin, "/planning/priority-areas/" + ids.get("priority-areas") + "/strategies", Http.obj("if", "we act",
                "then", "teachers change", "and", "students grow", "codes", List.of("3C"), "startYear", year, "endYear", next)));
        ids.put("measures", add(admin, "/planning/strategies/" + ids.get("strategies") + "/measures", Http.obj("indicator", "fixture",
                "dataSource", "fixture", "baseline", 26, "targets", Map.of(year, 50, next, 90))));
        ids.put("milestones", add(admin, "/planning/strategies/" + ids.get("strategies") + "/milestones", Http.obj("description", "fixture")));
        ids.put("actions", add(admin, "/planning/milestones/" + ids.get("milestones") + "/actions", Http.obj("description", "fixture")));
        ids.put("candidates", add(admin, "/planning/plans/" + ids.get("plans") + "/candidates", Http.obj("title", "fixture")));
        ids.put("retirements", add(admin, "/planning/plans/" + ids.get("plans") + "/retirements", Http.obj("initiative", "fixture")));
    }

    private static String add(Http admin, String path, Object body) {
        Http.Reply r = admin.post(path, body);
        if (r.status() != 201) throw new AssertionError("fixture " + path + ": " + r.status() + " " + r.body());
        return r.text("id");
    }

    /** @return the path with {id} filled from this fixture, and plan versions as the current one */
    String fill(String path) {
        if (path.startsWith("/planning/elements/")) return path.replace("{elementId}", ids.get("strategies")).replace("{extensionId}", "no-such-pack");
        return path.replace("{id}", ids.get(path.split("/")[2])).replace("{templateId}", "title-i-schoolwide").replace("{n}", "current").replace("{a}", "current").replace("{b}", "current");
    }
}
