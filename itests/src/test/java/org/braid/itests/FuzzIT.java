package org.braid.itests;

import static org.junit.Assert.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Walks the OpenAPI document and sends every operation wrong types, missing and null fields, huge
 * strings, odd Unicode, negative and huge numbers, malformed JSON, unknown ids and odd query values,
 * as an admin (who reaches everything). No answer may be a 5xx, and the store must read back whole.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzIT extends BraidTestSupport {
    static final int PORT = 18184;

    public FuzzIT() {
        super(PORT);
    }
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final List<String> ODD = List.of("\u202Eevil", "\u0000", "😀🏫", "\uD800", "e\u0301", "<script>alert(1)</script>", "'; DROP TABLE organization; --",
            "", " ", "ｆｕｌｌ", "\n\t");
    static final List<String> BAD_IDS = List.of("no-such-id", "00000000-0000-0000-0000-000000000000", "%E2%80%AE", "..%2F..%2Fetc", "%00", "x".repeat(300));
    static final List<String> BAD_QUERY = List.of("abc", "-1", "99999999999999999999", "", "%F0%9F%98%80", "2026-13-45");


    Http admin;
    final List<String> failures = new ArrayList<>();
    int sent;

    @Test
    public void noInputGetsA5xxAndTheStoreStaysWhole() throws Exception {
        admin = signedIn("admin");
        String school = admin.orgId("School A");
        String plan = PlanningIT.newPlan(admin, school, "2031-32");
        // monitoring may still be starting: its paths are fuzzed on a plan it counts
        admin.await("/monitoring/status-reports?planId=" + plan, r -> r.status() == 200, Duration.ofSeconds(60));
        Http.Reply target = admin.post("/users", Http.obj("username", "fuzz-target", "password", "a-target-for-fuzzing", "orgId", school,
                "roles", List.of("school-leader")));
        assertEquals(target.body().toString(), 201, target.status());
        String user = target.text("id");
        OpenApiRequests api = new OpenApiRequests(admin.get("/openapi.json").body());
        // a district's self-reflection (its leader the lead) and process self-assessment, for the self-assessment paths
        String district = admin.orgId("District A");
        Http leader = anonymous.as("district-a");
        String leaderId = leader.get("/session").text("userId");
        String reflection = leader.post("/self-assessment/reflections", Http.obj("orgId", district, "schoolYear", "2031-32", "teamUserIds", List.of(leaderId),
                "leadUserId", leaderId)).text("id");
        String process = admin.post("/self-assessment/process-assessments", Http.obj("orgId", district, "schoolYear", "2031-32")).text("id");
        // a comment on one of the school's records, for the coaching paths
        String comment = admin.post("/coaching/comments", Http.obj("recordId", "fuzz-record", "orgId", school, "text", "Why?")).text("id");

        for (OpenApiRequests.Op op : api.operations()) {
            // needs-assessment paths get real ids, fresh for each operation (a DELETE removes its target)
            String needs = op.path().startsWith("/needs-assessment/") && op.path().contains("{id}")
                    ? new NeedsAssessmentFixture(admin, school, "2031-32").fill(op.path()) : null;
            // planning paths too: a fresh plan with one element of each kind
            String planning = op.path().startsWith("/planning/") && (op.path().contains("{id}") || op.path().contains("{elementId}"))
                    ? new PlanningFixture(admin, school).fill(op.path()) : null;
            String self = op.path().startsWith("/self-assessment/") ? op.path().replace("{id}", op.path().startsWith("/self-assessment/process-assessments/")
                    ? process : reflection).replace("{elementCode}", "1a1") : null;
            String valid = self != null ? self : needs != null ? needs : planning != null ? planning : op.path().replace("{id}", op.path().startsWith("/planning/plans/") ? plan
                    : op.path().startsWith("/users/") ? user : op.path().startsWith("/coaching/") ? comment : op.path().startsWith("/admin/modules/") ? "planning"
                    : op.path().startsWith("/frameworks/") ? "four-domains" : school).replace("{planId}", plan).replace("{otherId}", "four-domains");
            // unknown and odd ids in the path
            if (op.path().contains("{")) {
                for (String id : BAD_IDS) send(op, op.path().replaceAll("\\{[^}]+\\}", java.util.regex.Matcher.quoteReplacement(id)).replace("{table}", "trends"), op.hasBody() ? api.sample(op.bodySchema(), school, 0).toString() : null);
            }
            // odd query values
            for (String q : op.queryParams()) {
                for (String v : BAD_QUERY) send(op, valid + "?" + q + "=" + v, null);
            }
            if (!op.hasBody()) {
                send(op, valid, null);
                continue;
            }
            // whole-body damage
            for (String b : List.of("", "{", "[]", "null", "123", "\"text\"", "{\"a\":}", "[".repeat(200) + "]".repeat(200),
                    "{\"x\":" + "{\"x\":".repeat(100) + "1" + "}".repeat(101))) {
                send(op, valid, b);
            }
            // field by field, on a body of the right shape
            JsonNode base = api.sample(op.bodySchema(), school, 0);
            if (!base.isObject()) continue;
            for (Iterator<String> names = base.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                for (JsonNode v : variants(base.get(field))) {
                    ObjectNode b = base.deepCopy();
                    b.set(field, v);
                    send(op, valid, b.toString());
                }
                ObjectNode missing = base.deepCopy();
                missing.remove(field);
                send(op, valid, missing.toString());
            }
            ObjectNode extra = base.deepCopy();
            extra.put("notAField", 1);
            send(op, valid, extra.toString());
            // a media type that only starts like JSON is not JSON
            for (String type : List.of("application/json-x", "application/jsonp", "text/json")) {
                Http.Reply r = admin.raw(op.method(), valid, type, bytes(base.toString()));
                sent++;
                if (routeMissing(r)) r = afterRouteReturns(op, () -> admin.raw(op.method(), valid, type, bytes(base.toString())));
                if (r.status() != 415) failures.add(op.key() + " as " + type + " -> " + r.status() + ", not 415: " + r.body());
            }
        }
        // the store reads back whole
        JsonNode orgs = admin.get("/orgs?limit=1000").body();
        for (JsonNode o : orgs.path("items")) {
            assertEquals(200, admin.get("/orgs/" + o.path("id").asText() + "/direction").status());
        }
        assertEquals("UP", anonymous.get("/health").text("status"));
        System.out.println("fuzz: " + sent + " requests, " + failures.size() + " server errors");
        assertTrue(failures.size() + " server errors:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))), failures.isEmpty());
    }

    /**
     * A module's routes can be away for a moment while the container is still settling (its components restarting);
     * that is not what this test is about, so the request is sent again once the routes are back, and the gap is
     * printed. Routes that do not come back within a minute fail the test.
     */
    private Http.Reply afterRouteReturns(OpenApiRequests.Op op, java.util.function.Supplier<Http.Reply> request) throws InterruptedException {
        long start = System.nanoTime();
        Http.Reply r = request.get();
        while (routeMissing(r) && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(500);
            r = request.get();
        }
        System.out.println("fuzz: " + op.key() + " had no route for " + (System.nanoTime() - start) / 1_000_000 + " ms at " + java.time.Instant.now()
                + "; modules: " + admin.get("/admin/modules").body() + "; components not active: " + inactiveComponents());
        return r;
    }

    /** Requests Jetty refuses itself, before any servlet: its answers carry the security headers too. */
    @Test
    public void jettysOwnAnswersToMalformedRequestsCarryTheSecurityHeaders() throws Exception {
        anonymous.await("/session", x -> x.status() == 401, Duration.ofSeconds(60));
        List<String> problems = new ArrayList<>();
        int refused = 0;
        for (String request : List.of("GET /api/orgs/%zz HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/health HTTP/1.1\r\nHost: localhost\r\nNo colon in this header\r\n",
                "GET /api/orgs/..%2F..%2Fetc HTTP/1.1\r\nHost: localhost\r\n",
                "GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000) + "\r\n",
                "GET /api/<script> HTTP/1.1\r\nHost: localhost\r\n")) {
            String head = rawHead(request + "Connection: close\r\n\r\n");
            int status = Integer.parseInt(head.split(" ")[1]);
            if (status >= 500) problems.add(status + " for " + request.substring(0, 40));
            if (status < 400) continue;
            refused++;
            for (String h : List.of("X-Content-Type-Options: nosniff", "Content-Security-Policy: default-src 'none'", "Referrer-Policy: no-referrer")) {
                if (!head.contains(h)) problems.add("no " + h + " on: " + head.replace("\r\n", " | ").substring(0, Math.min(300, head.length())));
            }
        }
        assertTrue(String.join("\n", problems), problems.isEmpty());
        assertTrue("malformed requests are refused", refused >= 4);
    }

    /** @return the status line and headers of a raw request's answer */
    private static String rawHead(String request) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", PORT)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) head.append(line).append("\r\n");
            return head.toString();
        }
    }

    static List<JsonNode> variants(JsonNode value) {
        List<JsonNode> out = new ArrayList<>(List.of(F.nullNode(), F.numberNode(-1), F.numberNode(1e308), F.numberNode(new java.math.BigInteger("99999999999999999999")),
                F.textNode("x".repeat(200_000)), F.booleanNode(true), F.objectNode(), F.arrayNode().add(1), F.textNode("no-such-id")));
        for (String s : ODD) out.add(F.textNode(s));
        if (value != null && value.isArray()) out.add(F.arrayNode().add(F.textNode("x".repeat(5000))));
        return out;
    }

    private void send(OpenApiRequests.Op op, String path, String body) {
        if (op.key().equals("DELETE /session") || op.key().equals("POST /session")) {
            // sign-in and sign-out get their own client: the fuzzing admin must stay signed in
            check(op, path, anonymous.raw(op.method(), path, body == null ? null : "application/json", bytes(body)));
            return;
        }
        Http.Reply r = admin.raw(op.method(), path, body == null ? null : "application/json", bytes(body));
        check(op, path, r);
    }

    /** What an error answer may never contain: the input sent back, or the JSON parser's own words. */
    static final List<String> LEAKS = List.of("<script>", "x".repeat(64), "\u202Eevil", "DROP TABLE", "no-such-id", "..%2F",
            "99999999999999999999", "com.fasterxml", "jackson", "Cannot deserialize", "(code ", "Unexpected character");

    private void check(OpenApiRequests.Op op, String path, Http.Reply r) {
        sent++;
        String where = op.key() + " " + path.substring(0, Math.min(120, path.length()));
        if (r.status() >= 500) failures.add(where + " -> " + r.status() + " " + r.body());
        if (r.status() >= 400) {
            String body = r.body().toString();
            for (String leak : LEAKS) {
                if (body.toLowerCase(java.util.Locale.ROOT).contains(leak.toLowerCase(java.util.Locale.ROOT))) {
                    failures.add(where + " -> " + r.status() + " repeats " + leak.substring(0, Math.min(20, leak.length())) + ": "
                            + body.substring(0, Math.min(200, body.length())));
                }
            }
        }
    }

    private static byte[] bytes(String body) {
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }
}
