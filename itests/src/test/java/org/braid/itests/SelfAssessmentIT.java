package org.braid.itests;

import static org.junit.Assert.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The self-assessment module over HTTP: a district team's private ratings reach no one but the rater on any endpoint
 * (PDF, export and audit trail included), the tallies and disagreement flags, only the lead records the consensus and
 * closes the round, a closed round refuses ratings, the state roll-up, concerns that reach the needs assessment only
 * while that module is on, the process self-assessment, and the module off and on with its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SelfAssessmentIT extends BraidTestSupport {
    static final int PORT = 18681;
    static final String SA = "/self-assessment";

    public SelfAssessmentIT() {
        super(PORT);
    }

    /** @return a client signed in as the user, once the self-assessment module answers */
    Http ready(String user) throws InterruptedException {
        Http http = signedIn(user);
        assertEquals(200, http.await(SA + "/instruments", x -> x.status() == 200, Duration.ofSeconds(60)).status());
        return http;
    }

    static String userId(Http http) {
        return http.get("/session").text("userId");
    }

    /** Opens District A's self-reflection for the year with its three demo users, district-a leading. */
    static String reflection(Http lead, String district, String year, List<String> team) {
        Http.Reply r = lead.post(SA + "/reflections", Http.obj("orgId", district, "schoolYear", year, "teamUserIds", team, "leadUserId", team.get(0)));
        assertEquals(r.body().toString(), 201, r.status());
        return r.text("id");
    }

    static JsonNode element(JsonNode reflection, String code) {
        for (JsonNode e : reflection.path("elements")) if (e.path("code").asText().equals(code)) return e;
        throw new AssertionError("no element " + code + " in " + reflection);
    }

    static Http.Reply rate(Http member, String id, String code, int level, String evidence) {
        return member.put(SA + "/reflections/" + id + "/my-ratings/" + code, Http.obj("level", level, "evidence", evidence), null);
    }

    @Test
    public void aRatingReachesNoOneButItsRaterOnAnyEndpoint() throws Exception {
        Http lead = ready("district-a");
        Http member = anonymous.as("district-a-2"), staff = anonymous.as("district-a-3");
        Http admin = anonymous.as("admin"), sea = anonymous.as("sea"), coach = anonymous.as("coach"), school = anonymous.as("school-a");
        String district = lead.orgId("District A"), state = admin.orgId("Demo State Department of Education");
        List<String> team = List.of(userId(lead), userId(member), userId(staff));

        assertEquals("a viewer of the district opens none", 403, staff.post(SA + "/reflections", Http.obj("orgId", district, "schoolYear", "2031-32",
                "teamUserIds", team, "leadUserId", team.get(0))).status());
        Http.Reply stranger = lead.post(SA + "/reflections", Http.obj("orgId", district, "schoolYear", "2031-32", "teamUserIds",
                List.of(team.get(0), userId(school)), "leadUserId", team.get(0)));
        assertEquals(stranger.body().toString(), 422, stranger.status());
        assertEquals("teamUserIds[1]", stranger.body().path("details").get(0).path("field").asText());
        String id = reflection(lead, district, "2031-32", team);
        assertEquals(409, lead.post(SA + "/reflections", Http.obj("orgId", district, "schoolYear", "2031-32", "teamUserIds", team,
                "leadUserId", team.get(0))).status());

        // three members rate 1a1 apart and 1a2 close together; each marks their evidence so a leak would show
        Map<Http, String> evidence = new LinkedHashMap<>();
        evidence.put(lead, "evidence-of-the-lead-7f3");
        evidence.put(member, "evidence-of-member-two-91c");
        evidence.put(staff, "evidence-of-member-three-2d8");
        int[] levels = {1, 3, 4};
        int i = 0;
        for (Map.Entry<Http, String> e : evidence.entrySet()) {
            Http.Reply saved = rate(e.getKey(), id, "1a1", levels[i++], e.getValue());
            assertEquals(saved.body().toString(), 200, saved.status());
            assertFalse("the answer to a save does not repeat the rating", saved.body().toString().contains(e.getValue()));
        }
        assertEquals(200, rate(lead, id, "1a2", 2, null).status());
        assertEquals(200, rate(member, id, "1a2", 2, null).status());
        assertEquals(200, rate(staff, id, "1a2", 3, null).status());
        assertEquals("a member changes their rating", 200, rate(staff, id, "1a2", 2, "second thoughts-5e1").status());

        assertEquals("not on the team", 403, rate(sea, id, "1a1", 2, null).status());
        assertEquals("out of scope", 404, rate(school, id, "1a1", 2, null).status());
        assertEquals(404, rate(coach, id, "1a1", 2, null).status());
        Http.Reply five = rate(member, id, "1a1", 5, null);
        assertEquals(400, five.status());
        assertEquals("level", five.body().path("details").get(0).path("field").asText());
        Http.Reply unknown = rate(member, id, "9z9", 2, null);
        assertEquals(400, unknown.status());
        assertEquals("elementCode", unknown.body().path("details").get(0).path("field").asText());

        // the tallies: distribution, median, spread, flag
        JsonNode v = sea.get(SA + "/reflections/" + id).body();
        assertEquals(37, v.path("elements").size());
        JsonNode a1 = element(v, "1a1");
        assertEquals(3, a1.path("ratings").path("count").asInt());
        assertEquals("[1,0,1,1]", a1.path("ratings").path("distribution").toString());
        assertEquals(3.0, a1.path("ratings").path("median").asDouble(), 0);
        assertTrue(a1.path("flagged").asBoolean());
        assertTrue(a1.path("consensus").isNull());
        JsonNode a2 = element(v, "1a2");
        assertEquals("[0,3,0,0]", a2.path("ratings").path("distribution").toString());
        assertFalse(a2.path("flagged").asBoolean());
        assertEquals(0, element(v, "4c3").path("ratings").path("count").asInt());

        // my ratings are mine alone
        JsonNode mine = member.get(SA + "/reflections/" + id + "/my-ratings").body();
        assertEquals(2, mine.path("total").asInt());
        assertEquals("evidence-of-member-two-91c", mine.path("items").get(0).path("evidence").asText());
        assertEquals(403, sea.get(SA + "/reflections/" + id + "/my-ratings").status());

        String process = lead.post(SA + "/process-assessments", Http.obj("orgId", district, "schoolYear", "2031-32")).text("id");
        Map<String, Http> callers = new LinkedHashMap<>();
        callers.put("district-a", lead);
        callers.put("district-a-2", member);
        callers.put("district-a-3", staff);
        callers.put("admin", admin);
        callers.put("sea", sea);
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, Http> c : callers.entrySet()) {
            for (Map.Entry<String, String> answer : everything(c.getValue(), id, process, district, state).entrySet()) {
                for (Map.Entry<Http, String> e : evidence.entrySet()) {
                    boolean own = e.getKey() == c.getValue() && answer.getKey().endsWith("/my-ratings");
                    if (!own && answer.getValue().contains(e.getValue())) leaks.add(c.getKey() + " sees " + e.getValue() + " in " + answer.getKey());
                }
                if (answer.getValue().contains("second thoughts-5e1") && !(c.getValue() == staff && answer.getKey().endsWith("/my-ratings"))) {
                    leaks.add(c.getKey() + " sees a changed rating's evidence in " + answer.getKey());
                }
                if (answer.getValue().contains("\"rater\"")) leaks.add(c.getKey() + " sees who rated in " + answer.getKey());
            }
        }
        assertTrue(String.join("\n", leaks), leaks.isEmpty());

        // the audit trail, as an administrator reads it, says that each member saved a rating of this reflection, never
        // which element (next to who saved it) nor the level or evidence
        String saves = java.net.URLEncoder.encode("PUT " + SA + "/reflections/{id}/my-ratings", java.nio.charset.StandardCharsets.UTF_8);
        JsonNode trail = admin.get("/audit?orgId=" + district + "&operation=" + saves + "&limit=100").body();
        int ours = 0;
        for (JsonNode entry : trail.path("items")) {
            assertEquals(entry.toString(), "/api" + SA + "/reflections/" + entry.path("recordId").asText() + "/my-ratings", entry.path("path").asText());
            assertTrue(entry.toString(), entry.path("before").isNull() && entry.path("after").isNull());
            if (entry.path("recordId").asText().equals(id)) ours++;
        }
        assertEquals("each save is in the trail: " + trail, 7, ours);
        for (JsonNode entry : admin.get("/audit?orgId=" + district + "&limit=100").body().path("items")) {
            String text = entry.toString();
            if (!entry.path("path").asText().contains("/my-ratings")) continue;
            // the ids in an entry are random and may hold "1a1": the path and operation are where an element would show
            assertFalse("an element next to who rated it: " + text, entry.path("path").asText().matches(".*/my-ratings/.+")
                    || entry.path("operation").asText().contains("{elementCode}"));
            assertFalse("a rating's level or evidence: " + text, text.contains("\"level\"") || text.contains("\"evidence\"")
                    || text.contains("second thoughts"));
        }

        // only the lead records the consensus and closes the round; a closed round refuses ratings
        Http.Reply notLead = member.put(SA + "/reflections/" + id + "/consensus/1a1", Http.obj("level", 2, "notes", "x"), null);
        assertEquals(403, notLead.status());
        assertEquals(403, admin.put(SA + "/reflections/" + id + "/consensus/1a1", Http.obj("level", 2), null).status());
        Http.Reply agreed = lead.put(SA + "/reflections/" + id + "/consensus/1a1", Http.obj("level", 2, "notes", "Discussed: basic at best",
                "evidence", "Walkthrough logs"), null);
        assertEquals(agreed.body().toString(), 200, agreed.status());
        assertEquals(2, element(agreed.body(), "1a1").path("consensus").path("level").asInt());
        assertEquals("Walkthrough logs", element(member.get(SA + "/reflections/" + id).body(), "1a1").path("consensus").path("evidence").asText());
        assertTrue("the export carries the consensus evidence", lead.get("/orgs/" + district + "/export").body().toString().contains("Walkthrough logs"));
        Http.Reply long5k = lead.put(SA + "/reflections/" + id + "/consensus/1a1", Http.obj("level", 2, "evidence", "x".repeat(4001)), null);
        assertEquals(400, long5k.status());
        assertEquals("evidence", long5k.body().path("details").get(0).path("field").asText());
        assertEquals(1, agreed.body().path("agreed").asInt());
        assertFalse(agreed.body().path("complete").asBoolean());
        assertEquals(403, member.post(SA + "/reflections/" + id + "/close", null).status());
        Http.Reply closed = lead.post(SA + "/reflections/" + id + "/close", null);
        assertEquals(closed.body().toString(), 200, closed.status());
        assertEquals("CLOSED", closed.text("status"));
        Http.Reply late = rate(member, id, "1a1", 2, null);
        assertEquals(late.body().toString(), 409, late.status());
        assertEquals("status", late.body().path("details").get(0).path("field").asText());
        assertEquals("unchanged", "[1,0,1,1]", element(lead.get(SA + "/reflections/" + id).body(), "1a1").path("ratings").path("distribution").toString());
        assertEquals("the consensus goes on after the round", 200,
                lead.put(SA + "/reflections/" + id + "/consensus/1a2", Http.obj("level", 2, "notes", "agreed"), null).status());

        // the printable results carry the consensus and its evidence
        String pdf = pdfText(member.bytes(SA + "/reflections/" + id + "/pdf"));
        assertTrue(pdf, pdf.contains("Discussed: basic at best"));
        assertTrue(pdf, pdf.contains("Walkthrough logs"));
        assertTrue(pdf, pdf.contains("1a1"));
    }

    /** Every GET of the module (as the OpenAPI document lists them) and the exports and audit trail, as text. */
    Map<String, String> everything(Http as, String reflection, String process, String district, String state) {
        Map<String, String> out = new LinkedHashMap<>();
        OpenApiRequests api = new OpenApiRequests(anonymous.get("/openapi.json").body());
        for (OpenApiRequests.Op op : api.operations()) {
            if (!op.method().equals("GET") || !op.path().startsWith(SA)) continue;
            String path = op.path().replace("{id}", op.path().startsWith(SA + "/process-assessments") ? process : reflection);
            List<String> query = new ArrayList<>();
            for (String q : op.queryParams()) {
                if (q.equals("orgId")) query.add("orgId=" + (op.path().endsWith("/rollup") ? state : district));
                if (q.equals("schoolYear")) query.add("schoolYear=2031-32");
            }
            if (!query.isEmpty()) path += "?" + String.join("&", query);
            out.put(path, path.endsWith("/pdf") ? pdfText(as.bytes(path)) : as.get(path).body().toString());
        }
        assertTrue(out.keySet().toString(), out.keySet().stream().anyMatch(p -> p.endsWith("/pdf")));
        out.put("/orgs/" + district + "/export", as.get("/orgs/" + district + "/export").body().toString());
        out.put("/orgs/" + state + "/export", as.get("/orgs/" + state + "/export").body().toString());
        out.put("/audit", as.get("/audit?orgId=" + district + "&limit=100").body().toString());
        return out;
    }

    static String pdfText(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            return new String(pdf, java.nio.charset.StandardCharsets.UTF_8);
        }
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            StringBuilder out = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) out.append(text.getTextFromPage(p)).append('\n');
            return out.toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void theStateSeesEachDistrictsConsensusPerElementAndWhoRatesLowest() throws Exception {
        Http admin = ready("admin");
        String state = admin.orgId("Demo State Department of Education"), districtA = admin.orgId("District A");
        String districtR = admin.post("/orgs", Http.obj("type", "LEA", "name", "District R", "parentId", state)).text("id");
        Http.Reply user = admin.post("/users", Http.obj("username", "district-r", "password", "mirror-mirror-on-the-wall", "orgId", districtR,
                "roles", List.of("lea-leader")));
        assertEquals(user.body().toString(), 201, user.status());
        Http leadR = anonymous.as("district-r", "mirror-mirror-on-the-wall"), leadA = anonymous.as("district-a");
        String r = reflection(leadR, districtR, "2032-33", List.of(user.text("id")));
        String a = reflection(leadA, districtA, "2032-33", List.of(userId(leadA)));
        assertEquals(200, leadR.put(SA + "/reflections/" + r + "/consensus/1a1", Http.obj("level", 1), null).status());
        assertEquals(200, leadA.put(SA + "/reflections/" + a + "/consensus/1a1", Http.obj("level", 3), null).status());
        assertEquals(200, leadA.put(SA + "/reflections/" + a + "/consensus/2b2", Http.obj("level", 4), null).status());
        // a member's rating is not a consensus: it does not count
        assertEquals(200, rate(leadA, a, "3a1", 1, null).status());

        JsonNode roll = anonymous.as("sea").get(SA + "/rollup?orgId=" + state + "&schoolYear=2032-33").body();
        assertEquals(2, roll.path("reflections").size());
        JsonNode a1 = null, a31 = null;
        for (JsonNode e : roll.path("elements")) {
            if (e.path("code").asText().equals("1a1")) a1 = e;
            if (e.path("code").asText().equals("3a1")) a31 = e;
        }
        assertEquals("[1,0,1,0]", a1.path("levels").toString());
        assertEquals(1, a1.path("lowest").size());
        assertEquals("District R", a1.path("lowest").get(0).path("name").asText());
        assertEquals(r, a1.path("lowest").get(0).path("reflectionId").asText());
        assertEquals("[0,0,0,0]", a31.path("levels").toString());
        assertEquals(2, a31.path("none").asInt());
        assertEquals(12, roll.path("practices").size());
        assertEquals("1A", roll.path("practices").get(0).path("code").asText());
        assertEquals("[1,0,1,0]", roll.path("practices").get(0).path("levels").toString());
        // District A sees itself, across years too; not District R, not the state
        JsonNode own = leadA.get(SA + "/rollup?orgId=" + districtA + "&schoolYear=2032-33").body();
        assertEquals(1, own.path("reflections").size());
        assertEquals(404, leadA.get(SA + "/rollup?orgId=" + districtR).status());
        assertEquals(200, leadA.get(SA + "/rollup?orgId=" + districtA).status());
        assertEquals(400, leadA.get(SA + "/rollup?orgId=" + districtA + "&schoolYear=2032").status());
        // drill down to District R's results
        assertEquals(200, admin.get(SA + "/reflections/" + r).status());
    }

    @Test
    public void concernsReachTheNeedsAssessmentOnlyWhileThatModuleIsOn() throws Exception {
        Http admin = ready("admin");
        Http lead = anonymous.as("district-a"), member = anonymous.as("district-a-2");
        String district = lead.orgId("District A");
        String id = reflection(lead, district, "2033-34", List.of(userId(lead), userId(member)));
        assertEquals(200, lead.put(SA + "/reflections/" + id + "/consensus/2b1", Http.obj("level", 1, "notes", "coaching in two schools"), null).status());
        assertEquals(200, lead.put(SA + "/reflections/" + id + "/consensus/3a1", Http.obj("level", 2), null).status());
        assertEquals(200, lead.put(SA + "/reflections/" + id + "/consensus/1a1", Http.obj("level", 3), null).status());
        assertEquals("the lead sends them", 403, member.post(SA + "/reflections/" + id + "/concerns", null).status());
        Http.Reply sent = lead.post(SA + "/reflections/" + id + "/concerns", null);
        assertEquals(sent.body().toString(), 200, sent.status());
        assertEquals(2, sent.body().path("total").asInt());
        JsonNode assessment = null;
        for (JsonNode a : lead.get("/needs-assessment/assessments?orgId=" + district).body().path("items")) {
            if (a.path("schoolYear").asText().equals("2033-34")) assessment = lead.get("/needs-assessment/assessments/" + a.path("id").asText()).body();
        }
        assertNotNull("the year's needs assessment was started", assessment);
        List<String> weaknesses = new ArrayList<>();
        for (JsonNode s : assessment.path("swot")) if (s.path("kind").asText().equals("WEAKNESS")) weaknesses.add(s.path("text").asText());
        assertEquals(weaknesses.toString(), 2, weaknesses.size());
        assertTrue(weaknesses.toString(), weaknesses.stream().anyMatch(w -> w.startsWith("2b1:")));
        assertEquals("sent again, kept once", sent.body().path("items"), lead.post(SA + "/reflections/" + id + "/concerns", null).body().path("items"));

        assertEquals(200, admin.put("/admin/modules/needs-assessment", Http.obj("enabled", false), null).status());
        try {
            Http.Reply off = lead.await(SA + "/instruments", x -> lead.post(SA + "/reflections/" + id + "/concerns", null).status() == 409, Duration.ofSeconds(10));
            assertEquals(200, off.status());
            Http.Reply refused = lead.post(SA + "/reflections/" + id + "/concerns", null);
            assertEquals(409, refused.status());
            assertEquals("concerns", refused.body().path("details").get(0).path("field").asText());
            assertEquals("the rest keeps working", 200, lead.get(SA + "/reflections/" + id).status());
            assertEquals(200, lead.put(SA + "/reflections/" + id + "/consensus/1a2", Http.obj("level", 1), null).status());
        } finally {
            assertEquals(200, admin.put("/admin/modules/needs-assessment", Http.obj("enabled", true), null).status());
        }
        Http.Reply back = lead.await("/needs-assessment/data-elements", x -> x.status() == 200, Duration.ofSeconds(30));
        assertEquals(200, back.status());
        Http.Reply again = null;
        for (int i = 0; i < 100; i++) {
            again = lead.post(SA + "/reflections/" + id + "/concerns", null);
            if (again.status() == 200) break;
            Thread.sleep(100);
        }
        assertEquals(again.body().toString(), 200, again.status());
        assertEquals("1a2 now counts too", 3, again.body().path("total").asInt());
    }

    @Test
    public void theProcessSelfAssessmentKeepsItsSectionsStepByStep() throws Exception {
        Http lead = ready("district-a");
        String district = lead.orgId("District A");
        Http.Reply created = lead.post(SA + "/process-assessments", Http.obj("orgId", district, "schoolYear", "2034-35"));
        assertEquals(created.body().toString(), 201, created.status());
        assertEquals(5, created.body().path("process").size());
        assertEquals("analyze", created.body().path("process").get(4).path("step").asText());
        String id = created.text("id");
        JsonNode sections = Http.obj("team", List.of(Map.of("departmentOrProgram", "Title I", "name", "A. Rivera", "roleResponsibility", "facilitator")),
                "documents", List.of(Map.of("documentOrMaterial", "State framework", "whyImportant", "the steps we follow")),
                "context", Map.of("description", "Schools plan each spring"),
                "process", List.of(Map.of("step", "plan", "current", "plans in May", "gaps", "no milestones")),
                "supports", List.of(Map.of("support", "plan review", "timing", "May", "steps", List.of("plan", "select"), "evidence", "tiers")),
                "nextSteps", List.of(Map.of("priorityArea", "Monitoring", "step", "monthly reports")));
        assertEquals("a save names the version it edited", 428, lead.put(SA + "/process-assessments/" + id, sections, null).status());
        assertEquals(412, lead.put(SA + "/process-assessments/" + id, sections, "\"7\"").status());
        assertEquals("a viewer reads, does not edit", 403, anonymous.as("district-a-3").put(SA + "/process-assessments/" + id, sections, created.etag()).status());
        Http.Reply saved = lead.put(SA + "/process-assessments/" + id, sections, created.etag());
        assertEquals(saved.body().toString(), 200, saved.status());
        assertEquals("no milestones", saved.body().path("process").get(2).path("gaps").asText());
        assertEquals(5, saved.body().path("process").size());
        assertEquals("plan", saved.body().path("supports").get(0).path("steps").get(0).asText());
        Http.Reply bad = lead.put(SA + "/process-assessments/" + id, Http.obj("process", List.of(Map.of("step", "dream"))), saved.etag());
        assertEquals(400, bad.status());
        assertEquals("process[0].step", bad.body().path("details").get(0).path("field").asText());
        assertEquals(409, lead.post(SA + "/process-assessments", Http.obj("orgId", district, "schoolYear", "2034-35")).status());
        assertEquals(404, anonymous.as("school-a").get(SA + "/process-assessments/" + id).status());

        // a next step becomes a priority area of the district's plan for the year, while planning is on
        Http.Reply area = lead.post(SA + "/process-assessments/" + id + "/priority-areas", Http.obj("nextStep", 0));
        assertEquals(area.body().toString(), 201, area.status());
        JsonNode plan = lead.get("/planning/plans/" + area.text("planId")).body();
        assertEquals("2034-35", plan.path("schoolYear").asText());
        assertEquals("Monitoring", plan.path("priorityAreas").get(0).path("title").asText());
        assertEquals(area.text("priorityAreaId"), plan.path("priorityAreas").get(0).path("id").asText());
        Http.Reply none = lead.post(SA + "/process-assessments/" + id + "/priority-areas", Http.obj("nextStep", 3));
        assertEquals(400, none.status());
        assertEquals("nextStep", none.body().path("details").get(0).path("field").asText());

        // or an action under a milestone of that plan, and only of that plan
        Http.Reply strategy = lead.post("/planning/priority-areas/" + area.text("priorityAreaId") + "/strategies", Http.obj("if", "we report monthly",
                "then", "leaders see lagging work", "and", "schools get help sooner", "codes", List.of("1A"), "startYear", "2034-35", "endYear", "2035-36"));
        assertEquals(strategy.body().toString(), 201, strategy.status());
        Http.Reply milestone = lead.post("/planning/strategies/" + strategy.text("id") + "/milestones", Http.obj("description", "Reports every month",
                "dueDate", "2035-05-31"));
        assertEquals(milestone.body().toString(), 201, milestone.status());
        Http.Reply action = lead.post(SA + "/process-assessments/" + id + "/actions", Http.obj("nextStep", 0, "milestoneId", milestone.text("id")));
        assertEquals(action.body().toString(), 201, action.status());
        assertEquals("1.1.1.1", action.text("number"));
        JsonNode inPlan = lead.get("/planning/actions/" + action.text("actionId")).body();
        assertEquals(inPlan.toString(), "monthly reports", inPlan.path("description").asText());
        assertEquals(milestone.text("id"), inPlan.path("milestoneId").asText());
        Http.Reply elsewhere = lead.post(SA + "/process-assessments/" + id + "/actions", Http.obj("nextStep", 0, "milestoneId", strategy.text("id")));
        assertEquals(elsewhere.body().toString(), 400, elsewhere.status());
        assertEquals("milestoneId", elsewhere.body().path("details").get(0).path("field").asText());
        Http.Reply noMilestone = lead.post(SA + "/process-assessments/" + id + "/actions", Http.obj("nextStep", 0));
        assertEquals(400, noMilestone.status());
        assertEquals("milestoneId", noMilestone.body().path("details").get(0).path("field").asText());
        assertEquals("a viewer reads, does not edit", 403, anonymous.as("district-a-3").post(SA + "/process-assessments/" + id + "/actions",
                Http.obj("nextStep", 0, "milestoneId", milestone.text("id"))).status());
        Http admin = anonymous.as("admin");
        assertEquals(200, admin.put("/admin/modules/planning", Http.obj("enabled", false), null).status());
        try {
            Http.Reply off = null;
            for (int i = 0; i < 100 && (off == null || off.status() != 409); i++) {
                off = lead.post(SA + "/process-assessments/" + id + "/priority-areas", Http.obj("nextStep", 0));
                if (off.status() != 409) Thread.sleep(100);
            }
            assertEquals(off.body().toString(), 409, off.status());
            assertEquals("plan", off.body().path("details").get(0).path("field").asText());
            Http.Reply noAction = lead.post(SA + "/process-assessments/" + id + "/actions", Http.obj("nextStep", 0, "milestoneId", milestone.text("id")));
            assertEquals(noAction.body().toString(), 409, noAction.status());
            assertEquals("plan", noAction.body().path("details").get(0).path("field").asText());
            assertEquals("the rest keeps working", 200, lead.get(SA + "/process-assessments/" + id).status());
        } finally {
            assertEquals(200, admin.put("/admin/modules/planning", Http.obj("enabled", true), null).status());
        }
        Http.Reply again = null;
        for (int i = 0; i < 300 && (again == null || again.status() != 201); i++) {
            again = lead.post(SA + "/process-assessments/" + id + "/priority-areas", Http.obj("nextStep", 0));
            if (again.status() != 201) Thread.sleep(100);
        }
        assertEquals(again.body().toString(), 201, again.status());
        assertEquals(area.text("planId"), again.text("planId"));
    }

    /** The district's catalog entries that came from its self-assessment, by title. */
    static Map<String, JsonNode> fromInventory(Http http, String district) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode s : http.get("/monitoring/supports?orgId=" + district).body().path("items")) {
            if (s.path("origin").asText().equals("self-assessment") && s.path("providerOrgId").asText().equals(district)) out.put(s.path("title").asText(), s);
        }
        return out;
    }

    /**
     * Saves the sections again until the catalog holds the support: monitoring's components come up one by one (and after
     * a restart of the module), so the first saves may find the catalog not taking inventories yet.
     * @return the last save
     */
    static Http.Reply saveUntilInCatalog(Http lead, String id, String district, JsonNode sections, Http.Reply last, String support) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Http.Reply saved = lead.put(SA + "/process-assessments/" + id, sections, last.etag());
            assertEquals(saved.body().toString(), 200, saved.status());
            last = saved;
            if (fromInventory(lead, district).containsKey(support)) return last;
            Thread.sleep(200);
        }
        throw new AssertionError(support + " never reached the catalog: " + fromInventory(lead, district));
    }

    @Test
    public void theSupportsInventoryFeedsTheCatalogWhileMonitoringIsOn() throws Exception {
        Http lead = ready("district-a");
        String district = lead.orgId("District A");
        assertEquals("monitoring is up", 200, lead.await("/monitoring/supports?orgId=" + district, x -> x.status() == 200, Duration.ofSeconds(120)).status());
        // the newest year of the district's process self-assessments is the one the catalog follows
        Http.Reply created = lead.post(SA + "/process-assessments", Http.obj("orgId", district, "schoolYear", "2039-40"));
        assertEquals(created.body().toString(), 201, created.status());
        String id = created.text("id");
        Http.Reply saved = saveUntilInCatalog(lead, id, district, Http.obj("supports", List.of(
                Map.of("support", "Quarterly data retreats", "timing", "October and January", "steps", List.of("analyze"), "evidence", "state dashboard"),
                Map.of("support", "New principal mentoring"))), created, "Quarterly data retreats");
        Map<String, JsonNode> catalog = fromInventory(lead, district);
        assertEquals(catalog.toString(), List.of("New principal mentoring", "Quarterly data retreats"), new ArrayList<>(new java.util.TreeSet<>(catalog.keySet())));
        JsonNode retreats = catalog.get("Quarterly data retreats");
        assertEquals("coded to no practice yet", 0, retreats.path("practiceCodes").size());
        assertTrue(retreats.toString(), retreats.path("description").asText().contains("October and January"));
        assertFalse("matches nothing until coded", lead.get("/monitoring/supports/matches?orgId=" + district).body().toString().contains(retreats.path("id").asText()));

        // the inventory changes: the entry follows (never twice), and what it no longer lists leaves the catalog
        saved = lead.put(SA + "/process-assessments/" + id, Http.obj("supports", List.of(
                Map.of("support", "quarterly  DATA retreats", "timing", "every quarter", "steps", List.of("analyze", "select")))), saved.etag());
        assertEquals(saved.body().toString(), 200, saved.status());
        catalog = fromInventory(lead, district);
        assertEquals(catalog.toString(), 1, catalog.size());
        JsonNode again = catalog.values().iterator().next();
        assertEquals("the same entry", retreats.path("id").asText(), again.path("id").asText());
        assertTrue(again.toString(), again.path("description").asText().contains("every quarter"));

        // monitoring off: the save still works; on again, the next save feeds the catalog
        Http admin = anonymous.as("admin");
        assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", false), null).status());
        try {
            assertEquals(404, lead.await("/monitoring/supports?orgId=" + district, x -> x.status() == 404, Duration.ofSeconds(30)).status());
            saved = lead.put(SA + "/process-assessments/" + id, Http.obj("supports", List.of(Map.of("support", "Quarterly data retreats"),
                    Map.of("support", "Family engagement toolkit"))), saved.etag());
            assertEquals(saved.body().toString(), 200, saved.status());
            assertEquals(2, saved.body().path("supports").size());
        } finally {
            assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", true), null).status());
        }
        assertEquals(200, lead.await("/monitoring/supports?orgId=" + district, x -> x.status() == 200, Duration.ofSeconds(120)).status());
        assertFalse("saved while monitoring was off", fromInventory(lead, district).containsKey("Family engagement toolkit"));
        saveUntilInCatalog(lead, id, district, Http.obj("supports", saved.body().path("supports")), saved, "Family engagement toolkit");
        assertEquals(List.of("Family engagement toolkit", "Quarterly data retreats"), new ArrayList<>(new java.util.TreeSet<>(fromInventory(lead, district).keySet())));
    }

    @Test
    public void theModuleOffAndOnKeepsEverything() throws Exception {
        Http admin = ready("admin");
        Http lead = anonymous.as("district-a");
        String district = lead.orgId("District A");
        String id = reflection(lead, district, "2035-36", List.of(userId(lead)));
        assertEquals(200, rate(lead, id, "4c3", 3, "kept across off and on").status());
        assertEquals(200, lead.put(SA + "/reflections/" + id + "/consensus/4c3", Http.obj("level", 3, "notes", "kept"), null).status());
        JsonNode before = lead.get(SA + "/reflections/" + id).body();

        assertEquals(200, admin.put("/admin/modules/self-assessment", Http.obj("enabled", false), null).status());
        try {
            assertEquals(404, lead.await(SA + "/reflections/" + id, x -> x.status() == 404, Duration.ofSeconds(5)).status());
            assertFalse(anonymous.get("/openapi.json").body().path("paths").has(SA + "/reflections/{id}"));
            assertEquals("the rest keeps serving", 200, lead.get("/orgs/" + district).status());
            assertEquals(200, lead.get("/needs-assessment/data-elements").status());
        } finally {
            assertEquals(200, admin.put("/admin/modules/self-assessment", Http.obj("enabled", true), null).status());
        }
        Http.Reply back = lead.await(SA + "/reflections/" + id, x -> x.status() == 200, Duration.ofSeconds(30));
        assertEquals(200, back.status());
        assertEquals(before, back.body());
        assertEquals("kept across off and on", lead.get(SA + "/reflections/" + id + "/my-ratings").body().path("items").get(0).path("evidence").asText());
    }

    @Test
    public void theDemoTeamDisagreesOnAFewElementsAndAgreedOnMost() throws Exception {
        Http lead = ready("district-a");
        String district = lead.orgId("District A");
        Http.Reply list = lead.await(SA + "/reflections?orgId=" + district, x -> x.status() == 200 && x.body().path("items").toString().contains("2026-27"),
                Duration.ofSeconds(60));
        JsonNode demo = null;
        for (JsonNode r : list.body().path("items")) if (r.path("schoolYear").asText().equals("2026-27")) demo = r;
        assertNotNull(list.body().toString(), demo);
        assertEquals(3, demo.path("team").size());
        assertEquals("CLOSED", demo.path("status").asText());
        int flagged = 0;
        for (JsonNode e : demo.path("elements")) if (e.path("flagged").asBoolean()) flagged++;
        assertTrue("a few disagreements: " + flagged, flagged >= 2 && flagged <= 6);
        assertTrue(demo.path("agreed").asInt() > 25);
        assertFalse(demo.path("complete").asBoolean());
        assertEquals(37, lead.get(SA + "/reflections/" + demo.path("id").asText() + "/my-ratings").body().path("total").asInt());
        JsonNode process = null;
        for (JsonNode p : lead.get(SA + "/process-assessments?orgId=" + district).body().path("items")) if (p.path("schoolYear").asText().equals("2026-27")) process = p;
        assertNotNull("the demo's process self-assessment", process);
        assertEquals(3, process.path("team").size());
        assertTrue(process.path("supports").size() > 0);
        assertTrue(process.path("process").get(0).path("gaps").asText().length() > 0);
    }
}
