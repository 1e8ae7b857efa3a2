package org.braid.platform.internal.web;

import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.platform.internal.http.Json;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of every operation served right now, so a
 * module turned off leaves it at once. Public, as API clients and documentation tools expect.
 */
final class OpenApiResource implements RestResource {
    static final String SESSION = "session", BEARER = "bearer";

    private final Routes routes;
    private final String sessionCookie;

    /** @param sessionCookie the name of the cookie a browser's session travels in */
    OpenApiResource(Routes routes, String sessionCookie) {
        this.routes = routes;
        this.sessionCookie = sessionCookie;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/openapi.json", "The OpenAPI document of the core and every active module", Access.open(),
                req -> ApiReply.ok(document())).returning(ObjectNode.class));
    }

    ObjectNode document() {
        ObjectNode doc = Json.MAPPER.createObjectNode().put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Braid API").put("version", "1.0.0")
                .put("description", "The Strategic Performance Network of a state: organizations, their direction and plans, and the modules turned on. "
                        + "Lists answer {\"items\": [...], \"total\": n}; errors {\"error\", \"details\": [{\"field\", \"message\"}]}.")
                .putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
        doc.putArray("servers").addObject().put("url", "/api");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(SESSION).put("type", "apiKey").put("in", "cookie").put("name", sessionCookie)
                .put("description", "Set by POST /session for browsers (HttpOnly, SameSite=Strict); a change must carry Braid's own Origin");
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer")
                .put("description", "The token POST /session answers, for scripts: Authorization: Bearer <token>");
        security(doc, false);
        ObjectNode schemas = components.putObject("schemas");
        Schemas types = new Schemas(schemas);
        Set<String> ids = new HashSet<>();
        for (Route r : routes.all()) {
            Operation op = r.operation();
            String key = "/" + String.join("/", r.segments());
            ObjectNode path = paths.has(key) ? (ObjectNode) paths.get(key) : paths.putObject(key);
            ObjectNode o = path.putObject(op.method().toLowerCase(Locale.ROOT));
            o.putArray("tags").add(r.module());
            o.put("summary", op.summary());
            o.put("operationId", operationId(op, ids));
            // who may call it, as declared: the authorization tests are generated from this
            o.put("x-braid-access", op.access() == null ? "NONE" : op.access().permission().name());
            boolean open = op.access() != null && op.access().permission() == Access.Permission.PUBLIC;
            security(o, open);
            ArrayNode params = o.putArray("parameters");
            for (String s : r.segments()) {
                if (s.startsWith("{")) {
                    params.addObject().put("name", Route.name(s)).put("in", "path").put("required", true)
                            .putObject("schema").put("type", "string");
                }
            }
            for (QueryParam q : op.query()) {
                params.addObject().put("name", q.name()).put("in", "query").put("description", q.description())
                        .putObject("schema").put("type", q.type());
            }
            if (op.method().equals("PUT")) {
                params.addObject().put("name", "If-Match").put("in", "header")
                        .put("description", "the ETag of the version edited (or send it as version in the body)")
                        .putObject("schema").put("type", "string");
            }
            if (op.method().equals("DELETE") && !open) {
                params.addObject().put("name", "If-Match").put("in", "header").put("required", true)
                        .put("description", "the ETag of the version removed; without it the answer is 428")
                        .putObject("schema").put("type", "string");
            }
            if (op.requestBody() == byte[].class) {
                // a file sent as it is, e.g. a module's KAR
                o.putObject("requestBody").put("required", true).putObject("content").putObject(ApiServlet.OCTETS)
                        .putObject("schema").put("type", "string").put("format", "binary");
            } else if (op.requestBody() != null) {
                o.putObject("requestBody").put("required", true).putObject("content").putObject(Operation.JSON)
                        .set("schema", types.of(op.requestBody()));
            }
            responses(o.putObject("responses"), op, types);
        }
        types.name();
        schemas.set("Error", error());
        return doc;
    }

    private static void responses(ObjectNode responses, Operation op, Schemas types) {
        int status = op.successStatus();
        ObjectNode ok = responses.putObject(String.valueOf(status)).put("description", status == 204 ? "done; nothing to answer" : "success");
        if (status != 204) {
            ObjectNode content = ok.putObject("content").putObject(op.produces());
            if (!op.produces().startsWith(Operation.JSON)) {
                content.putObject("schema").put("type", "string").put("format", "binary");
            } else if (op.response().size() == 1) {
                content.set("schema", types.of(op.response().get(0)));
            } else if (op.response().size() > 1) {
                ArrayNode all = content.putObject("schema").putArray("allOf");
                for (Type t : op.response()) all.add(types.of(t));
            } else {
                content.putObject("schema"); // not declared: the completeness tests name it
            }
        }
        responses.putObject("4XX").put("description", "the request cannot be carried out; details name the fields")
                .putObject("content").putObject(Operation.JSON).putObject("schema").put("$ref", "#/components/schemas/Error");
    }

    /** Public operations need no credentials; every other one takes the session cookie or the bearer token. */
    private static void security(ObjectNode target, boolean open) {
        ArrayNode s = target.putArray("security");
        if (open) return;
        s.addObject().putArray(SESSION);
        s.addObject().putArray(BEARER);
    }

    private static ObjectNode error() {
        ObjectNode error = Json.MAPPER.createObjectNode().put("type", "object");
        error.putArray("required").add("error").add("details");
        ObjectNode props = error.putObject("properties");
        props.putObject("error").put("type", "string");
        ObjectNode detail = props.putObject("details").put("type", "array").putObject("items").put("type", "object");
        detail.putObject("properties").<ObjectNode>set("field", Json.MAPPER.createObjectNode().put("type", "string"))
                .set("message", Json.MAPPER.createObjectNode().put("type", "string"));
        props.putObject("requestId").put("type", "string").put("description", "on a 500 only: where the administrator finds it in the log");
        return error;
    }

    /** e.g. {@code getPlanningPlansIdActionsCsv}; unique within the document. */
    static String operationId(Operation op, Set<String> taken) {
        StringBuilder sb = new StringBuilder(op.method().toLowerCase(Locale.ROOT));
        for (String part : op.path().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        String id = sb.toString();
        for (int n = 2; !taken.add(id); n++) id = sb + "_" + n;
        return id;
    }
}
