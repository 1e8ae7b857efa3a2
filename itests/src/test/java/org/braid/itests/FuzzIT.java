package org.braid.itests;

import static org.junit.Assert.*;

import java.nio.charset.StandardCharsets;
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
        String plan = admin.post("/planning/plans", Http.obj("orgId", school, "schoolYear", "2031-32")).text("id");
        String user = admin.post("/users", Http.obj("username", "fuzz-target", "password", "fuzz-target-pw", "orgId", school,
                "roles", List.of("school-leader"))).text("id");
        OpenApiRequests api = new OpenApiRequests(admin.get("/openapi.json").body());

        for (OpenApiRequests.Op op : api.operations()) {
            // needs-assessment paths get real ids, fresh for each operation (a DELETE removes its target)
            String needs = op.path().startsWith("/needs-assessment/") && op.path().contains("{id}")
                    ? new NeedsAssessmentFixture(admin, school, "2031-32").fill(op.path()) : null;
            // planning paths too: a fresh plan with one element of each kind
            String planning = op.path().startsWith("/planning/") && op.path().contains("{id}") ? new PlanningFixture(admin, school).fill(op.path()) : null;
            String valid = needs != null ? needs : planning != null ? planning : op.path().replace("{id}", op.path().startsWith("/planning/plans/") ? plan
                    : op.path().startsWith("/users/") ? user : op.path().startsWith("/admin/modules/") ? "planning"
                    : op.path().startsWith("/frameworks/") ? "four-domains" : school);
            // unknown and odd ids in the path
            if (op.path().contains("{id}")) {
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

    private void check(OpenApiRequests.Op op, String path, Http.Reply r) {
        sent++;
        if (r.status() >= 500) failures.add(op.key() + " " + path.substring(0, Math.min(120, path.length())) + " -> " + r.status() + " " + r.body());
    }

    private static byte[] bytes(String body) {
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }
}
