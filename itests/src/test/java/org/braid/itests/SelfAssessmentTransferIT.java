package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * District A's demo self-reflection and process self-assessment move with an export into another, empty Braid
 * (started without the demo), show the same results there and export unchanged; the export carries tallies, never a
 * member's rating or evidence.
 */
class SelfAssessmentTransferIT {

    @Test
    void anExportCarriesTheSelfAssessmentsIntoAnotherBraid() throws Exception {
        try (BraidProcess a = new BraidProcess("sa-a", 18682, Path.of("target", "sa-data-a-" + System.nanoTime()));
                BraidProcess b = new BraidProcess("sa-b", 18683, Path.of("target", "sa-data-b-" + System.nanoTime()))) {
            a.start(true);
            Http http = a.http.as("admin");
            String sea = http.orgId("Demo State Department of Education"), district = http.orgId("District A");
            Http.Reply demo = http.await("/self-assessment/reflections?orgId=" + district, r -> r.status() == 200 && r.body().path("total").asInt() > 0,
                    Duration.ofSeconds(60));
            assertEquals(1, demo.body().path("total").asInt(), "District A's demo self-reflection");
            JsonNode results = demo.body().path("items").get(0);
            Http member = a.http.as("district-a-2");
            assertEquals(403, member.put("/self-assessment/reflections/" + results.path("id").asText() + "/consensus/4c3", Http.obj("level", 2), null).status(),
                    "only the lead records a consensus");
            Http lead = a.http.as("district-a");
            Http.Reply rated = lead.get("/self-assessment/reflections/" + results.path("id").asText() + "/my-ratings");
            assertEquals(37, rated.body().path("total").asInt());
            JsonNode first = http.get("/orgs/" + sea + "/export").body();
            JsonNode section = first.path("sections").path("self-assessment");
            assertEquals(1, section.path("reflections").size());
            assertEquals(1, section.path("processAssessments").size());
            assertFalse(section.toString().contains("\"rater\""), "no rater in an export");
            assertTrue(section.path("reflections").get(0).has("tallies"), "tallies, not ratings");

            b.start(false);
            Http httpB = b.http.as("admin", BraidProcess.ADMIN_PASSWORD);
            Http.Reply imported = httpB.post("/import", first);
            assertEquals(201, imported.status(), imported.body().toString());
            JsonNode second = httpB.get("/orgs/" + sea + "/export").body();
            ((ObjectNode) first).remove("exportedAt");
            ((ObjectNode) second).remove("exportedAt");
            assertEquals(first.path("sections").path("self-assessment"), second.path("sections").path("self-assessment"));
            assertEquals(first, second);
            JsonNode moved = httpB.get("/self-assessment/reflections/" + results.path("id").asText()).body();
            // the team's names are the other Braid's users, and the record there starts at its first version
            for (String field : new String[] {"team", "version"}) {
                ((ObjectNode) moved).remove(field);
                ((ObjectNode) results).remove(field);
            }
            assertEquals(results, moved, "the same tallies, flags and consensus");
        }
    }
}
