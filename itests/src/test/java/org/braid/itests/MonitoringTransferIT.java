package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The demo's status reports, reviews, adjustment and walkthrough move with an export into another, empty Braid
 * (started without the demo), export from there unchanged, and give the state the same roll-up there.
 */
class MonitoringTransferIT {

    @Test
    void anExportCarriesTheMonitoringDataAndTheRollupIntoAnotherBraid() throws Exception {
        try (BraidProcess a = new BraidProcess("mon-a", 18582, Path.of("target", "mon-data-a-" + System.nanoTime()));
                BraidProcess b = new BraidProcess("mon-b", 18583, Path.of("target", "mon-data-b-" + System.nanoTime()))) {
            a.start(true);
            Http http = a.http.as("admin");
            String sea = http.orgId("Demo State Department of Education");
            // the demo's monitoring loads once the demo plans are there: wait for its walkthrough
            Http.Reply demo = http.await("/monitoring/walkthroughs?orgId=" + sea, r -> r.status() == 200 && r.body().path("total").asInt() > 0,
                    Duration.ofSeconds(120));
            assertEquals(1, demo.body().path("total").asInt(), demo.body().toString());
            JsonNode rollup = http.get("/monitoring/rollup?orgId=" + sea + "&by=practice&schoolYear=2025-26").body();
            JsonNode first = http.get("/orgs/" + sea + "/export").body();
            JsonNode section = first.path("sections").path("monitoring");
            assertTrue(section.path("statusReports").size() > 50, "months of demo reports");
            for (String part : new String[] {"reviews", "adjustments", "walkthroughs"}) assertTrue(section.path(part).size() > 0, part);

            b.start(false);
            Http httpB = b.http.as("admin", BraidProcess.ADMIN_PASSWORD);
            // a document whose reports repeat an id is refused whole: the field is named and not even its organizations stay
            ObjectNode repeated = first.deepCopy();
            ArrayNode reports = (ArrayNode) repeated.path("sections").path("monitoring").path("statusReports");
            ((ObjectNode) reports.get(7)).put("id", reports.get(3).path("id").asText());
            Http.Reply refused = httpB.post("/import", repeated);
            assertEquals(400, refused.status(), refused.body().toString());
            assertEquals("sections.monitoring.statusReports[7].id", refused.body().path("details").get(0).path("field").asText(), refused.body().toString());
            assertEquals(404, httpB.get("/orgs/" + sea).status(), "nothing of the refused document was written");
            // an imported report keeps to the rules of one filed through the API
            ObjectNode tooLong = first.deepCopy();
            ((ObjectNode) tooLong.path("sections").path("monitoring").path("statusReports").get(2)).put("note", "n".repeat(4001));
            Http.Reply longNote = httpB.post("/import", tooLong);
            assertEquals(400, longNote.status(), longNote.body().toString());
            assertEquals("sections.monitoring.statusReports[2].note", longNote.body().path("details").get(0).path("field").asText(), longNote.body().toString());

            Http.Reply imported = httpB.post("/import", first);
            assertEquals(201, imported.status(), imported.body().toString());
            JsonNode second = httpB.get("/orgs/" + sea + "/export").body();
            ((ObjectNode) first).remove("exportedAt");
            ((ObjectNode) second).remove("exportedAt");
            assertEquals(first.path("sections").path("monitoring"), second.path("sections").path("monitoring"));
            assertEquals(first, second);
            JsonNode rollupB = httpB.get("/monitoring/rollup?orgId=" + sea + "&by=practice&schoolYear=2025-26").body();
            assertEquals(rollup.path("cells"), rollupB.path("cells"));
        }
    }
}
