package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SFSS state pack's KAR, as the build makes it, installed into a running Braid over HTTP: its framework, its
 * crosswalk, its fields on a plan and its template; the roll-up read in SFSS's priorities; a plan coded only in the
 * Four Domains in the SFSS template through the crosswalk; uninstalled and installed again with its data there. And the
 * vendor example's KAR, built from its own pom, installed the same way.
 */
class StatePackIT {
    static final int PORT = 18881;
    static final String KAR = "application/octet-stream";
    static BraidProcess braid;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("packs", PORT, Path.of("target", "data-packs-" + System.nanoTime())).start(true);
        admin = braid.http.as("admin");
    }

    @AfterAll
    static void stop() throws Exception {
        if (braid != null) braid.close();
    }

    static byte[] kar(String property) throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty(property)));
    }

    @Test
    void theSfssPackInstallsIsUsedOnAPlanRollsUpThroughItsCrosswalkAndKeepsItsDataAcrossAReinstall() throws Exception {
        byte[] kar = kar("braid.sfss.kar");
        assertFalse(frameworkIds().contains("sfss"));
        Http.Reply installed = admin.raw("POST", "/admin/modules", KAR, kar);
        assertEquals(201, installed.status(), installed.body().toString());
        assertEquals("sfss", installed.text("id"));
        assertEquals("ACTIVE", installed.text("state"));

        // its framework and crosswalk, read both ways
        assertTrue(frameworkIds().contains("sfss"));
        JsonNode walk = admin.get("/frameworks/sfss/crosswalk/four-domains").body().path("items");
        assertEquals(5, walk.size(), walk.toString());
        assertEquals("P4", walk.path(3).path("code").asText());
        assertTrue(walk.path(3).path("mapsTo").toString().contains("4C"), walk.toString());
        JsonNode back = admin.get("/frameworks/four-domains/crosswalk/sfss").body().path("items");
        assertEquals(12, back.size(), back.toString());

        // the roll-up in SFSS's priorities: the demo's Four Domains codes count through the crosswalk
        // (before any plan of a later year, so the default year is the demo's)
        String sea = admin.get("/orgs?type=SEA&limit=1").body().path("items").path(0).path("id").asText();
        // the demo's reports may still be loading
        admin.await("/monitoring/rollup?orgId=" + sea + "&by=essaStatus", r -> r.status() == 200
                && r.body().path("cells").findValues("total").stream().mapToInt(JsonNode::asInt).sum() > 0, Duration.ofSeconds(90));
        Map<String, Integer> fourDomains = totals(sea, "four-domains");
        Map<String, Integer> sfss = totals(sea, "sfss");
        assertTrue(fourDomains.values().stream().mapToInt(Integer::intValue).sum() > 0, "the demo has actions: " + fourDomains);
        for (String p : List.of("P1", "P2", "P3", "P4", "P5")) assertTrue(sfss.containsKey(p), "a cell per priority: " + sfss);
        // P4 (families) takes 4C and 4B; no action is coded to both in the demo, so it holds at least what 4C holds
        assertTrue(sfss.get("P4") >= fourDomains.getOrDefault("4C", 0), sfss + " vs " + fourDomains);
        assertEquals(sfss.get("P4") > 0, fourDomains.getOrDefault("4C", 0) + fourDomains.getOrDefault("4B", 0) > 0, sfss + " vs " + fourDomains);

        // a school's plan coded only in the Four Domains (3C): the SFSS template shows the strategy's priorities through the crosswalk
        String school = admin.orgId("School B");
        PlanningFixture plan = new PlanningFixture(admin, school);
        String planId = plan.ids.get("plans");
        JsonNode templates = admin.get("/planning/plans/" + planId + "/templates").body().path("items");
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode t : templates) byId.put(t.path("id").asText(), t);
        assertTrue(byId.containsKey("sfss-action-plan"), templates.toString());
        int missingBefore = byId.get("sfss-action-plan").path("missing").asInt();
        assertTrue(missingBefore > 0, "a plan without challenges' data misses components: " + templates);
        String rendered = admin.get("/planning/plans/" + planId + "/templates/sfss-action-plan").body().toString();
        assertTrue(rendered.contains("Proactive Student-Specific Support System"), "3C reads as P3 through the crosswalk: " + rendered);

        // the pack's fields on the plan's challenge, through planning's extension point
        String area = plan.ids.get("priority-areas");
        Http.Reply wrong = admin.put("/planning/elements/" + area + "/extensions/sfss",
                Http.obj("rootCauses", List.of("a", "b", "c", "d", "e")), planVersion(planId));
        assertEquals(400, wrong.status(), wrong.body().toString());
        assertTrue(wrong.body().toString().contains("rootCauses"), wrong.body().toString());
        Http.Reply stored = admin.put("/planning/elements/" + area + "/extensions/sfss", Http.obj("description", "Chronic absence in grade 9",
                "supportingData", "31% of ninth graders missed 18 days or more", "targetOutcomes", "Below 15% in two years",
                "rootCauses", List.of("No early-warning routine", "Families not reached")), planVersion(planId));
        assertEquals(200, stored.status(), stored.body().toString());
        assertEquals("No early-warning routine", extension(area).path("rootCauses").path(0).asText());
        JsonNode after = admin.get("/planning/plans/" + planId + "/templates").body().path("items");
        for (JsonNode t : after) {
            if (t.path("id").asText().equals("sfss-action-plan")) {
                assertTrue(t.path("missing").asInt() < missingBefore, "the challenge's data fills components: " + t);
            }
        }
        assertTrue(admin.get("/planning/plans/" + planId + "/templates/sfss-action-plan").body().toString().contains("31% of ninth graders"));
        byte[] pdf = admin.bytes("/planning/plans/" + planId + "/templates/sfss-action-plan/pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // the administrator makes SFSS the network's framework, then the Four Domains again
        Http.Reply settings = admin.get("/admin/settings");
        Http.Reply chosen = admin.put("/admin/settings", Http.obj("codingFramework", "sfss", "districtsMayChoose", false), settings.etag());
        assertEquals(200, chosen.status(), chosen.body().toString());
        assertTrue(activeFramework().equals("sfss"));
        assertEquals(200, admin.put("/admin/settings", Http.obj("codingFramework", "four-domains", "districtsMayChoose", false), chosen.etag()).status());

        // uninstalled: its framework, template and fields go; the plan stays whole
        Http.Reply module = admin.get("/admin/modules/sfss");
        assertEquals(204, admin.delete("/admin/modules/sfss", module.etag()).status());
        assertFalse(frameworkIds().contains("sfss"));
        assertEquals(404, admin.get("/planning/plans/" + planId + "/templates/sfss-action-plan").status());
        assertTrue(extension(area).isMissingNode(), "no pack, no fields shown");
        assertEquals(200, admin.get("/planning/plans/" + planId).status());
        assertEquals(404, admin.get("/sfss/plans/" + planId + "/section-2").status());

        // installed again: its data is there
        Http.Reply again = admin.raw("POST", "/admin/modules", KAR, kar);
        assertEquals(201, again.status(), again.body().toString());
        assertEquals("Chronic absence in grade 9", extension(area).path("description").asText());
        assertEquals("UP", admin.get("/health").text("status"));
    }

    @Test
    void theVendorExampleBuiltFromItsOwnPomInstallsAndAnswers() throws Exception {
        Http.Reply installed = admin.raw("POST", "/admin/modules", KAR, kar("braid.example.kar"));
        assertEquals(201, installed.status(), installed.body().toString());
        assertEquals("hello", installed.text("id"));
        Http.Reply greeting = admin.get("/hello/greeting");
        assertEquals(200, greeting.status(), greeting.body().toString());
        assertEquals(401, braid.http.get("/hello/greeting").status(), "signed-in users only");
        Http.Reply module = admin.get("/admin/modules/hello");
        assertEquals(204, admin.delete("/admin/modules/hello", module.etag()).status());
        assertEquals(404, admin.get("/hello/greeting").status());
    }

    private List<String> frameworkIds() {
        List<String> out = new ArrayList<>();
        for (JsonNode f : admin.get("/frameworks").body().path("items")) out.add(f.path("id").asText());
        return out;
    }

    private String activeFramework() {
        for (JsonNode f : admin.get("/frameworks").body().path("items")) if (f.path("active").asBoolean()) return f.path("id").asText();
        return null;
    }

    private String planVersion(String planId) {
        return admin.get("/planning/plans/" + planId).etag();
    }

    /** @return the pack's fields on a priority area as planning shows it (missing when it shows none) */
    private JsonNode extension(String elementId) throws InterruptedException {
        Http.Reply r = admin.await("/planning/priority-areas/" + elementId, x -> x.status() == 200, Duration.ofSeconds(10));
        return r.body().path("extensions").path("sfss");
    }

    /** @return the state's action totals by practice cell, in a framework */
    private Map<String, Integer> totals(String orgId, String framework) {
        Http.Reply r = admin.get("/monitoring/rollup?orgId=" + orgId + "&by=practice&framework=" + framework);
        assertEquals(200, r.status(), r.body().toString());
        assertEquals(framework, r.text("framework"));
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode c : r.body().path("cells")) out.put(c.path("key").asText(), c.path("actions").path("total").asInt());
        return out;
    }
}
