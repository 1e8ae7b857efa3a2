package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * What only a real process shows: data and module choices survive a restart, and an export loads
 * into another, empty Braid (a second process from the same installation, running beside the first with its own
 * BRAID_DATA) and exports again unchanged.
 */
class LifecycleIT {

    @Test
    void dataAndModuleChoicesSurviveARestartAndAnExportMovesToAnotherBraid() throws Exception {
        Path dataA = Path.of("target", "data-a-" + System.nanoTime());
        try (BraidProcess a = new BraidProcess("a", 18291, dataA); BraidProcess b = a.sameInstallation("b", 18292, Path.of("target", "data-b-" + System.nanoTime()))) {
            a.start(true);
            Http http = a.http.as("admin");
            String district = http.orgId("District A");
            String school = http.post("/orgs", Http.obj("type", "SCHOOL", "name", "School D", "parentId", district, "ncesId", "990000100004")).text("id");
            assertNotNull(school);
            assertEquals(201, http.post("/planning/plans", Http.obj("orgId", school, "schoolYear", "2026-27")).status());
            assertEquals(200, http.put("/admin/modules/monitoring", Http.obj("enabled", false), null).status());

            a.stop();
            a.start(true);
            http = a.http.as("admin");
            assertEquals("School D", http.get("/orgs/" + school).text("name"));
            assertEquals(1, http.get("/planning/plans?orgId=" + school).body().path("total").asInt());
            assertEquals("DISABLED", module(http, "monitoring").path("state").asText());
            assertEquals(404, http.get("/monitoring/calendar").status());
            assertEquals(1, http.get("/orgs?q=District%20A").body().path("total").asInt(), "the demo state is loaded once, not again on restart");
            assertEquals(200, http.put("/admin/modules/monitoring", Http.obj("enabled", true), null).status());

            String sea = http.orgId("Demo State Department of Education");
            JsonNode first = http.get("/orgs/" + sea + "/export").body();

            b.start(false); // while a runs, from a's installation: Karaf's own data is under each BRAID_DATA
            assertEquals(200, a.http.get("/health").status(), "the first Braid keeps serving");
            Http httpB = b.http.as("admin", BraidProcess.ADMIN_PASSWORD);
            assertEquals(0, httpB.get("/orgs").body().path("total").asInt(), "BRAID_DEMO=false starts empty");
            Http.Reply imported = httpB.post("/import", first);
            assertEquals(201, imported.status(), imported.body().toString());
            assertEquals(6, imported.body().path("imported").asInt());
            JsonNode second = httpB.get("/orgs/" + sea + "/export").body();
            assertNotEquals("", second.path("exportedAt").asText());
            ((ObjectNode) first).remove("exportedAt");
            ((ObjectNode) second).remove("exportedAt");
            assertEquals(first, second);
            assertEquals(409, httpB.post("/import", first).status());
        }
    }

    static JsonNode module(Http http, String id) {
        for (JsonNode m : http.get("/health").body().path("modules")) if (m.path("id").asText().equals(id)) return m;
        throw new AssertionError("no module " + id);
    }
}
