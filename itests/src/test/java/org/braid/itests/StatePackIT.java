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

        // a demo plan (School A's, three challenges coded 1A, 3C and 4C, with none of the pack's fields and no Section 2):
        // the template's completeness is the share of its 11 sections the plan completes (Section 1 and the partners)
        String demoPlan = demoPlan(admin.orgId("School A"));
        JsonNode demo = admin.get("/planning/plans/" + demoPlan + "/templates/sfss-action-plan").body();
        Map<String, Integer> demoMissing = new java.util.LinkedHashMap<>();
        for (JsonNode s : demo.path("sections")) demoMissing.put(s.path("id").asText(), s.path("missing").size());
        assertEquals(Map.ofEntries(Map.entry("section-1", 0), Map.entry("challenge-1", 5), Map.entry("challenge-2", 4), Map.entry("challenge-3", 4),
                Map.entry("section-2-rules", 1), Map.entry("section-2-roles", 1), Map.entry("section-2-relationships", 1),
                Map.entry("section-2-resources", 1), Map.entry("section-2-partners", 0), Map.entry("section-2-resource-alignment", 1),
                Map.entry("section-2-infrastructure", 1)), demoMissing, demo.toString());
        assertTrue(demo.path("sections").path(1).path("missing").toString().contains("Strategy 1.1 has no connection to the Five SFSS Priorities"),
                "1A maps to no SFSS priority: " + demo);
        assertEquals(19, demo.path("missing").asInt(), demo.toString());
        assertEquals(0.18, demo.path("completeness").asDouble(), 0.001, demo.toString());
        boolean listed = false;
        for (JsonNode t : admin.get("/planning/plans/" + demoPlan + "/templates").body().path("items")) {
            if (!t.path("id").asText().equals("sfss-action-plan")) continue;
            listed = true;
            assertEquals(0.18, t.path("completeness").asDouble(), 0.001, t.toString());
        }
        assertTrue(listed, "the SFSS action plan applies to every plan while the pack is installed");

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
        // printed in the seed's layout: the strategies' table and the Four R's three-column tables, with their headings
        String printed = pdfText(pdf).replaceAll("\\s+", "");
        assertTrue(printed.contains("StrategyKeyImplementationStepsByWhen?ByWho?FiveSFSSPrioritiesConnection"), printed);
        assertTrue(printed.contains("Policy,Protocol,Code,orGuidelinethatNeedstobeAdjustedAdjustmentsNeededSupportsNeededtoMakeAdjustments"), printed);

        // the administrator makes SFSS the network's framework, then the Four Domains again
        Http.Reply settings = admin.get("/admin/settings");
        Http.Reply chosen = admin.put("/admin/settings", Http.obj("codingFramework", "sfss", "districtsMayChoose", false), settings.etag());
        assertEquals(200, chosen.status(), chosen.body().toString());
        assertTrue(activeFramework().equals("sfss"));
        // a strategy, its milestone and action coded to an SFSS priority (P2, which the crosswalk maps onto 3A, 3B and 2B)
        String year = admin.get("/planning/plans/" + planId).text("schoolYear");
        int first = Integer.parseInt(year.substring(0, 4));
        String next = (first + 1) + "-" + String.format("%02d", (first + 2) % 100);
        String rollup = "/monitoring/rollup?orgId=" + school + "&by=practice&schoolYear=" + year;
        Map<String, Integer> sfssBefore = cells(admin.get(rollup).body()), fourBefore = cells(admin.get(rollup + "&framework=four-domains").body());
        assertEquals("sfss", admin.get(rollup).text("framework"), "the roll-up follows the network's framework");
        Http.Reply coded = admin.post("/planning/priority-areas/" + area + "/strategies", Http.obj("if", "we build a tiered support system",
                "then", "every student gets instruction for academics and SEL", "and", "students grow", "codes", List.of("P2"),
                "startYear", year, "endYear", next));
        assertEquals(201, coded.status(), coded.body().toString());
        assertEquals("P2", coded.body().path("codes").path(0).asText());
        String milestone = admin.post("/planning/strategies/" + coded.text("id") + "/milestones", Http.obj("description", "SEL lessons weekly",
                "codes", List.of("P2"))).text("id");
        Http.Reply action = admin.post("/planning/milestones/" + milestone + "/actions", Http.obj("description", "Train advisory teachers",
                "owner", "Counselor", "startDate", first + "-09-01", "dueDate", (first + 1) + "-05-29", "codes", List.of("P2")));
        assertEquals(201, action.status(), action.body().toString());
        JsonNode codes = admin.get("/planning/plans/" + planId + "/codes").body();
        assertEquals("sfss", codes.path("framework").path("id").asText(), codes.toString());
        assertFalse(codes.path("items").toString().contains("P2"), "the plan's codes check accepts the SFSS priority: " + codes);
        Http.Reply inSfss = admin.await(rollup, r -> cells(r.body()).getOrDefault("P2", 0) > sfssBefore.getOrDefault("P2", 0), Duration.ofSeconds(10));
        assertEquals(sfssBefore.getOrDefault("P2", 0) + 1, cells(inSfss.body()).get("P2"), "the action under its SFSS priority: " + inSfss.body());
        Map<String, Integer> fourAfter = cells(admin.get(rollup + "&framework=four-domains").body());
        for (String practice : List.of("3A", "3B", "2B")) {
            assertEquals(fourBefore.getOrDefault(practice, 0) + 1, fourAfter.getOrDefault(practice, 0), practice + " through the crosswalk: " + fourAfter);
        }
        assertEquals(fourBefore.getOrDefault("4C", 0), fourAfter.getOrDefault("4C", 0), "and nowhere else: " + fourAfter);

        // back to the Four Domains: the codes keep their framework, and the roll-up is the Four Domains' again
        assertEquals(200, admin.put("/admin/settings", Http.obj("codingFramework", "four-domains", "districtsMayChoose", false), chosen.etag()).status());
        JsonNode kept = admin.get("/planning/plans/" + planId + "/codes").body();
        assertEquals("four-domains", kept.path("framework").path("id").asText(), kept.toString());
        assertEquals(0, kept.path("items").size(), "an SFSS code is still valid while SFSS is installed: " + kept);
        assertEquals("P2", admin.get("/planning/strategies/" + coded.text("id")).body().path("codes").path(0).asText());
        assertEquals("four-domains", admin.get(rollup).text("framework"));
        assertEquals(fourAfter, cells(admin.get(rollup).body()));

        // uninstalled: its framework, template and fields go; the plan stays whole
        Http.Reply module = admin.get("/admin/modules/sfss");
        assertEquals(204, admin.delete("/admin/modules/sfss", module.etag()).status());
        assertFalse(frameworkIds().contains("sfss"));
        assertEquals(404, admin.get("/planning/plans/" + planId + "/templates/sfss-action-plan").status());
        assertTrue(extension(area).isMissingNode(), "no pack, no fields shown");
        assertEquals(200, admin.get("/planning/plans/" + planId).status());
        assertEquals(404, admin.get("/sfss/plans/" + planId + "/section-2").status());
        JsonNode orphaned = admin.get("/planning/plans/" + planId + "/codes").body().path("items");
        assertTrue(orphaned.toString().contains("\"P2\"") && orphaned.toString().contains("sfss"),
                "the strategy's code kept its framework, which is no longer installed: " + orphaned);

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

    /** @return the PDF's text, page by page */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder out = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) out.append(extractor.getTextFromPage(p)).append('\n');
        reader.close();
        return out.toString();
    }

    /** @return a roll-up's action totals by cell */
    private static Map<String, Integer> cells(JsonNode rollup) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode c : rollup.path("cells")) out.put(c.path("key").asText(), c.path("actions").path("total").asInt());
        return out;
    }

    /** @return the id of the organization's demo plan (school year 2025-26) */
    private String demoPlan(String orgId) {
        for (JsonNode p : admin.get("/planning/plans?orgId=" + orgId).body().path("items")) {
            if (p.path("schoolYear").asText().equals("2025-26")) return p.path("id").asText();
        }
        throw new AssertionError("no demo plan for " + orgId);
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
