package org.braid.platform.internal.web;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.platform.internal.http.Json;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.QueryParam;
import org.braid.core.rest.RestResource;

/** {@code GET /api/openapi.json}: the OpenAPI 3 document of every operation served right now. */
final class OpenApiResource implements RestResource {
    private final Routes routes;

    OpenApiResource(Routes routes) {
        this.routes = routes;
    }

    @Override
    public String module() {
        return "core";
    }

    @Override
    public List<Operation> operations() {
        return List.of(Operation.get("/openapi.json", "The OpenAPI document of the core and every active module", Access.signedIn(),
                req -> ApiReply.ok(document())));
    }

    ObjectNode document() {
        ObjectNode doc = Json.MAPPER.createObjectNode().put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Braid API").put("version", "1.0.0")
                .put("description", "The Strategic Performance Network of a state: organizations, their direction and plans, and the modules turned on.");
        doc.putArray("servers").addObject().put("url", "/api");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode error = schemas.putObject("Error").put("type", "object");
        error.putObject("properties").<ObjectNode>set("error", Json.MAPPER.createObjectNode().put("type", "string"))
                .putObject("details").put("type", "array").putObject("items").put("type", "object")
                .putObject("properties").<ObjectNode>set("field", Json.MAPPER.createObjectNode().put("type", "string"))
                .set("message", Json.MAPPER.createObjectNode().put("type", "string"));
        Schemas types = new Schemas(schemas);
        for (Route r : routes.all()) {
            Operation op = r.operation();
            String key = "/" + String.join("/", r.segments());
            ObjectNode path = paths.has(key) ? (ObjectNode) paths.get(key) : paths.putObject(key);
            ObjectNode o = path.putObject(op.method().toLowerCase(java.util.Locale.ROOT));
            o.putArray("tags").add(r.module());
            o.put("summary", op.summary());
            o.put("operationId", operationId(op));
            // who may call it, as declared: the authorization tests are generated from this
            o.put("x-braid-access", op.access() == null ? "NONE" : op.access().permission().name());
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
                params.addObject().put("name", "If-Match").put("in", "header").put("description", "the ETag of the version edited")
                        .putObject("schema").put("type", "string");
            }
            if (op.requestBody() != null) {
                o.putObject("requestBody").put("required", true).putObject("content").putObject(Operation.JSON)
                        .set("schema", types.of(op.requestBody()));
            }
            ObjectNode responses = o.putObject("responses");
            String ok = op.method().equals("POST") ? "201" : "200";
            responses.putObject(ok).put("description", "success").putObject("content").putObject(op.produces()).putObject("schema");
            responses.putObject("4XX").put("description", "the request cannot be carried out; details name the fields")
                    .putObject("content").putObject(Operation.JSON).putObject("schema").put("$ref", "#/components/schemas/Error");
        }
        return doc;
    }

    private static String operationId(Operation op) {
        StringBuilder sb = new StringBuilder(op.method().toLowerCase(java.util.Locale.ROOT));
        for (String part : op.path().split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
