package org.braid.itests;

import static org.junit.Assert.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.needsassessment.api.PriorityAreaSource;
import org.braid.needsassessment.api.PriorityAreaSummary;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The needs-assessment module over HTTP: a full needs assessment, validation, the fishbone SVG, the
 * demo data, priority areas handed to planning, turning the module off and on, and the export.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NeedsAssessmentIT extends BraidTestSupport {
    static final int PORT = 18481;

    public NeedsAssessmentIT() {
        super(PORT);
    }
    static final String NA = "/needs-assessment";

    @Inject
    BundleContext context;


    /** Waits for Braid and for the demo needs assessments, so no test races the demo loader. */
    Http ready(String user) throws InterruptedException {
        Http admin = signedIn("admin");
        String district = admin.orgId("District A");
        Http.Reply demo = admin.await(NA + "/assessments?orgId=" + district, r -> r.status() == 200 && r.body().path("total").asInt() > 0, Duration.ofSeconds(60));
        assertEquals("the demo needs assessment of District A", 200, demo.status());
        return anonymous.as(user);
    }

    /** Deletes the version there is now (a DELETE names the version it removes). */
    static Http.Reply delete(Http http, String path) {
        return http.delete(path, http.get(path).etag());
    }

    static String field(Http.Reply r) {
        return r.body().path("details").path(0).path("field").asText();
    }

    static ObjectNode trend(String statement, String kind, Object... yearsAndValues) {
        List<ObjectNode> data = new ArrayList<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) data.add(Http.obj("year", yearsAndValues[i], "value", yearsAndValues[i + 1]));
        return Http.obj("statement", statement, "kind", kind, "data", data);
    }

    @Test
    public void aFullNeedsAssessmentThroughTheApi() throws Exception {
        Http lea = ready("district-a");
        String district = lea.orgId("District A");
        Http.Reply created = lea.post(NA + "/assessments", Http.obj("orgId", district, "schoolYear", "2028-29", "scope", "COMPREHENSIVE"));
        assertEquals(created.body().toString(), 201, created.status());
        assertNotNull(created.etag());
        String id = created.text("id");
        String under = NA + "/assessments/" + id;

        assertEquals(201, lea.post(under + "/data-reviews", Http.obj("element", "student-outcomes", "notes", "state assessments, 3 years",
                "evidence", List.of("https://example.org/results"))).status());
        Http.Reply referrals = lea.post(under + "/trends", trend("Discipline referrals rose", "CONCERNING", "2023-24", 31, "2024-25", 42));
        assertEquals(referrals.body().toString(), 201, referrals.status());
        ObjectNode math = trend("Math proficiency fell", "CONCERNING", "2023-24", 44, "2024-25", 38);
        math.set("linkedTrendIds", Http.JSON.valueToTree(List.of(referrals.text("id"))));
        Http.Reply mathTrend = lea.post(under + "/trends", math);
        assertEquals(201, mathTrend.status());
        Http.Reply swot = lea.post(under + "/swot", Http.obj("kind", "STRENGTH", "text", "A complete PD cycle", "evidence", "PD calendar"));
        assertEquals(201, swot.status());
        Http.Reply chain = lea.post(under + "/why-chains", Http.obj("problem", "Low student math performance in seventh grade.",
                "whys", List.of("a", "b", "c", "d", "e"), "rootCause", "e"));
        assertEquals(chain.body().toString(), 201, chain.status());
        Http.Reply fishbone = lea.post(under + "/fishbones", Http.obj("problem", "Low math performance",
                "categories", List.of(Http.obj("name", "Staff", "causes", List.of("turnover")))));
        assertEquals(201, fishbone.status());
        Http.Reply cause = lea.post(under + "/root-causes", Http.obj("text", "PD is not implemented in classrooms", "controllable", true,
                "systemic", true, "level", "CLASSROOM"));
        assertEquals(201, cause.status());
        Http.Reply area = lea.post(under + "/priority-areas", Http.obj("title", "PD implementation", "rootCauseIds", List.of(cause.text("id"))));
        assertEquals(area.body().toString(), 201, area.status());

        Http.Reply all = lea.get(under);
        assertEquals(200, all.status());
        JsonNode a = all.body();
        assertEquals("COMPREHENSIVE", a.path("scope").asText());
        assertEquals(1, a.path("dataReviews").size());
        assertEquals(2, a.path("trends").size());
        assertEquals(referrals.text("id"), a.path("trends").get(1).path("linkedTrendIds").get(0).asText());
        assertEquals(1, a.path("swot").size());
        assertEquals(5, a.path("whyChains").get(0).path("whys").size());
        assertEquals("turnover", a.path("fishbones").get(0).path("categories").get(0).path("causes").get(0).asText());
        assertTrue(a.path("rootCauses").get(0).path("systemic").asBoolean());
        assertEquals("CLASSROOM", a.path("rootCauses").get(0).path("level").asText());
        assertEquals(cause.text("id"), a.path("priorityAreas").get(0).path("rootCauseIds").get(0).asText());
        for (String section : List.of("dataReviews", "trends", "swot", "whyChains", "fishbones", "rootCauses", "priorityAreas")) {
            assertTrue("coaching questions beside " + section, a.path("coaching").path(section).size() > 0);
        }
        assertTrue(a.path("coachingSource").toString().contains("Tool B"));
        assertEquals(0, a.path("warnings").size());
        assertTrue(lea.get(NA + "/assessments?orgId=" + district).body().toString().contains(id));

        // ETags: a change based on the version read lands; a second one based on the same version does not
        Http.Reply t = lea.get(NA + "/trends/" + referrals.text("id"));
        assertEquals(referrals.etag(), t.etag());
        ObjectNode changed = trend("Discipline referrals rose for three years", "CONCERNING", "2022-23", 27, "2023-24", 31, "2024-25", 42);
        Http.Reply put = lea.put(NA + "/trends/" + referrals.text("id"), changed, t.etag());
        assertEquals(put.body().toString(), 200, put.status());
        assertNotEquals(t.etag(), put.etag());
        assertEquals(3, put.body().path("data").size());
        assertEquals(412, lea.put(NA + "/trends/" + referrals.text("id"), changed, t.etag()).status());
        Http.Reply assessment = lea.put(under, Http.obj("schoolYear", "2028-29", "scope", "SEGMENTED", "focus", "mathematics"), all.etag());
        assertEquals(assessment.body().toString(), 200, assessment.status());
        assertEquals(412, lea.put(under, Http.obj("schoolYear", "2028-29", "scope", "COMPREHENSIVE"), all.etag()).status());

        // a referenced part cannot go; an unreferenced one can
        assertEquals(409, delete(lea, NA + "/root-causes/" + cause.text("id")).status());
        assertEquals(409, delete(lea, NA + "/trends/" + referrals.text("id")).status());
        assertEquals(204, delete(lea, NA + "/swot/" + swot.text("id")).status());
        assertEquals(404, lea.get(NA + "/swot/" + swot.text("id")).status());
        assertEquals(404, lea.get(NA + "/trends/" + swot.text("id")).status());

        // focus on few: a fifth priority area is kept, with a warning
        for (int i = 2; i <= 5; i++) assertEquals(201, lea.post(under + "/priority-areas", Http.obj("title", "area " + i)).status());
        JsonNode warned = lea.get(under).body();
        assertEquals(5, warned.path("priorityAreas").size());
        assertEquals("priorityAreas", warned.path("warnings").get(0).path("field").asText());

        // scope: another school's leader does not see it, a school leader cannot change the district's
        assertEquals(404, anonymous.as("school-a").get(under).status());
        assertEquals(404, anonymous.as("school-a").get(NA + "/fishbones/" + fishbone.text("id") + ".svg").status());
        assertEquals(403, anonymous.as("sea").post(under + "/swot", Http.obj("kind", "THREAT", "text", "x")).status());

        assertEquals(204, delete(lea, under).status());
        assertEquals(404, lea.get(under).status());
        assertEquals(404, lea.get(NA + "/trends/" + referrals.text("id")).status());
    }

    @Test
    public void badInputIsA400NamingTheField() throws Exception {
        Http lea = ready("district-a");
        String district = lea.orgId("District A");
        String id = lea.post(NA + "/assessments", Http.obj("orgId", district, "schoolYear", "2029-30", "scope", "COMPREHENSIVE")).text("id");
        String under = NA + "/assessments/" + id;

        Http.Reply six = lea.post(under + "/why-chains", Http.obj("problem", "Low math performance", "whys", List.of("1", "2", "3", "4", "5", "6")));
        assertEquals(400, six.status());
        assertEquals("whys", field(six));
        Http.Reply empty = lea.post(under + "/why-chains", Http.obj("problem", "", "whys", List.of("1")));
        assertEquals(400, empty.status());
        assertEquals("problem", field(empty));
        Http.Reply noProblem = lea.post(under + "/fishbones", Http.obj("categories", List.of(Http.obj("name", "Staff"))));
        assertEquals(400, noProblem.status());
        assertEquals("problem", field(noProblem));
        Http.Reply oneYear = lea.post(under + "/trends", trend("Math fell", "CONCERNING", "2024-25", 38));
        assertEquals(400, oneYear.status());
        assertEquals("data", field(oneYear));
        Http.Reply kind = lea.post(under + "/swot", Http.obj("kind", "STRENGTHS", "text", "x"));
        assertEquals(400, kind.status());
        assertEquals("kind", field(kind));
        Http.Reply unknown = lea.post(under + "/root-causes", Http.obj("text", "x", "colour", "red"));
        assertEquals(400, unknown.status());
        assertEquals("colour", field(unknown));
        Http.Reply segmented = lea.post(NA + "/assessments", Http.obj("orgId", district, "schoolYear", "2029-31", "scope", "SEGMENTED"));
        assertEquals(400, segmented.status());
        assertTrue(segmented.body().toString(), segmented.body().toString().contains("schoolYear") && segmented.body().toString().contains("focus"));
        Http.Reply element = lea.post(under + "/data-reviews", Http.obj("element", "horoscopes"));
        assertEquals("element", field(element));
        Http.Reply reference = lea.post(under + "/priority-areas", Http.obj("title", "x", "rootCauseIds", List.of("no-such-root-cause")));
        assertEquals(422, reference.status());
        assertEquals("rootCauseIds[0]", field(reference));
        assertEquals(0, lea.get(under).body().path("whyChains").size());
        assertEquals(0, lea.get(under).body().path("priorityAreas").size());
        assertEquals(428, lea.put(under, Http.obj("schoolYear", "2029-30", "scope", "COMPREHENSIVE"), null).status());
    }

    @Test
    public void theFishboneIsAnSvgWithEveryCauseEscaped() throws Exception {
        Http school = ready("school-a");
        String schoolA = school.orgId("School A");
        String id = school.post(NA + "/assessments", Http.obj("orgId", schoolA, "schoolYear", "2030-31", "scope", "SEGMENTED", "focus", "reading")).text("id");
        List<String> causes = List.of("<script>alert(1)</script>", "R&D \"budget\" cut", "Few books in grade 2 classrooms", "Kein Lesezimmer 📚");
        Http.Reply fb = school.post(NA + "/assessments/" + id + "/fishbones", Http.obj("problem", "Reading <b>scores</b> fell",
                "categories", List.of(Http.obj("name", "Materials & <i>time</i>", "causes", causes.subList(0, 2)),
                        Http.obj("name", "Rooms", "causes", causes.subList(2, 4)))));
        assertEquals(fb.body().toString(), 201, fb.status());

        Http.Reply svg = school.get(NA + "/fishbones/" + fb.text("id") + ".svg");
        assertEquals(200, svg.status());
        assertTrue(svg.contentType(), svg.contentType().startsWith("image/svg+xml"));
        String text = svg.body().asText();
        assertFalse("a cause never becomes markup", text.contains("<script>") || text.contains("<b>") || text.contains("<i>"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        StringBuilder all = new StringBuilder();
        NodeList titles = doc.getElementsByTagNameNS("*", "title");
        for (int i = 0; i < titles.getLength(); i++) all.append(titles.item(i).getTextContent()).append('\n');
        for (String c : causes) assertTrue(c, all.toString().contains(c + "\n"));
        assertTrue(all.toString().contains("Reading <b>scores</b> fell"));

        assertEquals(404, school.get(NA + "/fishbones/no-such-fishbone.svg").status());
        Http.Reply json = school.get(NA + "/fishbones/" + fb.text("id"));
        assertEquals("Rooms", json.body().path("categories").get(1).path("name").asText());
        assertTrue(school.get("/openapi.json").body().path("paths").path(NA + "/fishbones/{id}.svg").path("get").path("responses").toString().contains("image/svg+xml"));
    }

    @Test
    public void theDemoHasDistrictATrendsAndTheSeventhGradeMathematicsFiveWhys() throws Exception {
        Http lea = ready("district-a");
        String district = lea.orgId("District A"), schoolA = lea.orgId("School A");
        JsonNode list = lea.get(NA + "/assessments?orgId=" + district).body().path("items");
        JsonNode demo = null;
        for (JsonNode a : list) if (a.path("schoolYear").asText().equals("2026-27")) demo = lea.get(NA + "/assessments/" + a.path("id").asText()).body();
        assertNotNull(demo);
        assertEquals(3, demo.path("trends").size());
        assertTrue(demo.path("rootCauses").toString().contains("two weeks after training"));
        JsonNode areas = lea.get(NA + "/priority-areas?orgId=" + district + "&schoolYear=2026-27").body().path("items");
        assertEquals(2, areas.size());
        JsonNode school = null;
        for (JsonNode a : lea.get(NA + "/assessments?orgId=" + schoolA).body().path("items")) {
            if (a.path("schoolYear").asText().equals("2026-27")) school = lea.get(NA + "/assessments/" + a.path("id").asText()).body();
        }
        assertNotNull(school);
        assertEquals("SEGMENTED", school.path("scope").asText());
        JsonNode chain = school.path("whyChains").get(0);
        assertEquals("Low student math performance in seventh grade.", chain.path("problem").asText());
        assertEquals(5, chain.path("whys").size());
        assertEquals(200, lea.get(NA + "/fishbones/" + school.path("fishbones").get(0).path("id").asText() + ".svg").status());
    }

    @Test
    public void theSummaryIsAPdfAndTheTablesAreCsv() throws Exception {
        Http lea = ready("district-a");
        String district = lea.orgId("District A");
        String id = null;
        for (JsonNode a : lea.get(NA + "/assessments?orgId=" + district).body().path("items")) if (a.path("schoolYear").asText().equals("2026-27")) id = a.path("id").asText();
        Http.Reply pdf = lea.get(NA + "/assessments/" + id + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        assertTrue(pdf.body().asText().startsWith("%PDF-"));
        Http.Reply csv = lea.get(NA + "/assessments/" + id + "/tables/trends.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        String[] lines = csv.body().asText().split("\r\n");
        assertEquals("id,statement,kind,year,value,linked_trend_ids", lines[0]);
        assertEquals("3 trends of 3, 3 and 2 years", 1 + 3 + 3 + 2, lines.length);
        assertTrue(lea.get(NA + "/assessments/" + id + "/tables/root-causes.csv").body().asText().contains("two weeks after training"));
        assertEquals(404, lea.get(NA + "/assessments/" + id + "/tables/salaries.csv").status());
        assertEquals(404, anonymous.as("school-a").get(NA + "/assessments/" + id + "/pdf").status());
    }

    @Test
    public void priorityAreasFlowIntoANewPlan() throws Exception {
        Http admin = ready("admin");
        String schoolC = admin.orgId("School C");
        String id = admin.post(NA + "/assessments", Http.obj("orgId", schoolC, "schoolYear", "2027-28", "scope", "COMPREHENSIVE")).text("id");
        String cause = admin.post(NA + "/assessments/" + id + "/root-causes", Http.obj("text", "No common planning time for teachers",
                "controllable", true, "systemic", true, "level", "SCHOOL")).text("id");
        String area = admin.post(NA + "/assessments/" + id + "/priority-areas", Http.obj("title", "Collaborative planning", "rootCauseIds", List.of(cause))).text("id");

        Http.Reply plan = admin.post("/planning/plans", Http.obj("orgId", schoolC, "schoolYear", "2027-28"));
        assertEquals(201, plan.status());
        // what planning gets from the service registry for the new plan's organization and year
        ServiceReference<PriorityAreaSource> ref = context.getServiceReference(PriorityAreaSource.class);
        assertNotNull("needs-assessment registers PriorityAreaSource", ref);
        PriorityAreaSource source = context.getService(ref);
        try {
            List<PriorityAreaSummary> start = source.priorityAreas(plan.text("orgId"), plan.text("schoolYear"));
            assertEquals(List.of(new PriorityAreaSummary(area, id, "Collaborative planning", List.of("No common planning time for teachers"))), start);
            assertEquals(List.of(), source.priorityAreas(plan.text("orgId"), "2031-32"));
        } finally {
            context.ungetService(ref);
        }
        JsonNode overHttp = admin.get(NA + "/priority-areas?orgId=" + schoolC + "&schoolYear=2027-28").body().path("items");
        assertEquals("Collaborative planning", overHttp.get(0).path("title").asText());
    }

    @Test
    public void turningTheModuleOffLeavesPlanningWorkingAndOnBringsTheDataBack() throws Exception {
        Http admin = ready("admin");
        String schoolB = admin.orgId("School B");
        String id = admin.post(NA + "/assessments", Http.obj("orgId", schoolB, "schoolYear", "2032-33", "scope", "COMPREHENSIVE")).text("id");
        assertEquals(201, admin.post(NA + "/assessments/" + id + "/swot", Http.obj("kind", "OPPORTUNITY", "text", "State coaches")).status());
        JsonNode before = admin.get(NA + "/assessments/" + id).body();

        assertEquals(200, admin.put("/admin/modules/needs-assessment", Http.obj("enabled", false), null).status());
        try {
            Http.Reply gone = admin.await(NA + "/assessments/" + id, r -> r.status() == 404 || r.status() == 503, Duration.ofSeconds(5));
            assertTrue("needs-assessment still answers: " + gone.status(), gone.status() == 404 || gone.status() == 503);
            assertNull(context.getServiceReference(PriorityAreaSource.class));
            assertFalse(admin.get("/openapi.json").body().path("paths").has(NA + "/assessments"));
            Http.Reply plan = admin.post("/planning/plans", Http.obj("orgId", schoolB, "schoolYear", "2032-33"));
            assertEquals("planning works without needs-assessment", 201, plan.status());
            assertEquals(200, admin.get("/planning/plans/" + plan.text("id")).status());
            assertEquals(200, admin.get("/orgs/" + schoolB + "/export").status());
        } finally {
            assertEquals(200, admin.put("/admin/modules/needs-assessment", Http.obj("enabled", true), null).status());
        }
        Http.Reply back = admin.await(NA + "/assessments/" + id, r -> r.status() == 200, Duration.ofSeconds(10));
        assertEquals(200, back.status());
        assertEquals(before, back.body());
    }

    @Test
    public void theExportHoldsThisModulesDataWithoutVersions() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A");
        String id = admin.post(NA + "/assessments", Http.obj("orgId", schoolA, "schoolYear", "2033-34", "scope", "COMPREHENSIVE")).text("id");
        String trend = admin.post(NA + "/assessments/" + id + "/trends", trend("Attendance rose", "PROMISING", "2031-32", 91.5, "2032-33", 93)).text("id");
        JsonNode export = admin.get("/orgs/" + schoolA + "/export").body();
        JsonNode section = export.path("sections").path("needs-assessment").path("assessments");
        JsonNode mine = null;
        for (JsonNode a : section) if (a.path("id").asText().equals(id)) mine = a;
        assertNotNull(export.toString(), mine);
        assertEquals(trend, mine.path("trends").get(0).path("id").asText());
        assertEquals(93.0, mine.path("trends").get(0).path("data").get(1).path("value").asDouble(), 0.0);
        assertFalse(section.toString().contains("\"version\""));
        assertFalse(section.toString().contains("coaching"));
        // loading it again is refused as a whole: the ids exist
        assertEquals(409, admin.post("/import", export).status());
    }
}
