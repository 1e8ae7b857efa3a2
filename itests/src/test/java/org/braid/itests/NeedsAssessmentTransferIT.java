package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Needs assessments move with an export into another, empty Braid (started without the demo) and
 * export from there unchanged.
 */
class NeedsAssessmentTransferIT {

    @Test
    void anExportCarriesTheNeedsAssessmentsIntoAnotherBraid() throws Exception {
        try (BraidProcess a = new BraidProcess("na-a", 18482, Path.of("target", "na-data-a-" + System.nanoTime()));
                BraidProcess b = new BraidProcess("na-b", 18483, Path.of("target", "na-data-b-" + System.nanoTime()))) {
            a.start(true);
            Http http = a.http.as("admin");
            String sea = http.orgId("Demo State Department of Education"), district = http.orgId("District A");
            // the demo loader runs beside the platform's first start: wait for it
            Http.Reply demo = http.await("/needs-assessment/assessments?orgId=" + district, r -> r.status() == 200 && r.body().path("total").asInt() > 0,
                    java.time.Duration.ofSeconds(60));
            assertEquals(1, demo.body().path("total").asInt(), "District A's demo needs assessment");
            String id = http.post("/needs-assessment/assessments", Http.obj("orgId", district, "schoolYear", "2027-28", "scope", "COMPREHENSIVE")).text("id");
            String cause = http.post("/needs-assessment/assessments/" + id + "/root-causes", Http.obj("text", "Walkthrough feedback stops after week two",
                    "controllable", true, "systemic", true, "level", "DISTRICT")).text("id");
            assertEquals(201, http.post("/needs-assessment/assessments/" + id + "/priority-areas", Http.obj("title", "Coaching after training",
                    "rootCauseIds", List.of(cause))).status());
            JsonNode first = http.get("/orgs/" + sea + "/export").body();
            assertEquals(3, first.path("sections").path("needs-assessment").path("assessments").size(), "District A twice and School A");

            b.start(false);
            Http httpB = b.http.as("admin", BraidProcess.ADMIN_PASSWORD);
            Http.Reply imported = httpB.post("/import", first);
            assertEquals(201, imported.status(), imported.body().toString());
            JsonNode second = httpB.get("/orgs/" + sea + "/export").body();
            ((ObjectNode) first).remove("exportedAt");
            ((ObjectNode) second).remove("exportedAt");
            assertEquals(first.path("sections").path("needs-assessment"), second.path("sections").path("needs-assessment"));
            assertEquals(first, second);
            JsonNode moved = httpB.get("/needs-assessment/assessments/" + id).body();
            assertEquals("Coaching after training", moved.path("priorityAreas").get(0).path("title").asText());
            assertEquals(cause, moved.path("priorityAreas").get(0).path("rootCauseIds").get(0).asText());
        }
    }
}
