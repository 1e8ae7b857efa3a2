package org.braid.itests;

import static org.junit.Assert.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots the assembled distribution (with its demo state) in Pax Exam and checks the REST contract
 * over HTTP: health, the network, direction, frameworks, bad input, concurrency and module switches.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BraidIT extends BraidTestSupport {
    static final int PORT = 18181;

    public BraidIT() {
        super(PORT);
    }
    Http http;

    @Inject
    BundleContext context;


    Http.Reply ready() throws InterruptedException {
        Http.Reply r = anonymous.await("/health", x -> x.status() == 200 && x.body().path("modules").size() == 5
                && allActive(x.body()), Duration.ofSeconds(60));
        assertNotNull("Braid did not answer", r);
        if (http == null) http = signedIn("admin");
        return r;
    }

    static boolean allActive(JsonNode health) {
        for (JsonNode m : health.path("modules")) if (!m.path("state").asText().equals("ACTIVE")) return false;
        return true;
    }

    String orgId(String name) throws InterruptedException {
        ready();
        return http.orgId(name);
    }

    @Test
    public void healthListsTheFiveModules() throws Exception {
        JsonNode h = ready().body();
        assertEquals("UP", h.path("status").asText());
        assertEquals(TestStore.name(), h.path("store").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode m : h.path("modules")) {
            ids.add(m.path("id").asText());
            assertFalse(m.path("name").asText().isEmpty());
            assertFalse(m.path("version").asText().isEmpty());
        }
        assertEquals(List.of("coaching", "monitoring", "needs-assessment", "planning", "self-assessment"), ids);
    }

    @Test
    public void healthIsUpOnlyWhenEveryModuleTurnedOnIsActive() throws Exception {
        ready();
        Bundle monitoring = java.util.Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("org.braid.monitoring"))
                .findFirst().orElseThrow();
        monitoring.stop(Bundle.STOP_TRANSIENT); // on, but not running: as while it starts
        try {
            Http.Reply h = anonymous.await("/health", x -> x.text("status").equals("STARTING"), Duration.ofSeconds(5));
            assertEquals(h.body().toString(), "STARTING", h.text("status"));
            JsonNode m = null;
            for (JsonNode x : h.body().path("modules")) if (x.path("id").asText().equals("monitoring")) m = x;
            assertNotEquals("ACTIVE", m.path("state").asText());
            assertTrue(m.path("enabled").asBoolean());
        } finally {
            monitoring.start(Bundle.START_TRANSIENT);
        }
        assertEquals("UP", anonymous.await("/health", x -> x.text("status").equals("UP"), Duration.ofSeconds(10)).text("status"));

        // a module turned off does not hold health back
        assertEquals(200, http.put("/admin/modules/self-assessment", Http.obj("enabled", false), null).status());
        try {
            assertEquals("UP", anonymous.await("/health", x -> x.text("status").equals("UP"), Duration.ofSeconds(5)).text("status"));
        } finally {
            assertEquals(200, http.put("/admin/modules/self-assessment", Http.obj("enabled", true), null).status());
        }
    }

    @Test
    public void theDemoStateIsANetworkWithDirection() throws Exception {
        String district = orgId("District A");
        JsonNode schools = http.get("/orgs/" + district + "/children").body().path("items");
        List<String> names = new ArrayList<>();
        schools.forEach(s -> names.add(s.path("name").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("School A", "School B", "School C")));
        Http.Reply d = http.get("/orgs/" + district + "/direction");
        assertEquals(200, d.status());
        assertNotNull(d.etag());
        JsonNode measure = d.body().path("goals").path(0).path("measures").path(0);
        assertEquals("64%", measure.path("baseline").asText());
        assertTrue(measure.path("targets").size() >= 2);
    }

    @Test
    public void theFourDomainsHaveTwelvePractices() throws Exception {
        ready();
        JsonNode fw = http.get("/frameworks/four-domains").body();
        List<String> codes = new ArrayList<>();
        fw.path("domains").forEach(d -> d.path("practices").forEach(p -> codes.add(p.path("code").asText())));
        assertEquals(List.of("1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C"), codes);
        assertEquals("Engage students and families in pursuing educational goals",
                fw.path("domains").path(3).path("practices").path(2).path("name").asText());
        JsonNode installed = http.get("/frameworks").body().path("items");
        assertEquals("four-domains", installed.path(0).path("id").asText());
        assertTrue("the framework in force, as the pages read it", installed.path(0).path("active").asBoolean());
    }

    @Test
    public void eachModuleServesItsOwnResource() throws Exception {
        ready();
        assertTrue(http.get("/needs-assessment/data-elements").body().path("elements").size() > 5);
        assertTrue(http.get("/planning/template").body().path("sections").size() > 3);
        assertEquals(12 + 4 + 2 + 1, http.get("/monitoring/calendar?schoolYear=2026-27").body().path("dates").size());
        assertTrue(http.get("/self-assessment/instruments").body().path("instruments").size() >= 1);
        assertEquals(400, http.get("/monitoring/calendar?schoolYear=2026").status());
    }

    @Test
    public void organizationsAreCreatedReadUpdatedAndKeptInATree() throws Exception {
        ready();
        Http.Reply sea = http.post("/orgs", Http.obj("type", "SEA", "name", "Test State", "ncesId", "98"));
        assertEquals(201, sea.status());
        String seaId = sea.text("id");
        Http.Reply lea = http.post("/orgs", Http.obj("type", "LEA", "name", "Test District", "parentId", seaId, "ncesId", "9800001"));
        assertEquals(201, lea.status());
        String leaId = lea.text("id");
        Http.Reply school = http.post("/orgs", Http.obj("type", "SCHOOL", "name", "Test School", "parentId", leaId, "essaStatus", "TSI"));
        assertEquals(201, school.status());
        assertEquals("TSI", school.text("essaStatus"));

        // the tree is checked: a school under an SEA, an LEA under a school
        Http.Reply wrong = http.post("/orgs", Http.obj("type", "SCHOOL", "name", "Misplaced", "parentId", seaId));
        assertEquals(422, wrong.status());
        assertEquals("parentId", wrong.body().path("details").path(0).path("field").asText());
        assertEquals(422, http.post("/orgs", Http.obj("type", "LEA", "name", "Under a school", "parentId", school.text("id"))).status());

        assertEquals("Test School", http.get("/orgs/" + leaId + "/children").body().path("items").path(0).path("name").asText());
        JsonNode found = http.get("/orgs?type=LEA&q=9800001").body();
        assertEquals(1, found.path("total").asInt());
        assertEquals(leaId, found.path("items").path(0).path("id").asText());
        JsonNode paged = http.get("/orgs?limit=1&offset=1").body();
        assertEquals(1, paged.path("items").size());
        assertTrue(paged.path("total").asInt() >= 5);
        // a list that does not search by name is counted exactly
        assertEquals(http.get("/orgs?limit=1000").body().path("items").size(), paged.path("total").asInt());
        assertTrue(paged.path("totalStopped").isBoolean());
        assertFalse(paged.path("totalStopped").asBoolean());

        // update with If-Match; a second writer with the old ETag gets 412 and changes nothing
        Http.Reply read = http.get("/orgs/" + leaId);
        Http.Reply renamed = http.put("/orgs/" + leaId, Http.obj("type", "LEA", "name", "Renamed District", "parentId", seaId), read.etag());
        assertEquals(200, renamed.status());
        assertNotEquals(read.etag(), renamed.etag());
        Http.Reply stale = http.put("/orgs/" + leaId, Http.obj("type", "LEA", "name", "Lost update", "parentId", seaId), read.etag());
        assertEquals(412, stale.status());
        assertEquals(428, http.put("/orgs/" + leaId, Http.obj("type", "LEA", "name", "No version", "parentId", seaId), null).status());
        assertEquals("Renamed District", http.get("/orgs/" + leaId).text("name"));
    }

    @Test
    public void directionIsSavedWholeAndChecked() throws Exception {
        String school = orgId("School C");
        Http.Reply before = http.get("/orgs/" + school + "/direction");
        JsonNode oneYear = Http.JSON.readTree("{\"mission\":\"m\",\"goals\":[{\"statement\":\"Each student grows\",\"measures\":"
                + "[{\"indicator\":\"Growth\",\"dataSource\":\"State assessment\",\"baseline\":\"18%\",\"targets\":{\"2026-27\":\"30%\"}}]}]}");
        Http.Reply bad = http.put("/orgs/" + school + "/direction", oneYear, before.etag());
        assertEquals(400, bad.status());
        assertEquals("goals[0].measures[0].targets", bad.body().path("details").path(0).path("field").asText());
        assertEquals("nothing was written", before.etag(), http.get("/orgs/" + school + "/direction").etag());

        ((com.fasterxml.jackson.databind.node.ObjectNode) oneYear.path("goals").path(0).path("measures").path(0).path("targets")).put("2027-28", "50%");
        Http.Reply ok = http.put("/orgs/" + school + "/direction", oneYear, before.etag());
        assertEquals(200, ok.status());
        assertEquals("m", http.get("/orgs/" + school + "/direction").text("mission"));
        assertEquals(412, http.put("/orgs/" + school + "/direction", oneYear, before.etag()).status());
    }

    @Test
    public void badInputGetsA4xxThatNamesTheProblem() throws Exception {
        ready();
        String sea = orgId("Demo State Department of Education");
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("malformed JSON", new Object[] {"{\"type\":", 400, "body"});
        cases.put("wrong type", new Object[] {"{\"type\":\"SEA\",\"name\":5}", 400, "name"});
        cases.put("unknown enum", new Object[] {"{\"type\":\"COUNTY\",\"name\":\"x\"}", 400, "type"});
        cases.put("unknown field", new Object[] {"{\"type\":\"SEA\",\"name\":\"x\",\"colour\":\"red\"}", 400, "colour"});
        cases.put("missing name", new Object[] {"{\"type\":\"SEA\"}", 400, "name"});
        cases.put("unknown parent", new Object[] {"{\"type\":\"LEA\",\"name\":\"x\",\"parentId\":\"00000000-0000-4000-8000-000000000000\"}", 422, "parentId"});
        cases.put("malformed parent id", new Object[] {"{\"type\":\"LEA\",\"name\":\"x\",\"parentId\":\"no-such-org\"}", 400, "parentId"});
        cases.put("bad NCES id", new Object[] {"{\"type\":\"LEA\",\"name\":\"x\",\"parentId\":\"" + sea + "\",\"ncesId\":\"12\"}", 400, "ncesId"});
        cases.put("duplicate NCES id", new Object[] {"{\"type\":\"LEA\",\"name\":\"x\",\"parentId\":\"" + sea + "\",\"ncesId\":\"9900001\"}", 409, "ncesId"});
        cases.put("array instead of object", new Object[] {"[1,2]", 400, "body"});
        cases.put("null body", new Object[] {"null", 400, "body"});
        long total = http.get("/orgs").body().path("total").asLong();
        for (var c : cases.entrySet()) {
            Http.Reply r = http.raw("POST", "/orgs", "application/json", ((String) c.getValue()[0]).getBytes(StandardCharsets.UTF_8));
            assertEquals(c.getKey() + ": " + r.body(), c.getValue()[1], r.status());
            assertEquals(c.getKey(), c.getValue()[2], r.body().path("details").path(0).path("field").asText());
            assertFalse(c.getKey(), r.text("error").isEmpty());
        }
        assertEquals("nothing was written", total, http.get("/orgs").body().path("total").asLong());

        assertEquals(415, http.raw("POST", "/orgs", "text/plain", "{}".getBytes()).status());
        Http.Reply lookalike = http.raw("POST", "/orgs", "application/json-x", "{}".getBytes());
        assertEquals("the media type must match exactly", 415, lookalike.status());
        assertEquals("Content-Type", lookalike.body().path("details").path(0).path("field").asText());
        assertEquals("parameters such as charset are fine", 400, http.raw("POST", "/orgs", "application/json; charset=utf-8", "{}".getBytes()).status());
        byte[] huge = ("{\"type\":\"SEA\",\"name\":\"" + "x".repeat(2 << 20) + "\"}").getBytes();
        Http.Reply big = http.raw("POST", "/orgs", "application/json", huge);
        assertEquals(413, big.status());
        assertEquals(404, http.get("/orgs/no-such-org").status());
        assertEquals("application/json;charset=utf-8", http.get("/orgs/no-such-org").contentType().toLowerCase());
        assertEquals(404, http.get("/no/such/path").status());
        assertEquals(405, http.raw("DELETE", "/orgs", null, new byte[0]).status());
        assertEquals("limit", http.get("/orgs?limit=5000").body().path("details").path(0).path("field").asText());
        assertEquals(400, http.get("/orgs?limit=abc").status());
        assertEquals(400, http.get("/orgs?type=COUNTY").status());
        assertEquals(400, http.put("/orgs/" + sea, Http.obj("type", "SEA", "name", "x"), "not-an-etag").status());
    }

    @Test
    public void theOpenApiDocumentListsEveryOperation() throws Exception {
        ready();
        JsonNode paths = http.get("/openapi.json").body().path("paths");
        for (String p : List.of("/orgs", "/orgs/{id}", "/orgs/{id}/children", "/orgs/{id}/direction", "/orgs/{id}/export", "/import",
                "/health", "/frameworks", "/frameworks/{id}", "/admin/modules/{id}", "/planning/plans", "/needs-assessment/data-elements",
                "/monitoring/calendar", "/self-assessment/instruments")) {
            assertTrue(p + " missing", paths.has(p));
        }
        assertEquals("#/components/schemas/Organization",
                paths.path("/orgs").path("post").path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    public void everyOperationHasAnIdASummarySecurityAndASchemaForItsAnswer() throws Exception {
        ready();
        Http.Reply open = anonymous.get("/openapi.json");
        assertEquals("public, as API clients and doc tools expect", 200, open.status());
        JsonNode doc = open.body();
        assertEquals(List.of(), new OpenApiRequests(doc).incomplete());
        assertEquals(0, doc.path("paths").path("/openapi.json").path("get").path("security").size());
        assertEquals("bearer", doc.path("components").path("securitySchemes").path("bearer").path("scheme").asText());
        assertEquals("cookie", doc.path("components").path("securitySchemes").path("session").path("in").asText());
        JsonNode plans = doc.path("paths").path("/planning/plans").path("get").path("responses").path("200").path("content").path("application/json").path("schema");
        assertEquals("#/components/schemas/planning.Plan", plans.path("properties").path("items").path("items").path("$ref").asText());
        // what the answers really are: a list, one record, each as documented
        OpenApiRequests api = new OpenApiRequests(doc);
        for (OpenApiRequests.Op op : api.operations()) {
            if (op.method().equals("GET") && (op.path().equals("/orgs") || op.path().equals("/health") || op.path().equals("/frameworks/{id}"))) {
                assertEquals(List.of(), api.mismatches(op, http.get(op.path().replace("{id}", "four-domains"))));
            }
        }
    }

    @Test
    public void aModuleTurnedOffLeavesTheRestServingAndComesBackWithItsData() throws Exception {
        String school = orgId("School B");
        Http.Reply plan = http.post("/planning/plans", Http.obj("orgId", school, "schoolYear", "2026-27"));
        assertEquals(201, plan.status());
        assertEquals(409, http.post("/planning/plans", Http.obj("orgId", school, "schoolYear", "2026-27")).status());

        Http.Reply off = http.put("/admin/modules/planning", Http.obj("enabled", false), null);
        assertEquals(200, off.status());
        assertFalse(off.body().path("enabled").asBoolean());
        Http.Reply gone = http.await("/planning/plans/" + plan.text("id"), r -> r.status() == 404 || r.status() == 503, Duration.ofSeconds(2));
        assertTrue("planning still answers: " + gone.status(), gone.status() == 404 || gone.status() == 503);
        assertFalse(anonymous.get("/openapi.json").body().path("paths").has("/planning/plans"));
        assertTrue(anonymous.get("/openapi.json").body().path("paths").has("/monitoring/calendar"));
        JsonNode health = http.get("/health").body();
        for (JsonNode m : health.path("modules")) {
            assertEquals(m.path("id").asText(), m.path("id").asText().equals("planning") ? "DISABLED" : "ACTIVE", m.path("state").asText());
        }
        assertEquals(200, http.get("/orgs").status());
        assertEquals(200, http.get("/monitoring/calendar").status());

        assertEquals(200, http.put("/admin/modules/planning", Http.obj("enabled", true), null).status());
        Http.Reply back = http.await("/planning/plans/" + plan.text("id"), r -> r.status() == 200, Duration.ofSeconds(5));
        assertEquals(200, back.status());
        assertEquals("2026-27", back.text("schoolYear"));
        assertEquals(404, http.put("/admin/modules/no-such-module", Http.obj("enabled", false), null).status());
        assertEquals(400, http.put("/admin/modules/planning", Http.obj(), null).status());
    }

    @Test
    public void anImportThatConflictsWritesNothing() throws Exception {
        String district = orgId("District A");
        Http.Reply export = http.get("/orgs/" + district + "/export");
        assertEquals(200, export.status());
        assertEquals(4, export.body().path("sections").path("core").path("organizations").size());
        assertTrue(export.body().path("sections").has("planning"));
        long total = http.get("/orgs").body().path("total").asLong();
        Http.Reply again = http.post("/import", export.body());
        assertEquals(409, again.status());
        assertTrue(again.body().path("details").path(0).path("field").asText().startsWith("sections.core.organizations[0]"));
        assertEquals(total, http.get("/orgs").body().path("total").asLong());
        assertEquals(400, http.post("/import", Http.obj("format", "something-else")).status());
    }

    @Test
    public void aClosedSchoolLeavesTheListsKeepsItsRecordsAndTravelsInTheExport() throws Exception {
        String district = orgId("District A");
        Http.Reply made = http.post("/orgs", Http.obj("type", "SCHOOL", "name", "Closing Elementary", "parentId", district, "essaStatus", "NONE"));
        assertEquals(made.body().toString(), 201, made.status());
        String school = made.text("id");
        Http leader = anonymous.as("district-a");
        assertEquals("a school does not close itself: the district above it or the state does", 403,
                anonymous.as("school-a").put("/orgs/" + orgId("School A") + "/closure", Http.obj("closed", true), null).status());
        assertEquals("a district is closed by the state", 403, leader.put("/orgs/" + district + "/closure", Http.obj("closed", true), null).status());
        Http.Reply open = http.put("/orgs/" + district + "/closure", Http.obj("closed", true), null);
        assertEquals(409, open.status());
        assertEquals("its schools are open", "closed", open.body().path("details").path(0).path("field").asText());
        Http.Reply closed = leader.put("/orgs/" + school + "/closure", Http.obj("closed", true), null);
        assertEquals(closed.body().toString(), 200, closed.status());
        assertTrue(closed.body().path("closed").asBoolean());
        assertEquals("it leaves the lists", 0, http.get("/orgs?q=Closing%20Elementary").body().path("total").asInt());
        assertFalse(http.get("/orgs/" + district + "/children").body().toString().contains(school));
        assertEquals("and is still found by its id", "Closing Elementary", http.get("/orgs/" + school).text("name"));
        assertTrue(http.get("/orgs/" + school + "/closure").body().path("closedAt").asText().startsWith("20"));
        assertEquals("the export keeps it closed", school, http.get("/orgs/" + district + "/export").body().path("sections").path("core")
                .path("closed").path(0).asText());
        assertEquals(400, leader.put("/orgs/" + school + "/closure", Http.obj(), null).status());
        assertEquals(200, leader.put("/orgs/" + school + "/closure", Http.obj("closed", false), null).status());
        assertEquals("open again, listed again", 1, http.get("/orgs?q=Closing%20Elementary").body().path("total").asInt());
    }

    /** A district's export with every module's records is megabytes: the import takes it back, from an administrator only. */
    @Test
    public void anImportDocumentOverAMebibyteIsTakenFromAnAdministrator() throws Exception {
        String sea = orgId("Demo State Department of Education");
        String district = "00000000-0000-4000-8000-0000000b1000", school = "00000000-0000-4000-8000-0000000b1001";
        List<Object> glossary = new ArrayList<>();
        for (int t = 0; t < 500; t++) glossary.add(Http.obj("term", "Term " + t, "definition", ("Definition " + t + " ").repeat(150).substring(0, 1900)));
        var doc = Http.obj("format", "braid-export", "formatVersion", 1, "rootOrgId", district, "sections", Http.obj("core", Http.obj(
                "organizations", List.of(Http.obj("id", district, "type", "LEA", "name", "Large Import District", "parentId", sea),
                        Http.obj("id", school, "type", "SCHOOL", "name", "Large Import School", "parentId", district)),
                "directions", List.of(Http.obj("orgId", district, "vision", "Every learner known by name", "glossary", glossary),
                        Http.obj("orgId", school, "vision", "Every learner known by name", "glossary", glossary)))));
        byte[] body = doc.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue("the document is over the 1 MiB of other requests: " + body.length, body.length > 1 << 20);
        assertEquals(401, anonymous.raw("POST", "/import", "application/json", body).status());
        assertEquals(403, anonymous.as("district-a").raw("POST", "/import", "application/json", body).status());
        Http.Reply imported = http.raw("POST", "/import", "application/json", body);
        assertEquals(imported.body().toString(), 201, imported.status());
        assertEquals(500, http.get("/orgs/" + school + "/direction").body().path("glossary").size());
        byte[] tooLarge = ("{\"format\":\"braid-export\",\"rootOrgId\":\"" + "x".repeat(33 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(413, http.raw("POST", "/import", "application/json", tooLarge).status());
    }

    @Test
    public void anImportPreviewTellsWhatWouldBeAddedAndAddsNothing() throws Exception {
        String sea = orgId("Demo State Department of Education");
        String id = "00000000-0000-4000-8000-00000000beef";
        var doc = Http.obj("format", "braid-export", "formatVersion", 1, "rootOrgId", id, "sections", Http.obj("core", Http.obj(
                "organizations", List.of(Http.obj("id", id, "type", "LEA", "name", "Previewed District", "parentId", sea)),
                "directions", List.of(Http.obj("orgId", id, "vision", "Every learner known by name")))));
        long total = http.get("/orgs").body().path("total").asLong();
        Http.Reply preview = http.post("/import/preview", doc);
        assertEquals(preview.body().toString(), 200, preview.status());
        assertEquals(1, preview.body().path("organizations").asInt());
        assertEquals(1, preview.body().path("sections").path("core").path("directions").asInt());
        assertEquals("a preview adds nothing", total, http.get("/orgs").body().path("total").asLong());
        assertEquals(404, http.get("/orgs/" + id).status());
        // a document that would fail fails the preview the same way
        Http.Reply conflict = http.post("/import/preview", http.get("/orgs/" + orgId("District A") + "/export").body());
        assertEquals(409, conflict.status());
        assertTrue(conflict.body().path("details").path(0).path("field").asText().startsWith("sections.core.organizations[0]"));
        // and the import itself still does it
        assertEquals(201, http.post("/import", doc).status());
        assertEquals("Every learner known by name", http.get("/orgs/" + id + "/direction").text("vision"));
    }

    @Test
    public void anImportHoldsOrganizationIdsToTheRestLayersRule() throws Exception {
        String sea = orgId("Demo State Department of Education");
        long total = http.get("/orgs").body().path("total").asLong();
        String good = "00000000-0000-4000-8000-00000000abcd";
        List<String[]> cases = List.of( // the field named, the id, the parent id
                new String[] {"sections.core.organizations[0].id", "../../<script>alert(1)</script>", sea},
                new String[] {"sections.core.organizations[0].parentId", good, "../../" + sea},
                new String[] {"sections.core.organizations[0].id", "x".repeat(5000), sea});
        for (String[] c : cases) {
            var org = Http.obj("id", c[1], "type", "LEA", "name", "Imported District", "parentId", c[2]);
            var doc = Http.obj("format", "braid-export", "formatVersion", 1, "rootOrgId", c[1],
                    "sections", Http.obj("core", Http.obj("organizations", List.of(org), "directions", List.of())));
            Http.Reply r = http.post("/import", doc);
            assertEquals(r.body().toString(), 400, r.status());
            assertEquals(c[0], r.body().path("details").path(0).path("field").asText());
        }
        var direction = Http.obj("orgId", "y".repeat(5000), "vision", "v");
        Http.Reply r = http.post("/import", Http.obj("format", "braid-export", "formatVersion", 1, "rootOrgId", good,
                "sections", Http.obj("core", Http.obj("organizations", List.of(), "directions", List.of(direction)))));
        assertEquals(r.body().toString(), 400, r.status());
        assertEquals("sections.core.directions[0].orgId", r.body().path("details").path(0).path("field").asText());
        assertEquals("nothing written", total, http.get("/orgs").body().path("total").asLong());
    }

    @Test
    public void aNeedsAssessmentsPriorityAreasStartANewPlanAndPlanningWorksWithoutIt() throws Exception {
        String school = orgId("School C");
        Http.Reply na = http.post("/needs-assessment/assessments", Http.obj("orgId", school, "schoolYear", "2028-29", "scope", "COMPREHENSIVE"));
        assertEquals(201, na.status());
        assertEquals(201, http.post("/needs-assessment/assessments/" + na.text("id") + "/priority-areas", Http.obj("title", "Chronic absence")).status());
        Http.Reply plan = http.post("/planning/plans", Http.obj("orgId", school, "schoolYear", "2028-29"));
        assertEquals(201, plan.status());
        assertEquals("Chronic absence", plan.body().path("priorityAreas").path(0).path("title").asText());
        assertEquals("1", plan.body().path("priorityAreas").path(0).path("number").asText());

        assertEquals(200, http.put("/admin/modules/needs-assessment", Http.obj("enabled", false), null).status());
        try {
            Http.Reply without = http.post("/planning/plans", Http.obj("orgId", school, "schoolYear", "2029-30"));
            assertEquals(201, without.status());
            assertEquals(0, without.body().path("priorityAreas").size());
        } finally {
            assertEquals(200, http.put("/admin/modules/needs-assessment", Http.obj("enabled", true), null).status());
        }
    }

    private MonitoringFixture monitoring;

    /** One plan with a status report to remove, made once: an organization has one plan a year. */
    private MonitoringFixture monitoring(String school) {
        if (monitoring == null) monitoring = new MonitoringFixture(http, school);
        return monitoring;
    }

    @Test
    public void everyDeleteWithoutIfMatchIs428AndRemovesNothing() throws Exception {
        String school = orgId("School A");
        List<String> problems = new ArrayList<>();
        for (OpenApiRequests.Op op : new OpenApiRequests(anonymous.get("/openapi.json").body()).operations()) {
            if (!op.method().equals("DELETE") || op.access().equals("PUBLIC")) continue;
            String path = op.path().startsWith("/planning/") ? new PlanningFixture(http, school).fill(op.path())
                    : op.path().startsWith("/monitoring/") ? monitoring(school).fill(op.path(), true)
                    : op.path().startsWith("/admin/modules/") ? op.path().replace("{id}", "planning")
                    : new NeedsAssessmentFixture(http, school, "2031-32").fill(op.path());
            if (path == null) {
                problems.add(op.key() + ": no fixture for it in this test");
                continue;
            }
            int status = http.delete(path, null).status();
            if (status != 428) problems.add(op.key() + ": " + status);
            if (http.get(path).status() != 200) problems.add(op.key() + ": removed without If-Match");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void aDeleteWithAStaleIfMatchRemovesNothing() throws Exception {
        String school = orgId("School B");
        Http.Reply na = http.post("/needs-assessment/assessments", Http.obj("orgId", school, "schoolYear", "2029-30", "scope", "COMPREHENSIVE"));
        Http.Reply swot = http.post("/needs-assessment/assessments/" + na.text("id") + "/swot", Http.obj("kind", "STRENGTH", "text", "Attendance is high"));
        assertEquals(201, swot.status());
        String path = "/needs-assessment/swot/" + swot.text("id");
        Http.Reply current = http.get(path);
        assertEquals(412, http.delete(path, "\"999\"").status());
        assertEquals(200, http.get(path).status());
        assertEquals(204, http.delete(path, current.etag()).status());
        assertEquals(404, http.get(path).status());
    }
}
