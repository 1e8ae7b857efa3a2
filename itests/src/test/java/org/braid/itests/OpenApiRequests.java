package org.braid.itests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads operations out of Braid's OpenAPI document and makes plausible bodies from their schemas. */
final class OpenApiRequests {

    /** One documented operation. */
    record Op(String method, String path, String access, JsonNode spec) {
        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }

        List<String> queryParams() {
            List<String> out = new ArrayList<>();
            for (JsonNode p : spec.path("parameters")) if (p.path("in").asText().equals("query")) out.add(p.path("name").asText());
            return out;
        }

        /** @return the documented media type of the body, e.g. application/octet-stream for a file sent as it is */
        String bodyType() {
            var types = spec.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : "application/json";
        }

        JsonNode bodySchema() {
            return spec.path("requestBody").path("content").path("application/json").path("schema");
        }
    }

    final JsonNode doc;

    OpenApiRequests(JsonNode doc) {
        this.doc = doc;
    }

    List<Op> operations() {
        List<Op> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            var p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                var o = ops.next();
                out.add(new Op(o.getKey().toUpperCase(), p.getKey(), o.getValue().path("x-braid-access").asText("NONE"), o.getValue()));
            }
        }
        return out;
    }

    /**
     * @return what the document lacks: per operation an operationId (unique), a summary, its security,
     *         a schema for a JSON success and the error shape for 4xx
     */
    List<String> incomplete() {
        List<String> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Op op : operations()) {
            JsonNode spec = op.spec();
            if (!ids.add(spec.path("operationId").asText())) out.add(op.key() + ": operationId missing or not unique");
            if (spec.path("summary").asText().isBlank()) out.add(op.key() + ": no summary");
            if (!spec.path("security").isArray()) out.add(op.key() + ": no security");
            else if (op.access().equals("PUBLIC") != spec.path("security").isEmpty()) out.add(op.key() + ": security does not match " + op.access());
            String ok = success(op);
            if (ok == null) out.add(op.key() + ": no 2xx answer");
            else if (!ok.equals("204")) {
                var content = spec.path("responses").path(ok).path("content").fields();
                JsonNode schema = content.hasNext() ? content.next().getValue().path("schema") : Http.JSON.missingNode();
                if (!schema.has("$ref") && !schema.has("type") && !schema.has("allOf")) out.add(op.key() + ": no schema for its " + ok);
            }
            if (!spec.path("responses").path("4XX").toString().contains("#/components/schemas/Error")) out.add(op.key() + ": no error shape for 4xx");
        }
        return out;
    }

    /** @return the documented success status, e.g. {@code 201}, or {@code null} */
    static String success(Op op) {
        for (Iterator<String> it = op.spec().path("responses").fieldNames(); it.hasNext(); ) {
            String code = it.next();
            if (code.startsWith("2")) return code;
        }
        return null;
    }

    /**
     * @return where a JSON success differs from its documented schema: a wrong type or enum value, or a
     *         property the schema does not name (unless the schema says the object is open)
     */
    List<String> mismatches(Op op, Http.Reply reply) {
        List<String> out = new ArrayList<>();
        String ok = success(op);
        if (!String.valueOf(reply.status()).equals(ok)) {
            out.add(op.key() + ": answered " + reply.status() + ", documented " + ok);
        } else if (reply.contentType().startsWith("application/json")) {
            conform(op.spec().path("responses").path(ok).path("content").path("application/json").path("schema"), reply.body(), op.key() + " $", out);
        }
        return out;
    }

    private void conform(JsonNode schema, JsonNode value, String at, List<String> out) {
        schema = resolve(schema);
        if (value == null || value.isNull() || value.isMissingNode()) return; // records write absent values as null
        List<JsonNode> parts = new ArrayList<>();
        if (schema.has("allOf")) schema.path("allOf").forEach(p -> parts.add(resolve(p)));
        else parts.add(schema);
        boolean open = false;
        Map<String, JsonNode> properties = new java.util.LinkedHashMap<>();
        for (JsonNode part : parts) {
            if (part.has("enum")) {
                boolean known = false;
                for (JsonNode e : part.path("enum")) known |= e.equals(value);
                if (!known) out.add(at + ": " + value + " is not one of " + part.path("enum"));
            }
            String type = part.path("type").asText("");
            boolean fits = switch (type) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                default -> true;
            };
            if (!fits) {
                out.add(at + ": " + type + " documented, " + value.getNodeType() + " answered");
                return;
            }
            if (value.isArray()) for (int i = 0; i < value.size(); i++) conform(part.path("items"), value.get(i), at + "[" + i + "]", out);
            if (value.isObject()) {
                if (part.has("additionalProperties")) {
                    for (Iterator<Map.Entry<String, JsonNode>> f = value.fields(); f.hasNext(); ) {
                        var e = f.next();
                        conform(part.path("additionalProperties"), e.getValue(), at + "." + e.getKey(), out);
                    }
                    open = true;
                } else if (!part.has("properties")) {
                    open = true;
                }
                part.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
            }
        }
        if (!value.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> f = value.fields(); f.hasNext(); ) {
            var e = f.next();
            JsonNode p = properties.get(e.getKey());
            if (p != null) conform(p, e.getValue(), at + "." + e.getKey(), out);
            else if (!open) out.add(at + "." + e.getKey() + ": not documented");
        }
    }

    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) return doc.at(schema.path("$ref").asText().substring(1));
        return schema;
    }

    /**
     * A body of the schema's shape: every string "x" (ids and org references get {@code orgId}),
     * enums their first value, numbers 1, versions a stale 999999 so no update ever lands.
     */
    JsonNode sample(JsonNode schema, String orgId, int depth) {
        schema = resolve(schema);
        var f = Http.JSON.getNodeFactory();
        if (schema.has("enum")) return schema.path("enum").path(0);
        switch (schema.path("type").asText()) {
            case "string": return f.textNode("x");
            case "integer": return f.numberNode(1);
            case "number": return f.numberNode(1.5);
            case "boolean": return f.booleanNode(false);
            case "array": {
                ArrayNode a = f.arrayNode();
                if (depth < 3) a.add(sample(schema.path("items"), orgId, depth + 1));
                return a;
            }
            default: {
                ObjectNode o = f.objectNode();
                if (depth > 3) return o;
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                    var e = props.next();
                    String name = e.getKey();
                    if (name.equals("version")) o.put(name, 999999);
                    else if (name.equals("orgId") || name.equals("parentId")) o.put(name, orgId);
                    else if (name.equals("id")) o.putNull(name);
                    else o.set(name, sample(e.getValue(), orgId, depth + 1));
                }
                return o;
            }
        }
    }
}
