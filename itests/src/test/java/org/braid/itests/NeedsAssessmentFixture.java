package org.braid.itests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A needs assessment with one part of each kind, for tests that need real ids in needs-assessment paths. */
final class NeedsAssessmentFixture {
    /** The id of the assessment and of one part per path segment ({@code trends}, {@code swot}, ...). */
    final Map<String, String> ids = new HashMap<>();

    NeedsAssessmentFixture(Http admin, String orgId, String schoolYear) {
        String na = "/needs-assessment/assessments";
        Http.Reply a = admin.post(na, Http.obj("orgId", orgId, "schoolYear", schoolYear, "scope", "COMPREHENSIVE"));
        if (a.status() != 201) throw new AssertionError("fixture assessment: " + a.status() + " " + a.body());
        String id = a.text("id");
        ids.put("assessments", id);
        String under = na + "/" + id + "/";
        add(admin, under, "data-reviews", Http.obj("element", "other", "notes", "fixture"));
        add(admin, under, "trends", Http.obj("statement", "fixture", "kind", "PROMISING",
                "data", List.of(Http.obj("year", "2024-25", "value", 1), Http.obj("year", "2025-26", "value", 2))));
        add(admin, under, "swot", Http.obj("kind", "STRENGTH", "text", "fixture"));
        add(admin, under, "why-chains", Http.obj("problem", "fixture", "whys", List.of("because")));
        add(admin, under, "fishbones", Http.obj("problem", "fixture", "categories", List.of(Http.obj("name", "Staff", "causes", List.of("a")))));
        add(admin, under, "root-causes", Http.obj("text", "fixture"));
        add(admin, under, "priority-areas", Http.obj("title", "fixture"));
    }

    private void add(Http admin, String under, String segment, Object body) {
        Http.Reply r = admin.post(under + segment, body);
        if (r.status() != 201) throw new AssertionError("fixture " + segment + ": " + r.status() + " " + r.body());
        ids.put(segment, r.text("id"));
    }

    /** @return the path with {id} filled from this fixture, or {@code null} when it is not a needs-assessment path with an id */
    String fill(String path) {
        if (!path.startsWith("/needs-assessment/") || !path.contains("{id}")) return null;
        String segment = path.split("/")[2];
        return path.replace("{id}", ids.get(segment)).replace("{table}", "trends");
    }
}
