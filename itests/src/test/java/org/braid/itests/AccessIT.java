package org.braid.itests;

import static org.junit.Assert.*;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.*;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Sign-in, sessions, scopes by the organization tree, user admin and the audit trail, over HTTP with the demo users. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessIT {
    static final int PORT = 18182;
    /** The reverse proxy this Braid is told to trust (etc/org.braid.web.cfg). */
    static final String TRUSTED_PROXY = "127.0.0.5";
    final Http anonymous = new Http(PORT);

    @Configuration
    public Option[] config() {
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl("file:" + new File(System.getProperty("braid.distribution")).getAbsolutePath())
                .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(PORT)),
            editConfigurationFilePut("etc/org.braid.web.cfg", "trustedProxies", TRUSTED_PROXY),
        };
    }

    Http ready(String user) throws InterruptedException {
        anonymous.await("/session", x -> x.status() == 401, Duration.ofSeconds(60));
        return anonymous.as(user);
    }

    static String id(Http http, String name) {
        for (JsonNode o : http.get("/orgs?q=" + name.replace(" ", "%20")).body().path("items")) {
            if (o.path("name").asText().equals(name)) return o.path("id").asText();
        }
        throw new AssertionError("no organization " + name + " visible");
    }

    @Test
    public void everythingButHealthAndSessionNeedsASignedInUser() throws Exception {
        ready("admin");
        assertEquals(200, anonymous.get("/health").status());
        Http.Reply r = anonymous.get("/orgs");
        assertEquals(401, r.status());
        assertFalse(r.text("error").isEmpty());
        assertEquals(401, anonymous.get("/openapi.json").status());
        assertEquals(401, anonymous.post("/orgs", Http.obj("type", "SEA", "name", "x")).status());
        assertEquals(401, anonymous.post("/session", Http.obj("username", "admin", "password", "wrong-password")).status());
        assertEquals(400, anonymous.post("/session", Http.obj("username", "admin")).status());
    }

    @Test
    public void scopesFollowTheOrganizationTree() throws Exception {
        Http admin = ready("admin");
        String schoolA = id(admin, "School A"), schoolB = id(admin, "School B"), district = id(admin, "District A");

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
        Http.Reply dir = sea.get("/orgs/" + district + "/direction");
        assertEquals("SEA staff do not edit a district's direction", 403, sea.put("/orgs/" + district + "/direction", dir.body(), dir.etag()).status());
        com.fasterxml.jackson.databind.node.ObjectNode renamed = lea.get("/orgs/" + district).body().deepCopy();
        renamed.put("name", "Renamed by the state");
        Http.Reply refused = sea.put("/orgs/" + district, renamed, lea.get("/orgs/" + district).etag());
        assertEquals("a district's leaders name it, not the state", 403, refused.status());
        assertEquals("name", refused.body().path("details").path(0).path("field").asText());
        assertEquals(403, sea.post("/import", Http.obj("format", "braid-export")).status());
    }

    @Test
    public void cookieSessionsAreHttpOnlyStrictAndRefuseCrossSiteChanges() throws Exception {
        Http admin = ready("admin");
        String schoolA = id(admin, "School A");
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
        Http admin = ready("admin");
        String schoolC = id(admin, "School C");
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
    public void commonPasswordsAreRefusedAndUsersChangeTheirOwnWithTheCurrentOne() throws Exception {
        Http admin = ready("admin");
        String schoolC = id(admin, "School C");
        for (String common : List.of("password12", "1234567890", "Password123")) {
            Http.Reply r = admin.post("/users", Http.obj("username", "weak-pw", "password", common, "orgId", schoolC, "roles", List.of("viewer")));
            assertEquals(common, 400, r.status());
            assertEquals("password", r.body().path("details").path(0).path("field").asText());
        }
        assertEquals(201, admin.post("/users", Http.obj("username", "own-pw", "password", "first-long-secret", "orgId", schoolC,
                "roles", List.of("viewer"))).status());
        Http elsewhere = anonymous.as("own-pw", "first-long-secret");
        Http me = anonymous.as("own-pw", "first-long-secret");

        Http.Reply wrong = me.put("/session/password", Http.obj("currentPassword", "not-it-at-all", "newPassword", "second-long-secret"), null);
        assertEquals(400, wrong.status());
        assertEquals("currentPassword", wrong.body().path("details").path(0).path("field").asText());
        Http.Reply weak = me.put("/session/password", Http.obj("currentPassword", "first-long-secret", "newPassword", "password123"), null);
        assertEquals(400, weak.status());
        assertEquals("newPassword", weak.body().path("details").path(0).path("field").asText());
        assertEquals(204, me.put("/session/password", Http.obj("currentPassword", "first-long-secret", "newPassword", "second-long-secret"), null).status());
        assertEquals("the session it was changed in stays", 200, me.get("/session").status());
        assertEquals("the user's other sessions end", 401, elsewhere.get("/session").status());
        assertEquals(401, anonymous.post("/session", Http.obj("username", "own-pw", "password", "first-long-secret")).status());
        assertEquals(201, anonymous.post("/session", Http.obj("username", "own-pw", "password", "second-long-secret")).status());
        assertEquals(401, anonymous.put("/session/password", Http.obj("currentPassword", "x", "newPassword", "y"), null).status());
    }

    @Test
    public void signingInBeyondTheCapEndsTheUsersOldestSession() throws Exception {
        Http admin = ready("admin");
        assertEquals(201, admin.post("/users", Http.obj("username", "many-tabs", "password", "eleven-windows-pw", "orgId", id(admin, "School C"),
                "roles", List.of("viewer"))).status());
        List<Http> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) sessions.add(anonymous.as("many-tabs", "eleven-windows-pw"));
        assertEquals("the oldest of 11 is dropped (at most 10 live)", 401, sessions.get(0).get("/session").status());
        for (int i = 1; i < 11; i++) assertEquals(200, sessions.get(i).get("/session").status());
    }

    @Test
    public void repeatedFailedSignInsAreSlowedDown() throws Exception {
        ready("admin");
        int last = 0;
        for (int i = 0; i < 7; i++) last = anonymous.post("/session", Http.obj("username", "no-such-user", "password", "not-the-password")).status();
        assertEquals(429, last);
        assertEquals("another user is not slowed down", 201, anonymous.post("/session", Http.obj("username", "coach", "password", "braid-demo")).status());
    }

    @Test
    public void aStrangersFailedSignInsDoNotLockTheOwnerOut() throws Exception {
        ready("admin");
        int last = 0;
        for (int i = 0; i < 7; i++) last = signInFrom("127.0.0.3", "district-a", "not-the-password");
        assertEquals("the stranger's address is slowed down", 429, last);
        assertEquals("even with the right password, from there", 429, signInFrom("127.0.0.3", "district-a", Http.DEMO_PASSWORD));
        assertEquals("the owner signs in from their own address", 201, signInFrom("127.0.0.4", "district-a", Http.DEMO_PASSWORD));
    }

    /** Signs in over a socket bound to a loopback address of its own, as a client elsewhere would; returns the status. */
    static int signInFrom(String localAddress, String username, String password) throws java.io.IOException {
        String head = signInHead(localAddress, "", username, password);
        return Integer.parseInt(head.substring(0, head.indexOf('\n')).split(" ")[1]);
    }

    /** @return the status line and headers of a sign-in sent from {@code localAddress} with more header lines */
    static String signInHead(String localAddress, String headers, String username, String password) throws java.io.IOException {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        try (java.net.Socket s = new java.net.Socket()) {
            s.bind(new java.net.InetSocketAddress(localAddress, 0));
            s.connect(new java.net.InetSocketAddress("127.0.0.1", PORT), 5000);
            s.setSoTimeout(30_000);
            String request = "POST /api/session HTTP/1.1\r\nHost: localhost:" + PORT + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + headers + "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) head.append(line).append('\n');
            return head.toString();
        }
    }

    @Test
    public void theCookieIsSecureBehindATrustedTlsProxyOnly() throws Exception {
        ready("admin");
        String proxied = signInHead(TRUSTED_PROXY, "X-Forwarded-Proto: https\r\nX-Forwarded-For: 198.51.100.4\r\n", "coach", Http.DEMO_PASSWORD);
        assertTrue(proxied, proxied.startsWith("HTTP/1.1 201") && proxied.contains("; Secure"));
        String forged = signInHead("127.0.0.6", "X-Forwarded-Proto: https\r\n", "coach", Http.DEMO_PASSWORD);
        assertTrue(forged, forged.startsWith("HTTP/1.1 201") && forged.contains("HttpOnly") && !forged.contains("; Secure"));
    }

    @Test
    public void everyChangeIsAuditedWithBeforeAndAfter() throws Exception {
        Http admin = ready("admin");
        String schoolB = id(admin, "School B");
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
        assertEquals(0, sea.get("/audit?since=2999-01-01T00:00:00Z").body().path("items").size());
        assertEquals(400, sea.get("/audit?since=yesterday").status());
    }

    @Test
    public void anEntryHoldsTheChangedRecordOnlyAndTheTrailIsReadAPageAtATime() throws Exception {
        Http admin = ready("admin");
        String district = id(admin, "District A");
        Http.Reply school = admin.post("/orgs", Http.obj("type", "SCHOOL", "name", "Audited School", "parentId", district));
        Http.Reply user = admin.post("/users", Http.obj("username", "audited-user", "password", "trail-reader-pw", "orgId", district,
                "roles", List.of("viewer")));
        assertEquals(user.body().toString(), 201, user.status());
        JsonNode newest = admin.get("/audit?limit=2").body();
        assertEquals(2, newest.path("items").size());
        JsonNode userEntry = newest.path("items").path(0), schoolEntry = newest.path("items").path(1);
        assertEquals("POST /users", userEntry.path("operation").asText());
        assertTrue("a create has no before", userEntry.path("before").isNull());
        assertEquals(user.text("id"), userEntry.path("after").path("id").asText());
        assertEquals("POST /orgs", schoolEntry.path("operation").asText());
        assertTrue(schoolEntry.path("before").isNull());
        assertEquals(school.text("id"), schoolEntry.path("after").path("id").asText());
        assertTrue("the changed record only", schoolEntry.path("after").toString().length() < 400);

        JsonNode older = admin.get("/audit?limit=2&cursor=" + newest.path("next").asText()).body();
        assertTrue(older.path("items").path(0).path("id").asLong() < schoolEntry.path("id").asLong());
        assertEquals(400, admin.get("/audit?limit=101").status());
        assertEquals(400, admin.get("/audit?cursor=abc").status());
        assertTrue("the default page", admin.get("/audit").body().path("items").size() <= 50);
    }
}
