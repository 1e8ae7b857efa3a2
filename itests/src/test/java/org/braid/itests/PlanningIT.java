package org.braid.itests;

import static org.junit.Assert.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The planning module over HTTP: a whole plan built by a school leader, its rules, the check, the PDF and CSV, the demo plans. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlanningIT extends BraidTestSupport {
    static final int PORT = 18381;

    public PlanningIT() {
        super(PORT);
    }

    /** @return a client signed in as the user, once the planning module answers (it may start after the platform) */
    Http ready(String user) throws InterruptedException {
        Http http = signedIn(user);
        Http.Reply planning = http.await("/planning/template", x -> x.status() == 200, Duration.ofSeconds(60));
        assertEquals("planning is not up", 200, planning.status());
        assertEquals(200, http.await("/planning/prioritization-questions", x -> x.status() == 200, Duration.ofSeconds(30)).status());
        return http;
    }

    static String goalOf(Http http, String org) {
        return http.get("/orgs/" + org + "/direction").body().path("goals").path(0).path("id").asText();
    }

    /** A plan for School A in a school year nothing else uses, with one priority area. */
    static String newPlan(Http school, String orgId, String year) {
        Http.Reply plan = school.post("/planning/plans", Http.obj("orgId", orgId, "schoolYear", year));
        assertEquals(plan.body().toString(), 201, plan.status());
        return plan.text("id");
    }

    static Http.Reply strategy(Http http, String areaId, String then, List<String> codes, String goal, String start, String end) {
        return http.post("/planning/priority-areas/" + areaId + "/strategies", Http.obj("if",
                "If we engage our instructional teams in developing standards-aligned units of instruction", "then", then, "and",
                "each student will meet his or her growth targets each year", "codes", codes, "startYear", start, "endYear", end,
                "goalIds", goal == null ? List.of() : List.of(goal)));
    }

    @Test
    public void aSchoolLeaderBuildsAWholePlan() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A"), district = admin.orgId("District A");
        Http school = anonymous.as("school-a");
        String planId = newPlan(school, schoolA, "2030-31");

        Http.Reply area = school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Instructional transformation",
                "description", "Personalized, standards-based instruction"));
        assertEquals(201, area.status());
        assertEquals("1", area.text("number"));
        assertNotNull(area.etag());
        Http.Reply s = strategy(school, area.text("id"), "teachers will plan and deliver standards-based personalized instruction",
                List.of("3c"), goalOf(admin, district), "2030-31", "2032-33");
        assertEquals(s.body().toString(), 201, s.status());
        assertEquals("1.1", s.text("number"));
        assertEquals("3C", s.body().path("codes").path(0).asText());
        String strategyId = s.text("id");

        Http.Reply m = school.post("/planning/strategies/" + strategyId + "/measures", Http.obj("indicator",
                "Percentage of teacher lesson plans that are standards-based and personalized", "dataSource", "Lesson Design Studio",
                "baseline", "26%", "targets", Http.obj("2031-32", 50, "2032-33", 80)));
        assertEquals(m.body().toString(), 201, m.status());
        assertEquals(50, m.body().path("targets").path("2031-32").asInt());
        Http.Reply ms = school.post("/planning/strategies/" + strategyId + "/milestones", Http.obj("description",
                "Every team has written two units", "dueDate", "2031-06-15", "codes", List.of("3C")));
        assertEquals(ms.body().toString(), 201, ms.status());
        assertEquals("1.1.1", ms.text("number"));
        Http.Reply a1 = school.post("/planning/milestones/" + ms.text("id") + "/actions", Http.obj("description", "Train the teams",
                "owner", "Instructional Coach", "startDate", "2030-08-15", "dueDate", "2030-10-30", "budget", 4500.50,
                "fundingSource", "Title I, Part A", "outputs", List.of("Unit drafts in the Lesson Design Studio")));
        assertEquals(a1.body().toString(), 201, a1.status());
        assertEquals("1.1.1.1", a1.text("number"));
        Http.Reply a2 = school.post("/planning/milestones/" + ms.text("id") + "/actions", Http.obj("description", "Review the units",
                "startDate", "2030-11-01", "dueDate", "2031-01-30"));
        assertEquals("1.1.1.2", a2.text("number"));

        Http.Reply plan = school.get("/planning/plans/" + planId);
        assertEquals(200, plan.status());
        assertNotNull(plan.etag());
        JsonNode st = plan.body().path("priorityAreas").path(0).path("strategies").path(0);
        assertEquals("1.1", st.path("number").asText());
        assertTrue(st.path("then").asText().startsWith("teachers will plan"));
        assertEquals("1.1.1.2", st.path("milestones").path(0).path("actions").path(1).path("number").asText());

        // moving the second action first renumbers both
        Http.Reply moved = school.put("/planning/actions/" + a2.text("id"), Http.obj("description", "Review the units",
                "startDate", "2030-11-01", "dueDate", "2031-01-30", "position", 1), a2.etag());
        assertEquals(moved.body().toString(), 200, moved.status());
        assertEquals("1.1.1.1", moved.text("number"));
        assertEquals("1.1.1.2", school.get("/planning/actions/" + a1.text("id")).text("number"));

        // an element read, changed and sent back keeps its read-only fields out of the way
        Http.Reply read = school.get("/planning/strategies/" + strategyId);
        com.fasterxml.jackson.databind.node.ObjectNode edited = (com.fasterxml.jackson.databind.node.ObjectNode) read.body().deepCopy();
        edited.put("then", "teachers will plan and deliver personalized, standards-based lessons");
        Http.Reply put = school.put("/planning/strategies/" + strategyId, edited, read.etag());
        assertEquals(put.body().toString(), 200, put.status());
        assertEquals("teachers will plan and deliver personalized, standards-based lessons", put.text("then"));
        assertEquals(1, put.body().path("milestones").size());

        // the check flags the action without an owner, by number, beside Tool B's questions
        JsonNode check = school.get("/planning/plans/" + planId + "/check").body();
        boolean ownerless = false;
        for (JsonNode f : check.path("findings")) {
            if (f.path("rule").asText().equals("action-without-owner")) ownerless = f.path("number").asText().equals("1.1.1.1");
        }
        assertTrue(check.toString(), ownerless);
        assertTrue(check.path("coachingQuestions").path("questions").size() > 5);
        assertFalse(check.path("coachingQuestions").path("source").path("title").asText().isEmpty());

        Http.Reply csv = school.get("/planning/plans/" + planId + "/actions.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        String[] lines = csv.body().asText().split("\r?\n");
        assertEquals(3, lines.length);
        assertTrue(lines[2], lines[2].contains("Instructional Coach") && lines[2].contains("4500.50") && lines[2].contains("\"Title I, Part A\""));

        // a text a spreadsheet would run as a formula goes out as text
        assertEquals(201, school.post("/planning/milestones/" + ms.text("id") + "/actions", Http.obj("description", "=HYPERLINK(\"http://evil.example\")",
                "owner", "@SUM(A1)", "startDate", "2030-11-01", "dueDate", "2031-01-30")).status());
        String formulas = school.get("/planning/plans/" + planId + "/actions.csv").body().asText().split("\r?\n")[3];
        assertTrue(formulas, formulas.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@SUM(A1),"));

        HttpResponse<byte[]> pdf = bytes("school-a", "/planning/plans/" + planId + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) text.append(extractor.getTextFromPage(p)).append('\n');
        String flat = text.toString().replaceAll("\\s+", " ");
        assertTrue(flat, flat.contains("engage our instructional teams"));
        assertTrue(flat, flat.contains("Strategy 1.1"));

        // deleting the priority area takes everything under it
        String areaPath = "/planning/priority-areas/" + area.text("id");
        assertEquals("a removal names the version it saw", 428, school.delete(areaPath, null).status());
        assertEquals(200, school.put(areaPath, Http.obj("title", "Instructional transformation, renamed"), area.etag()).status());
        assertEquals("the version before the rename is stale", 412, school.delete(areaPath, area.etag()).status());
        assertEquals(204, school.delete(areaPath, school.get(areaPath).etag()).status());
        assertEquals(404, school.get("/planning/strategies/" + strategyId).status());
        assertEquals(404, school.get("/planning/actions/" + a1.text("id")).status());
        assertEquals(0, school.get("/planning/plans/" + planId).body().path("priorityAreas").size());
    }

    @Test
    public void badInputIsNamedAndUnknownCodesAreRuleViolations() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A");
        Http school = anonymous.as("school-a");
        String planId = newPlan(school, schoolA, "2031-32");
        String areaId = school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Culture")).text("id");

        Http.Reply noThen = strategy(school, areaId, null, List.of("3C"), null, "2031-32", "2032-33");
        assertEquals(400, noThen.status());
        assertEquals("then", noThen.body().path("details").path(0).path("field").asText());
        Http.Reply unknown = strategy(school, areaId, "x", List.of("9Z"), null, "2031-32", "2032-33");
        assertEquals(unknown.body().toString(), 422, unknown.status());
        assertEquals("codes[0]", unknown.body().path("details").path(0).path("field").asText());
        assertEquals(400, strategy(school, areaId, "x", List.of("3C"), null, "2031-32", "2031-32").status());
        assertEquals(422, strategy(school, areaId, "x", List.of("3C"), "no-such-goal", "2031-32", "2032-33").status());
        Http.Reply wrongType = school.post("/planning/priority-areas/" + areaId + "/strategies", "{\"if\":\"a\",\"then\":\"b\",\"and\":\"c\",\"codes\":\"3C\"}");
        assertEquals(400, wrongType.status());
        assertEquals(400, school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "x", "color", "red")).status());
        assertEquals(404, school.get("/planning/strategies/no-such-strategy").status());
        assertEquals("nothing half-written", 0, school.get("/planning/plans/" + planId).body().path("priorityAreas").path(0).path("strategies").size());
    }

    @Test
    public void aConcurrentEditGets412() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A");
        Http school = anonymous.as("school-a");
        String planId = newPlan(school, schoolA, "2032-33");
        Http.Reply area = school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Talent"));
        assertEquals(200, school.put("/planning/priority-areas/" + area.text("id"), Http.obj("title", "Talent pipeline"), area.etag()).status());
        Http.Reply stale = school.put("/planning/priority-areas/" + area.text("id"), Http.obj("title", "Talent again"), area.etag());
        assertEquals(412, stale.status());
        assertEquals(428, school.put("/planning/priority-areas/" + area.text("id"), Http.obj("title", "no version"), null).status());
        assertEquals("Talent pipeline", school.get("/planning/priority-areas/" + area.text("id")).text("title"));
    }

    @Test
    public void aSchoolsTeamSeesTheGoalsItsStrategiesMayServeUpToTheState() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A"), districtA = admin.orgId("District A");
        Http school = anonymous.as("school-a");
        String planId = newPlan(school, schoolA, "2033-34");
        assertEquals("the district's direction itself is not the school's to read", 404, school.get("/orgs/" + districtA + "/direction").status());
        com.fasterxml.jackson.databind.JsonNode goals = school.get("/planning/plans/" + planId + "/goals").body().path("items");
        String districtGoal = admin.get("/orgs/" + districtA + "/direction").body().path("goals").get(0).path("id").asText();
        boolean found = false;
        for (com.fasterxml.jackson.databind.JsonNode g : goals) {
            if (g.path("id").asText().equals(districtGoal)) found = g.path("orgName").asText().equals("District A");
        }
        assertTrue("a district goal, named with its district: " + goals, found);
        // and a strategy of the school's plan links to it
        String area = school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Growth")).text("id");
        Http.Reply strategy = strategy(school, area, "teachers will plan units together", List.of("3A"), districtGoal, "2033-34", "2034-35");
        assertEquals(strategy.body().toString(), 201, strategy.status());
        assertEquals(404, anonymous.as("school-a").get("/planning/plans/" + newPlan(admin, admin.orgId("School B"), "2033-34") + "/goals").status());
    }

    @Test
    public void aSchoolLeaderCannotEditAnotherSchoolsPlan() throws Exception {
        Http admin = ready("admin");
        String schoolB = admin.orgId("School B");
        Http school = anonymous.as("school-a");
        Http.Reply other = school.post("/planning/plans", Http.obj("orgId", schoolB, "schoolYear", "2033-34"));
        assertTrue(String.valueOf(other.status()), other.status() == 403 || other.status() == 404);
        JsonNode demo = awaitDemoPlan(admin, schoolB);
        String bPlan = demo.path("id").asText();
        String bArea = demo.path("priorityAreas").path(0).path("id").asText();
        assertEquals(404, school.get("/planning/plans/" + bPlan).status());
        assertEquals(404, school.post("/planning/plans/" + bPlan + "/priority-areas", Http.obj("title", "x")).status());
        assertEquals(404, school.raw("DELETE", "/planning/priority-areas/" + bArea, null, new byte[0]).status());
        Http lea = anonymous.as("district-a");
        assertEquals("an LEA leader reads its schools' plans", 200, lea.get("/planning/plans/" + bPlan).status());
        assertEquals("but does not edit them", 403, lea.post("/planning/plans/" + bPlan + "/priority-areas", Http.obj("title", "x")).status());
    }

    @Test
    public void theRequiredPlansAreDrawnFromTheDemoPlans() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A"), schoolC = admin.orgId("School C");
        String planA = awaitDemoPlan(admin, schoolA).path("id").asText();
        Http school = anonymous.as("school-a");
        JsonNode items = school.get("/planning/plans/" + planA + "/templates").body().path("items");
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode t : items) ids.add(t.path("id").asText());
        assertEquals("School A is a CSI school: its CSI plan and its Title I schoolwide plan, no TSI plan", List.of("csi", "title-i-schoolwide"), ids);
        double completeness = items.path(0).path("completeness").asDouble();
        assertTrue(items.toString(), completeness > 0.3 && completeness < 1 && items.path(0).path("missing").asInt() > 0);
        assertEquals("ESEA section 1111(d)(1)(B)", items.path(0).path("source").path("section").asText());

        JsonNode csi = school.get("/planning/plans/" + planA + "/templates/csi").body();
        java.util.Map<String, JsonNode> sections = new java.util.HashMap<>();
        for (JsonNode s : csi.path("sections")) sections.put(s.path("id").asText(), s);
        assertEquals("the demo's strategies are coded to practices: evidence-based interventions are shown", 0,
                sections.get("interventions").path("missing").size());
        assertEquals("Strategy 1.1", sections.get("interventions").path("entries").path(0).path("label").asText());
        assertTrue("the demo plan names no resource inequity: " + sections.get("resource-inequities"),
                sections.get("resource-inequities").path("missing").path(0).asText().startsWith("Identifies resource inequities"));
        byte[] pdf = school.bytes("/planning/plans/" + planA + "/templates/csi/pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // each template that applies to a demo plan, with the components it misses (the demo plans are not submitted,
        // name no collaborator, describe no priority area, and name no subgroup or resource inequity; the demo's needs
        // assessments are of 2026-27, none of the plans' 2025-26; monitoring's demo files status reports on all three)
        List<String> titleIMissing = List.of("needs-assessment §1114(b)(6)", "needs-assessment §1114(b)(6)", "stakeholders §1114(b)(2)",
                "stakeholders §1114(b)(4)");
        assertRequired(school, planA, "csi", 5, 11, List.of("stakeholders §1111(d)(1)(B)", "needs-assessment §1111(d)(1)(B)(iii)",
                "needs-assessment §1111(d)(1)(B)(iii)", "resource-inequities §1111(d)(1)(B)(iv)", "approval §1111(d)(1)(B)(v)"));
        assertRequired(school, planA, "title-i-schoolwide", 4, 13, titleIMissing);
        assertTrue("monitoring's status reports are shown where §1114(b)(3) asks for them",
                school.get("/planning/plans/" + planA + "/templates/title-i-schoolwide").body().toString().contains("status reports filed"));
        String planB = awaitDemoPlan(admin, admin.orgId("School B")).path("id").asText();
        List<String> bIds = new java.util.ArrayList<>();
        for (JsonNode t : admin.get("/planning/plans/" + planB + "/templates").body().path("items")) bIds.add(t.path("id").asText());
        assertEquals("School B is a TSI school (listed by title)", List.of("tsi", "title-i-schoolwide"), bIds);
        // not ATSI: resource inequities (§1111(d)(2)(C)) are not asked of it
        JsonNode tsiB = assertRequired(admin, planB, "tsi", 4, 9, List.of("stakeholders §1111(d)(2)(B)", "indicators §1111(d)(2)(B)",
                "approval §1111(d)(2)(B)(iii)", "approval §1111(d)(2)(B)(v)"));
        assertFalse(tsiB.toString(), tsiB.path("sections").toString().contains("(d)(2)(C)"));
        assertRequired(admin, planB, "title-i-schoolwide", 4, 13, titleIMissing);
        Http.Reply csiB = admin.get("/planning/plans/" + planB + "/templates/csi");
        assertEquals(csiB.body().toString(), 404, csiB.status());
        assertTrue(csiB.body().toString(), csiB.body().path("error").asText().contains("does not apply to School B"));

        String planC = awaitDemoPlan(admin, schoolC).path("id").asText();
        List<String> cIds = new java.util.ArrayList<>();
        for (JsonNode t : admin.get("/planning/plans/" + planC + "/templates").body().path("items")) cIds.add(t.path("id").asText());
        assertEquals("School C is not identified: its Title I schoolwide plan only", List.of("title-i-schoolwide"), cIds);
        assertRequired(admin, planC, "title-i-schoolwide", 4, 13, titleIMissing);
        Http.Reply tsi = admin.get("/planning/plans/" + planC + "/templates/tsi");
        assertEquals(tsi.body().toString(), 404, tsi.status());
        assertTrue(tsi.body().toString(), tsi.body().path("error").asText().contains("does not apply to School C"));
        Http.Reply none = admin.get("/planning/plans/" + planC + "/templates/no-such-plan");
        assertEquals(none.body().toString(), 404, none.status());
        assertTrue(none.body().toString(), none.body().path("error").asText().contains("none installed"));
        String planDistrict = awaitDemoPlan(admin, admin.orgId("District A")).path("id").asText();
        assertEquals("no required plan applies to a district", 0, admin.get("/planning/plans/" + planDistrict + "/templates").body().path("items").size());

        JsonNode codes = school.get("/planning/plans/" + planA + "/codes").body();
        assertEquals(codes.toString(), "four-domains", codes.path("framework").path("id").asText());
        assertEquals("every demo code is a practice of the installed Four Domains: " + codes, 0, codes.path("items").size());

        String area = awaitDemoPlan(admin, schoolA).path("priorityAreas").path(0).path("id").asText();
        Http.Reply unknown = school.put("/planning/elements/" + area + "/extensions/no-such-pack", Http.obj("x", 1), "\"1\"");
        assertEquals(unknown.body().toString(), 404, unknown.status());
        assertTrue(unknown.body().toString(), unknown.body().path("error").asText().contains("none installed"));
        assertEquals(404, school.put("/planning/elements/no-such-element/extensions/no-such-pack", Http.obj("x", 1), "\"1\"").status());
        assertEquals("another school's element", 404, anonymous.as("school-a").put("/planning/elements/"
                + awaitDemoPlan(admin, schoolC).path("priorityAreas").path(0).path("id").asText() + "/extensions/no-such-pack", Http.obj(), "\"1\"").status());
    }

    @Test
    public void aComprehensiveNeedsAssessmentShowsTheTitleIPlansNeedsAssessment() throws Exception {
        Http admin = ready("admin");
        String schoolC = admin.orgId("School C");
        String planId = newPlan(admin, schoolC, "2036-37");
        assertEquals(201, admin.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Chronic absence")).status());
        String path = "/planning/plans/" + planId + "/templates/title-i-schoolwide";
        JsonNode before = admin.get(path).body();
        assertTrue("priority areas alone do not show a comprehensive needs assessment: " + before,
                missingComponents(before).contains("needs-assessment §1114(b)(6)")
                        && before.path("sections").path(0).path("missing").path(0).asText().contains("no comprehensive needs assessment with priority needs for 2036-37"));
        assertTrue(before.toString(), missingComponents(before).contains("monitoring §1114(b)(3)"));

        // a segmented assessment is not the comprehensive one the statute asks for; a comprehensive one with a priority need is
        String segmented = admin.post("/needs-assessment/assessments", Http.obj("orgId", schoolC, "schoolYear", "2036-37", "scope", "SEGMENTED",
                "focus", "Attendance")).text("id");
        assertEquals(201, admin.post("/needs-assessment/assessments/" + segmented + "/priority-areas", Http.obj("title", "Attendance")).status());
        assertEquals(missingComponents(before), missingComponents(admin.get(path).body()));
        Http.Reply na = admin.post("/needs-assessment/assessments", Http.obj("orgId", schoolC, "schoolYear", "2036-37", "scope", "COMPREHENSIVE"));
        assertEquals(na.body().toString(), 201, na.status());
        String cause = admin.post("/needs-assessment/assessments/" + na.text("id") + "/root-causes", Http.obj("text", "No early-warning routine",
                "controllable", true, "systemic", true, "level", "SCHOOL")).text("id");
        Http.Reply need = admin.post("/needs-assessment/assessments/" + na.text("id") + "/priority-areas", Http.obj("title", "Chronic absence",
                "rootCauseIds", List.of(cause)));
        assertEquals(need.body().toString(), 201, need.status());

        JsonNode after = admin.get(path).body();
        JsonNode section = after.path("sections").path(0);
        assertEquals("needs-assessment", section.path("id").asText());
        assertEquals("the comprehensive needs assessment is shown now; the findings' descriptions are still missing: " + section,
                1, section.path("missing").size());
        assertTrue(section.toString(), section.path("missing").path(0).asText().startsWith("The needs assessment's findings"));
        assertEquals("Comprehensive needs assessment", section.path("entries").path(0).path("label").asText());
        assertTrue(section.toString(), section.path("entries").toString().contains("No early-warning routine"));
        assertEquals(before.path("missing").asInt() - 1, after.path("missing").asInt());
        assertTrue(after.path("completeness").asDouble() > before.path("completeness").asDouble());
    }

    @Test
    public void theDemoPlansFollowSeed001() throws Exception {
        Http admin = ready("admin");
        JsonNode district = awaitDemoPlan(admin, admin.orgId("District A"));
        JsonNode s = district.path("priorityAreas").path(0).path("strategies").path(0);
        assertEquals("4C", s.path("codes").path(0).asText());
        assertTrue(s.path("if").asText().contains("Learning Acquisition Portfolios"));
        JsonNode m = s.path("measures").path(0);
        assertEquals("26%", m.path("baseline").asText());
        assertEquals(50, m.path("targets").path("2026-27").asInt());
        assertEquals(90, m.path("targets").path("2027-28").asInt());
        assertTrue(s.path("milestones").path(0).path("actions").size() > 0);
        Http lea = anonymous.as("district-a");
        JsonNode alignment = lea.get("/planning/goal-alignment?orgId=" + admin.orgId("District A")).body().path("items");
        assertEquals(alignment.toString(), 1, alignment.size());
        java.util.Set<String> serving = new java.util.HashSet<>();
        for (JsonNode st : alignment.path(0).path("strategies")) serving.add(st.path("orgName").asText());
        assertTrue(alignment.toString(), serving.containsAll(List.of("District A", "School A", "School B", "School C")));
        JsonNode a = awaitDemoPlan(admin, admin.orgId("School A"));
        boolean c3 = false;
        for (JsonNode area : a.path("priorityAreas")) for (JsonNode st : area.path("strategies")) {
            if (st.path("codes").path(0).asText().equals("3C")) c3 = st.path("measures").path(0).path("targets").path("2027-28").asInt() == 80;
        }
        assertTrue(c3);
    }

    @Test
    public void turningPlanningOffAndOnKeepsEveryPlan() throws Exception {
        Http admin = ready("admin");
        String schoolC = admin.orgId("School C");
        JsonNode before = awaitDemoPlan(admin, schoolC);
        assertEquals(200, admin.put("/admin/modules/planning", Http.obj("enabled", false), null).status());
        Http.Reply gone = admin.await("/planning/plans/" + before.path("id").asText(), r -> r.status() == 404 || r.status() == 503, Duration.ofSeconds(5));
        assertTrue(gone.status() == 404 || gone.status() == 503);
        assertEquals(200, admin.put("/admin/modules/planning", Http.obj("enabled", true), null).status());
        Http.Reply back = admin.await("/planning/plans/" + before.path("id").asText(), r -> r.status() == 200, Duration.ofSeconds(10));
        assertEquals(200, back.status());
        JsonNode after = back.body().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) after).remove("version");
        JsonNode was = before.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) was).remove("version");
        assertEquals(was, after);
    }

    @Test
    public void submittingSnapshotsAVersionThatIsSignedOffAndDiffed() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A");
        Http school = anonymous.as("school-a");
        String planId = newPlan(school, schoolA, "2034-35");
        Http.Reply area = school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Culture"));
        Http.Reply v1 = school.post("/planning/plans/" + planId + "/submit", Http.obj());
        assertEquals(v1.body().toString(), 201, v1.status());
        assertEquals(1, v1.body().path("number").asInt());
        assertEquals("SUBMITTED", school.get("/planning/plans/" + planId).text("status"));
        assertEquals("a submitted plan is kept as it is", 422,
                school.put("/planning/priority-areas/" + area.text("id"), Http.obj("title", "x"), area.etag()).status());

        Http.Reply signed = school.post("/planning/plans/" + planId + "/sign-offs", Http.obj());
        assertEquals(signed.body().toString(), 201, signed.status());
        assertEquals("the role and name come from the account", "school-leader", signed.body().path("signOffs").path(0).path("role").asText());
        assertEquals("school-a", signed.body().path("signOffs").path(0).path("name").asText());
        assertEquals("a role or name in the body is refused", 400,
                school.post("/planning/plans/" + planId + "/sign-offs", Http.obj("role", "Superintendent", "name", "Dana")).status());
        Http.Reply own = school.post("/planning/plans/" + planId + "/sign-offs", Http.obj("approves", true));
        assertEquals("a school does not approve its own plan", 403, own.status());
        assertEquals("approves", own.body().path("details").path(0).path("field").asText());
        Http lea = anonymous.as("district-a");
        Http.Reply approved = lea.post("/planning/plans/" + planId + "/sign-offs", Http.obj("approves", true));
        assertEquals(approved.body().toString(), 201, approved.status());
        assertEquals(2, approved.body().path("signOffs").size());
        assertFalse(approved.body().path("signOffs").path(0).path("signed").asText().isEmpty());
        assertTrue(approved.body().toString(), approved.body().toString().contains("\"role\":\"lea-leader\",\"name\":\"district-a\""));
        assertEquals("APPROVED", school.get("/planning/plans/" + planId).text("status"));

        assertEquals(200, school.post("/planning/plans/" + planId + "/reopen", Http.obj()).status());
        Http.Reply current = school.get("/planning/priority-areas/" + area.text("id"));
        assertEquals(200, school.put("/planning/priority-areas/" + area.text("id"), Http.obj("title", "Culture shift"), current.etag()).status());
        school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Talent"));
        assertEquals(2, school.post("/planning/plans/" + planId + "/submit", Http.obj()).body().path("number").asInt());
        assertEquals(2, school.get("/planning/plans/" + planId + "/versions").body().path("total").asInt());
        assertEquals("Culture", school.get("/planning/plans/" + planId + "/versions/1").body().path("priorityAreas").path(0).path("title").asText());

        JsonNode diff = school.get("/planning/plans/" + planId + "/versions/1/diff/2").body().path("items");
        assertEquals(diff.toString(), 2, diff.size());
        for (JsonNode c : diff) {
            if (c.path("id").asText().equals(area.text("id"))) {
                assertEquals("changed", c.path("change").asText());
                assertEquals("title", c.path("fields").path(0).path("field").asText());
                assertEquals("Culture shift", c.path("fields").path(0).path("after").asText());
            } else {
                assertEquals("added", c.path("change").asText());
                assertEquals("2", c.path("numberAfter").asText());
            }
        }
        assertEquals(0, school.get("/planning/plans/" + planId + "/versions/2/diff/current").body().path("total").asInt());
        assertEquals(404, school.get("/planning/plans/" + planId + "/versions/9").status());
        assertEquals(400, school.get("/planning/plans/" + planId + "/versions/x/diff/1").status());
    }

    @Test
    public void candidatesAreWeighedAndFundingIsSummed() throws Exception {
        Http admin = ready("admin");
        Http school = anonymous.as("school-a");
        assertEquals(7, school.get("/planning/prioritization-questions").body().path("questions").size());
        String planId = newPlan(school, admin.orgId("School A"), "2035-36");
        Http.Reply c = school.post("/planning/plans/" + planId + "/candidates", Http.obj("title", "Learning portfolios",
                "answers", Http.obj("root-cause", Http.obj("answer", "yes", "note", "targets family engagement"), "scale", Http.obj("answer", "partly")),
                "rank", 1));
        assertEquals(c.body().toString(), 201, c.status());
        assertEquals(3, c.body().path("score").asInt());
        Http.Reply bad = school.post("/planning/plans/" + planId + "/candidates", Http.obj("title", "x", "answers", Http.obj("scale", Http.obj("answer", "maybe"))));
        assertEquals(400, bad.status());
        assertEquals("answers.scale.answer", bad.body().path("details").path(0).path("field").asText());

        String area = school.post("/planning/plans/" + planId + "/priority-areas", Http.obj("title", "Culture")).text("id");
        String st = strategy(school, area, "teachers personalize", List.of("3C"), null, "2035-36", "2036-37").text("id");
        String ms = school.post("/planning/strategies/" + st + "/milestones", Http.obj("description", "units", "dueDate", "2036-06-01")).text("id");
        school.post("/planning/milestones/" + ms + "/actions", Http.obj("description", "a", "owner", "o", "budget", 1000, "fundingSource", "Title I"));
        school.post("/planning/milestones/" + ms + "/actions", Http.obj("description", "b", "owner", "o", "budget", 250.25, "fundingSource", "Title I"));
        school.post("/planning/milestones/" + ms + "/actions", Http.obj("description", "c", "owner", "o", "budget", 99.75, "fundingSource", "General fund"));
        assertEquals(201, school.post("/planning/plans/" + planId + "/retirements", Http.obj("initiative", "Old reading program",
                "freedAmount", 5000, "fundingSource", "Title I", "reason", "no measurable return")).status());
        JsonNode f = school.get("/planning/plans/" + planId + "/funding").body();
        assertEquals(1350.0, f.path("total").asDouble(), 0.001);
        assertEquals("General fund", f.path("bySource").path(0).path("fundingSource").asText());
        assertEquals(1250.25, f.path("bySource").path(1).path("amount").asDouble(), 0.001);
        assertEquals("1.1", f.path("byStrategy").path(0).path("number").asText());
        assertEquals(5000.0, f.path("freed").asDouble(), 0.001);

        JsonNode export = admin.get("/orgs/" + admin.orgId("School A") + "/export").body().path("sections").path("planning").path("plans");
        JsonNode mine = null;
        for (JsonNode p : export) if (p.path("id").asText().equals(planId)) mine = p;
        assertNotNull(export.toString(), mine);
        assertEquals(3, mine.path("priorityAreas").path(0).path("strategies").path(0).path("milestones").path(0).path("actions").size());
        assertEquals(1, mine.path("candidates").size());
        assertEquals(1, mine.path("retirements").size());
        assertFalse(mine.toString(), mine.toString().contains("\"version\""));
    }

    @Test
    public void theOpenApiDocumentUsesTheContractNames() throws Exception {
        Http admin = ready("admin");
        JsonNode doc = admin.get("/openapi.json").body();
        for (String p : List.of("/planning/plans/{id}", "/planning/priority-areas/{id}/strategies", "/planning/strategies/{id}/measures",
                "/planning/strategies/{id}/milestones", "/planning/milestones/{id}/actions", "/planning/actions/{id}", "/planning/plans/{id}/check",
                "/planning/plans/{id}/pdf", "/planning/plans/{id}/actions.csv", "/planning/plans/{id}/versions/{a}/diff/{b}")) {
            assertTrue(p, doc.path("paths").has(p));
        }
        JsonNode strategy = doc.path("components").path("schemas").path("planning.StrategyInput").path("properties");
        assertTrue(strategy.toString(), strategy.has("if") && strategy.has("then") && strategy.has("and") && !strategy.has("ifPart"));
    }

    /** @return the organization's demo plan (2025-26), loaded by planning a moment after start */
    /**
     * Asserts a template drawn from a plan: its missing components, as "section cites", and its figures, the same in the
     * list of the plan's templates and in the template itself.
     *
     * @return the template drawn
     */
    static JsonNode assertRequired(Http http, String planId, String templateId, int missing, int components, List<String> missingComponents)
            throws InterruptedException {
        // the demo's status reports are loaded once the demo plans exist: wait for them
        JsonNode t = http.await("/planning/plans/" + planId + "/templates/" + templateId, r -> missingComponents(r.body()).equals(missingComponents),
                Duration.ofSeconds(60)).body();
        assertEquals(templateId + ": " + t, missingComponents, missingComponents(t));
        assertEquals(t.toString(), missing, t.path("missing").asInt());
        double share = Math.round(100.0 * (components - missing) / components) / 100.0;
        assertEquals(t.toString(), share, t.path("completeness").asDouble(), 0.001);
        boolean listed = false;
        for (JsonNode item : http.get("/planning/plans/" + planId + "/templates").body().path("items")) {
            if (!item.path("id").asText().equals(templateId)) continue;
            listed = true;
            assertEquals(item.toString(), missing, item.path("missing").asInt());
            assertEquals(item.toString(), share, item.path("completeness").asDouble(), 0.001);
        }
        assertTrue(templateId + " is listed for the plan", listed);
        return t;
    }

    /** @return a drawn template's missing components as "section cites", in order */
    static List<String> missingComponents(JsonNode template) {
        List<String> found = new java.util.ArrayList<>();
        for (JsonNode section : template.path("sections")) {
            for (JsonNode m : section.path("missing")) {
                String text = m.asText();
                int at = text.indexOf(" (§");
                found.add(section.path("id").asText() + " " + (at < 0 ? text : text.substring(at + 2, text.indexOf("): ", at))));
            }
        }
        return found;
    }

    static JsonNode awaitDemoPlan(Http http, String orgId) throws InterruptedException {
        Http.Reply r = http.await("/planning/plans?orgId=" + orgId, x -> x.status() == 200 && hasYear(x.body().path("items"), "2025-26"), Duration.ofSeconds(30));
        for (JsonNode p : r.body().path("items")) {
            if (p.path("schoolYear").asText().equals("2025-26")) return http.get("/planning/plans/" + p.path("id").asText()).body();
        }
        throw new AssertionError("no demo plan for " + orgId + ": " + r.body());
    }

    private static boolean hasYear(JsonNode plans, String year) {
        for (JsonNode p : plans) if (p.path("schoolYear").asText().equals(year)) return true;
        return false;
    }

    /** GETs raw bytes as a demo user (the JSON helper reads text). */
    static HttpResponse<byte[]> bytes(String user, String path) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> session = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + Http.DEMO_PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = Http.JSON.readTree(session.body()).path("token").asText();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api" + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
