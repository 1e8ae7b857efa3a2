package org.braid.itests;

import static org.junit.Assert.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The coaching module over HTTP: Tool B's questions for the six steps, a coach commenting only where assigned, the
 * team answering with If-Match, resolving, the coach's caseload, the demo comments, and the module off and on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoachingIT extends BraidTestSupport {
    static final int PORT = 18781;

    public CoachingIT() {
        super(PORT);
    }

    /** @return a client signed in as the user, once coaching answers */
    Http ready(String user) throws InterruptedException {
        Http http = signedIn(user);
        assertEquals(200, http.await("/coaching/questions", x -> x.status() == 200, Duration.ofSeconds(60)).status());
        return http;
    }

    @Test
    public void toolBsQuestionsForEachOfTheSixSteps() throws Exception {
        Http coach = ready("coach");
        List<Integer> counts = new ArrayList<>();
        for (int step = 1; step <= 6; step++) {
            JsonNode s = coach.get("/coaching/questions?step=" + step).body();
            assertEquals(step, s.path("step").asInt());
            assertEquals("001_268f50504446f823.txt", s.path("source").path("seedFile").asText());
            int n = 0;
            for (JsonNode g : s.path("groups")) n += g.path("questions").size();
            counts.add(n);
        }
        assertEquals(List.of(31, 23, 20, 17, 13, 13), counts);
        assertEquals(6, coach.get("/coaching/questions").body().path("steps").size());
        Http.Reply bad = coach.get("/coaching/questions?step=7");
        assertEquals(400, bad.status());
        assertEquals("step", bad.body().path("details").path(0).path("field").asText());
        assertEquals(401, anonymous.get("/coaching/questions?step=1").status());
        assertEquals("the pages' script is served", 200, uiStatus());
    }

    /** @return the status of the pages' script, served outside {@code /api} */
    private int uiStatus() throws Exception {
        java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + PORT + "/ui/coaching/pages.js")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        return r.statusCode();
    }

    /** A comment names only its record: the module that holds it says its organization and kind, which decide who may comment. */
    @Test
    public void aCommentNeedsOnlyItsRecord() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A"), schoolB = admin.orgId("School B");
        assertEquals(200, admin.await("/planning/plans?orgId=" + schoolB, r -> r.status() == 200 && r.body().path("total").asInt() > 0,
                java.time.Duration.ofSeconds(60)).status());
        String planB = admin.get("/planning/plans?orgId=" + schoolB).body().path("items").get(0).path("id").asText();
        String planA = admin.get("/planning/plans?orgId=" + schoolA).body().path("items").get(0).path("id").asText();
        String actionB = firstAction(admin, planB), actionA = firstAction(admin, planA);
        Http coach = anonymous.as("coach");
        Http.Reply made = coach.post("/coaching/comments", Http.obj("recordId", actionB, "text", "Who owns this step?"));
        assertEquals(made.body().toString(), 201, made.status());
        assertEquals(schoolB, made.text("orgId"));
        assertEquals("action", made.text("recordKind"));
        String goalB = admin.get("/orgs/" + schoolB + "/direction").body().path("goals").get(0).path("id").asText();
        assertEquals("goal", coach.post("/coaching/comments", Http.obj("recordId", goalB, "text", "Student-focused?")).text("recordKind"));
        assertEquals("School A's action: not the coach's to comment on", 404,
                coach.post("/coaching/comments", Http.obj("recordId", actionA, "text", "And here?")).status());
        Http.Reply wrongOrg = admin.post("/coaching/comments", Http.obj("recordId", actionB, "orgId", schoolA, "text", "Which school?"));
        assertEquals(400, wrongOrg.status());
        assertEquals("orgId", wrongOrg.body().path("details").get(0).path("field").asText());
        // a district's self-reflection is located by its module too
        String districtA = admin.orgId("District A");
        String lead = anonymous.as("district-a").get("/session").text("userId");
        String reflection = admin.post("/self-assessment/reflections", Http.obj("orgId", districtA, "schoolYear", "2032-33", "teamUserIds",
                List.of(lead), "leadUserId", lead)).text("id");
        Http.Reply onReflection = admin.post("/coaching/comments", Http.obj("recordId", reflection, "text", "Who else is on the team?"));
        assertEquals(onReflection.body().toString(), 201, onReflection.status());
        assertEquals("self-reflection", onReflection.text("recordKind"));
        assertEquals(districtA, onReflection.text("orgId"));
        Http.Reply unknown = admin.post("/coaching/comments", Http.obj("recordId", "no-such-record", "text", "Where?"));
        assertEquals(400, unknown.status());
        assertEquals("recordId", unknown.body().path("details").get(0).path("field").asText());
    }

    private static String firstAction(Http http, String planId) {
        for (com.fasterxml.jackson.databind.JsonNode a : http.get("/planning/plans/" + planId).body().path("priorityAreas")) {
            for (com.fasterxml.jackson.databind.JsonNode s : a.path("strategies")) {
                for (com.fasterxml.jackson.databind.JsonNode m : s.path("milestones")) {
                    for (com.fasterxml.jackson.databind.JsonNode x : m.path("actions")) return x.path("id").asText();
                }
            }
        }
        throw new AssertionError("no action in plan " + planId);
    }

    @Test
    public void aCoachCommentsOnlyInTheAssignedOrganizationsAndTheTeamAnswers() throws Exception {
        Http admin = ready("admin");
        String schoolA = admin.orgId("School A"), schoolB = admin.orgId("School B");
        assertEquals(201, admin.post("/users", Http.obj("username", "school-b-lead", "password", "leads-school-b-well", "orgId", schoolB,
                "roles", List.of("school-leader"))).status());
        Http coach = anonymous.as("coach"), team = anonymous.as("school-b-lead", "leads-school-b-well"), other = anonymous.as("school-a");
        Http district = anonymous.as("district-a");

        // the coach is assigned School B only: School A is as if it did not exist
        Http.Reply made = coach.post("/coaching/comments", Http.obj("recordId", "it-goal-b", "orgId", schoolB, "recordKind", "goal",
                "text", "Are the goals student-focused?"));
        assertEquals(made.body().toString(), 201, made.status());
        assertEquals("coach", made.text("author"));
        assertEquals(404, coach.post("/coaching/comments", Http.obj("recordId", "it-goal-a", "orgId", schoolA, "text", "And here?")).status());
        assertEquals(404, coach.get("/coaching/comments?orgId=" + schoolA).status());
        // district staff comment on their schools too; a school does not see another school's comments
        assertEquals(201, district.post("/coaching/comments", Http.obj("recordId", "it-goal-a", "orgId", schoolA, "text", "How is this measured?")).status());
        assertEquals(404, coach.get("/coaching/comments?recordId=it-goal-a").status());
        assertEquals(404, other.get("/coaching/comments/" + made.text("id")).status());
        assertEquals(1, other.get("/coaching/comments?recordId=it-goal-a").body().path("total").asInt());

        // bad input names the field and does not echo it
        String evil = "<script>alert(1)</script>";
        Http.Reply bad = coach.post("/coaching/comments", Http.obj("recordId", evil, "orgId", schoolB, "text", " "));
        assertEquals(400, bad.status());
        List<String> fields = new ArrayList<>();
        bad.body().path("details").forEach(d -> fields.add(d.path("field").asText()));
        assertEquals(List.of("recordId", "text"), fields);
        assertFalse(bad.body().toString().contains("script"));

        // the team answers: If-Match needed and checked; a coach cannot answer
        String id = made.text("id");
        Http.Reply read = team.get("/coaching/comments/" + id);
        assertEquals(200, read.status());
        assertNotNull(read.etag());
        assertEquals(428, team.put("/coaching/comments/" + id, Http.obj("answer", "Yes: each names students."), null).status());
        assertEquals(412, team.put("/coaching/comments/" + id, Http.obj("answer", "Yes: each names students."), "\"99\"").status());
        assertEquals(403, coach.put("/coaching/comments/" + id, Http.obj("answer", "I answer myself."), read.etag()).status());
        Http.Reply answered = team.put("/coaching/comments/" + id, Http.obj("answer", "Yes: each names students."), read.etag());
        assertEquals(answered.body().toString(), 200, answered.status());
        assertEquals("school-b-lead", answered.text("answeredBy"));
        assertEquals(400, team.put("/coaching/comments/" + id, Http.obj("answer", ""), answered.etag()).status());

        // the coach sees it on their caseload, then resolves it
        JsonNode load = coach.get("/coaching/caseload").body().path("items");
        assertEquals(1, load.size());
        assertEquals(schoolB, load.path(0).path("orgId").asText());
        int open = load.path(0).path("openComments").asInt();
        assertTrue(open >= 1);
        assertEquals("#/monitoring/dashboard/" + schoolB, load.path(0).path("dashboard").asText());
        assertEquals(412, coach.put("/coaching/comments/" + id + "/resolution", Http.obj("resolved", true), read.etag()).status());
        Http.Reply resolved = coach.put("/coaching/comments/" + id + "/resolution", Http.obj("resolved", true), answered.etag());
        assertEquals(resolved.body().toString(), 200, resolved.status());
        assertTrue(resolved.body().path("resolved").asBoolean());
        assertEquals(open - 1, coach.get("/coaching/caseload").body().path("items").path(0).path("openComments").asInt());
        Http.Reply late = team.put("/coaching/comments/" + id, Http.obj("answer", "One more thing."), resolved.etag());
        assertEquals(422, late.status());
        assertEquals("answer", late.body().path("details").path(0).path("field").asText());
        for (JsonNode c : coach.get("/coaching/comments?orgId=" + schoolB + "&resolved=false").body().path("items")) assertNotEquals(id, c.path("id").asText());
        // the district lists its schools' comments, both of them
        JsonNode all = district.get("/coaching/comments?orgId=" + admin.orgId("District A")).body();
        assertTrue(all.path("total").asInt() >= 2);
    }

    @Test
    public void theDemoCoachHasCommentedOnSchoolBAndOneIsAnswered() throws Exception {
        Http coach = ready("coach");
        String schoolB = coach.get("/coaching/caseload").body().path("items").path(0).path("orgId").asText();
        Http.Reply r = coach.await("/coaching/comments?orgId=" + schoolB, x -> x.status() == 200 && countBy(x.body(), "coach") >= 3, Duration.ofSeconds(60));
        int answered = 0;
        for (JsonNode c : r.body().path("items")) if (c.path("author").asText().equals("coach") && c.hasNonNull("answer")) answered++;
        assertTrue(r.body().toString(), answered >= 1);
    }

    private static int countBy(JsonNode page, String author) {
        int n = 0;
        for (JsonNode c : page.path("items")) if (c.path("author").asText().equals(author)) n++;
        return n;
    }

    @Test
    public void turningCoachingOffLeavesTheRestWorkingAndItsCommentsKept() throws Exception {
        Http admin = ready("admin");
        String schoolB = admin.orgId("School B");
        String id = admin.post("/coaching/comments", Http.obj("recordId", "it-kept", "orgId", schoolB, "text", "Kept?")).text("id");
        assertEquals(200, admin.put("/admin/modules/coaching", Http.obj("enabled", false), null).status());
        try {
            assertEquals(404, admin.await("/coaching/questions", x -> x.status() == 404, Duration.ofSeconds(10)).status());
            assertEquals("UP", anonymous.await("/health", x -> x.text("status").equals("UP"), Duration.ofSeconds(10)).text("status"));
            assertEquals(200, admin.get("/planning/template").status());
            assertEquals(200, admin.get("/monitoring/calendar").status());
            assertEquals(200, admin.get("/needs-assessment/data-elements").status());
            assertEquals(200, admin.get("/orgs/" + schoolB + "/direction").status());
        } finally {
            assertEquals(200, admin.put("/admin/modules/coaching", Http.obj("enabled", true), null).status());
        }
        assertEquals(200, admin.await("/coaching/comments/" + id, x -> x.status() == 200, Duration.ofSeconds(30)).status());
    }
}
