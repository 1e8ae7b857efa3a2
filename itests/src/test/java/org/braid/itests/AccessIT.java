package org.braid.itests;

import static org.junit.Assert.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Sign-in, sessions, scopes by the organization tree, user admin and the audit trail, over HTTP with the demo users. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessIT extends BraidTestSupport {
    static final int PORT = 18182;

    public AccessIT() {
        super(PORT);
    }

    @Test
    public void everythingButHealthSessionAndTheApiDocumentNeedsASignedInUser() throws Exception {
        signedIn("admin");
        assertEquals(200, anonymous.get("/health").status());
        Http.Reply r = anonymous.get("/orgs");
        assertEquals(401, r.status());
        assertFalse(r.text("error").isEmpty());
        assertEquals("the API document is public", 200, anonymous.get("/openapi.json").status());
        assertEquals(401, anonymous.post("/orgs", Http.obj("type", "SEA", "name", "x")).status());
        assertEquals(401, anonymous.post("/session", Http.obj("username", "admin", "password", "wrong-password")).status());
        assertEquals(400, anonymous.post("/session", Http.obj("username", "admin")).status());
    }

    @Test
    public void scopesFollowTheOrganizationTree() throws Exception {
        Http admin = signedIn("admin");
        String schoolA = admin.orgId("School A"), schoolB = admin.orgId("School B"), district = admin.orgId("District A");

        Http school = anonymous.as("school-a");
        assertEquals(1, school.get("/orgs").body().path("total").asInt());
        assertEquals(200, school.get("/orgs/" + schoolA).status());
        assertEquals("another school is out of scope: it looks absent", 404, school.get("/orgs/" + schoolB).status());
        assertEquals(404, school.get("/orgs/" + district + "/direction").status());
        Http.Reply own = school.get("/orgs/" + schoolA);
        assertEquals(200, school.put("/orgs/" + schoolA, own.body(), own.etag()).status());
        assertEquals(403, school.get("/users").status());
        assertEquals(403, school.put("/admin/modules/planning", Http.obj("enabled", false), null).status());

        Http lea = anonymous.as("district-a");
        assertEquals(4, lea.get("/orgs").body().path("total").asInt());
        Http.Reply a = lea.get("/orgs/" + schoolA);
        assertEquals(200, a.status());
        assertEquals("an LEA leader reads its schools but does not edit them", 403, lea.put("/orgs/" + schoolA, a.body(), a.etag()).status());
        Http.Reply d = lea.get("/orgs/" + district);
        assertEquals(200, lea.put("/orgs/" + district, d.body(), d.etag()).status());

        Http coach = anonymous.as("coach");
        assertEquals(200, coach.get("/orgs/" + schoolB).status());
        assertEquals(404, coach.get("/orgs/" + schoolA).status());
        Http.Reply b = coach.get("/orgs/" + schoolB);
        assertEquals(403, coach.put("/orgs/" + schoolB, b.body(), b.etag()).status());

        Http sea = anonymous.as("sea");
        assertEquals(200, sea.get("/orgs/" + schoolB + "/direction").status());
        assertEquals(403, sea.put("/orgs/" + district, lea.get("/orgs/" + district).body(), lea.get("/orgs/" + district).etag()).status());
        assertEquals(403, sea.post("/import", Http.obj("format", "braid-export")).status());
    }

    @Test
    public void cookieSessionsAreHttpOnlyStrictAndRefuseCrossSiteChanges() throws Exception {
        Http admin = signedIn("admin");
        String schoolA = admin.orgId("School A");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"school-a\",\"password\":\"braid-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, signIn.statusCode());
        String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie, setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/session"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("school-leader"));

        Http.Reply current = admin.get("/orgs/" + schoolA);
        String body = current.body().toString();
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/orgs/" + schoolA))
                .header("Cookie", cookie).header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .header("If-Match", current.etag()).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        HttpResponse<String> same = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/orgs/" + schoolA))
                .header("Cookie", cookie).header("Content-Type", "application/json").header("Origin", "http://localhost:" + PORT)
                .header("If-Match", current.etag()).PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, same.statusCode());
        assertEquals("nosniff", same.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(same.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));

        HttpResponse<String> out = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/session"))
                .header("Cookie", cookie).header("Origin", "http://localhost:" + PORT).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, out.statusCode());
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/api/session"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, after.statusCode());
    }

    @Test
    public void adminsManageUsersAndDisabledUsersLoseTheirSessions() throws Exception {
        Http admin = signedIn("admin");
        String schoolC = admin.orgId("School C");
        assertEquals(400, admin.post("/users", Http.obj("username", "c-leader", "password", "short", "orgId", schoolC,
                "roles", List.of("school-leader"))).status());
        Http.Reply wrongLevel = admin.post("/users", Http.obj("username", "c-leader", "password", "a-good-password", "orgId", schoolC,
                "roles", List.of("lea-leader")));
        assertEquals(422, wrongLevel.status());
        assertEquals("roles", wrongLevel.body().path("details").path(0).path("field").asText());
        assertEquals(400, admin.post("/users", Http.obj("username", "c-leader", "password", "a-good-password", "orgId", schoolC,
                "roles", List.of("janitor"))).status());
        Http.Reply created = admin.post("/users", Http.obj("username", "c-leader", "password", "a-good-password", "orgId", schoolC,
                "roles", List.of("school-leader")));
        assertEquals(201, created.status());
        assertFalse(created.body().has("password"));
        assertEquals(409, admin.post("/users", Http.obj("username", "c-leader", "password", "a-good-password", "orgId", schoolC,
                "roles", List.of("school-leader"))).status());

        Http leader = anonymous.as("c-leader", "a-good-password");
        assertEquals(1, leader.get("/orgs").body().path("total").asInt());
        Http.Reply u = admin.get("/users/" + created.text("id"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) u.body()).put("disabled", true);
        assertEquals(200, admin.put("/users/" + created.text("id"), u.body(), u.etag()).status());
        assertEquals(401, leader.get("/orgs").status());
        assertEquals(401, anonymous.post("/session", Http.obj("username", "c-leader", "password", "a-good-password")).status());
    }

    @Test
    public void repeatedFailedSignInsAreSlowedDown() throws Exception {
        signedIn("admin");
        int last = 0;
        for (int i = 0; i < 7; i++) last = anonymous.post("/session", Http.obj("username", "no-such-user", "password", "not-the-password")).status();
        assertEquals(429, last);
        assertEquals("another user is not slowed down", 201, anonymous.post("/session", Http.obj("username", "coach", "password", "braid-demo")).status());
    }

    @Test
    public void everyChangeIsAuditedWithBeforeAndAfter() throws Exception {
        Http admin = signedIn("admin");
        String schoolB = admin.orgId("School B");
        Http.Reply before = admin.get("/orgs/" + schoolB);
        com.fasterxml.jackson.databind.node.ObjectNode changed = before.body().deepCopy();
        changed.put("essaStatus", "CSI");
        assertEquals(200, admin.put("/orgs/" + schoolB, changed, before.etag()).status());

        Http sea = anonymous.as("sea");
        JsonNode trail = sea.get("/audit?orgId=" + schoolB).body().path("items");
        JsonNode entry = null;
        for (JsonNode e : trail) if (e.path("path").asText().equals("/api/orgs/" + schoolB) && e.path("after").path("essaStatus").asText().equals("CSI")) entry = e;
        assertNotNull(trail.toString(), entry);
        assertEquals("admin", entry.path("username").asText());
        assertEquals("TSI", entry.path("before").path("essaStatus").asText());
        assertEquals(schoolB, entry.path("recordId").asText());
        assertFalse(entry.path("at").asText().isEmpty());
        assertEquals(403, anonymous.as("school-a").get("/audit").status());
        assertEquals(0, sea.get("/audit?since=2999-01-01T00:00:00Z").body().path("total").asInt());
        assertEquals(400, sea.get("/audit?since=yesterday").status());
    }
}
