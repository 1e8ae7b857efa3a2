package org.braid.platform.internal.web;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.rest.Access;
import org.braid.core.rest.ApiReply;
import org.braid.core.rest.Operation;
import org.braid.core.rest.RestResource;
import org.braid.platform.internal.modules.ModulesResource;
import org.braid.platform.internal.network.FrameworkResource;
import org.braid.platform.internal.network.NetworkResource;
import org.braid.platform.internal.security.AuditResource;
import org.braid.platform.internal.security.SessionResource;
import org.braid.platform.internal.security.UserResource;
import org.braid.platform.internal.store.BackupResource;
import org.braid.platform.internal.transfer.TransferResource;
import org.braid.platform.internal.ui.UiResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document of the core's own operations (their handlers never run here) and of a small module. */
class OpenApiDocumentTest {
    /** A module's kinds of answer: a list, a record with more fields than one type, a PDF, nothing. */
    record Thing(String id, long version, Map<String, Integer> counts) {}

    /** The same simple name as a core type, in a module. */
    record Organization(String id) {}

    static final RestResource MODULE = new RestResource() {
        @Override
        public String module() {
            return "things";
        }

        @Override
        public List<Operation> operations() {
            Access edit = Access.edit(req -> "org");
            return List.of(
                    Operation.get("/things/items", "The things", Access.signedIn(), req -> ApiReply.ok(null)).returningList(Thing.class),
                    Operation.post("/things/items/{id}/reopen", "Reopen a thing", null, edit, req -> ApiReply.ok(null))
                            .status(200).returning(Thing.class, ObjectNode.class),
                    Operation.get("/things/items/{id}.pdf", "A thing to print", Access.read(req -> "org"), req -> ApiReply.ok(null))
                            .producing("application/pdf"),
                    Operation.get("/things/orgs/{id}", "A module's organization", Access.read(req -> "org"), req -> ApiReply.ok(null))
                            .returning(Organization.class),
                    Operation.delete("/things/items/{id}", "Drop a thing", edit, req -> ApiReply.noContent()));
        }
    };

    JsonNode doc;

    @BeforeEach
    void document() {
        Routes routes = new Routes();
        OpenApiResource openApi = new OpenApiResource(routes, "braid_session");
        for (RestResource r : List.of(openApi, new ModulesResource(null, null), new FrameworkResource(null), new NetworkResource(null, null, null),
                new AuditResource(null), new SessionResource(null, null, null), new UserResource(null), new BackupResource(null),
                new TransferResource(null), new UiResource(), MODULE)) {
            routes.add(r);
        }
        doc = openApi.document();
    }

    @Test
    void everyOperationHasAnIdASummarySecurityAndA2xxSchema() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.path("paths")::fields) {
            for (var method : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                operations++;
                String where = method.getKey() + " " + path.getKey() + ": ";
                JsonNode op = method.getValue();
                if (!ids.add(op.path("operationId").asText())) problems.add(where + "operationId missing or taken");
                if (op.path("summary").asText().isBlank()) problems.add(where + "no summary");
                if (!op.path("security").isArray()) problems.add(where + "no security");
                JsonNode ok = null;
                for (var r : (Iterable<Map.Entry<String, JsonNode>>) op.path("responses")::fields) if (r.getKey().startsWith("2")) ok = r.getValue();
                if (ok == null) problems.add(where + "no 2xx");
                else if (ok.has("content")) {
                    JsonNode schema = ok.path("content").elements().next().path("schema");
                    if (!schema.has("$ref") && !schema.has("type") && !schema.has("allOf")) problems.add(where + "no schema for the answer");
                }
                if (!op.path("responses").path("4XX").path("content").path("application/json").path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Error")) {
                    problems.add(where + "no error shape for 4xx");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(operations > 25, "the core's operations are all there: " + operations);
    }

    @Test
    void publicOperationsNeedNoCredentialsAndTheRestTakeTheCookieOrTheToken() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertEquals("cookie", schemes.path("session").path("in").asText());
        assertEquals("braid_session", schemes.path("session").path("name").asText());
        assertEquals("bearer", schemes.path("bearer").path("scheme").asText());
        assertEquals(0, doc.at("/paths/~1health/get/security").size());
        assertEquals(0, doc.at("/paths/~1session/post/security").size());
        JsonNode orgs = doc.at("/paths/~1orgs/get/security");
        assertEquals(2, orgs.size());
        assertTrue(orgs.path(0).has("session") && orgs.path(1).has("bearer"));
    }

    @Test
    void answersAreDocumentedAsTheJsonMappingWritesThem() {
        // the organizations' page is a record of its own (items, total and whether the count stopped), named in the components
        JsonNode list = doc.at("/paths/~1orgs/get/responses/200/content/application~1json/schema");
        if (list.has("$ref")) list = doc.at(list.path("$ref").asText().substring(1));
        assertEquals(doc.at("/paths/~1orgs~1{id}/get/responses/200/content/application~1json/schema/$ref").asText(),
                list.at("/properties/items/items/$ref").asText(), list.toString());
        assertEquals("integer", list.at("/properties/total/type").asText());
        assertEquals("boolean", list.at("/properties/totalStopped/type").asText());
        assertTrue(list.path("required").toString().contains("\"total\""), list.toString());
        // enums as they are written (@JsonValue), not as Java names them
        assertEquals("school-leader", doc.at("/components/schemas/Me/properties/roles/items/enum/3").asText());
        assertEquals("#/components/schemas/Me", doc.at("/components/schemas/Session/properties/user/$ref").asText());
        assertEquals("version", doc.at("/components/schemas/Thing/required/0").asText());
        assertEquals("integer", doc.at("/components/schemas/Thing/properties/counts/additionalProperties/type").asText());
    }

    @Test
    void aModulesOwnKindsOfAnswer() {
        JsonNode paths = doc.path("paths");
        JsonNode reopen = paths.at("/~1things~1items~1{id}~1reopen/post/responses");
        assertFalse(reopen.has("201"));
        assertEquals(2, reopen.at("/200/content/application~1json/schema/allOf").size());
        assertEquals("binary", paths.at("/~1things~1items~1{id}.pdf/get/responses/200/content/application~1pdf/schema/format").asText());
        JsonNode delete = paths.at("/~1things~1items~1{id}/delete");
        assertFalse(delete.at("/responses/204").has("content"));
        assertEquals("If-Match", delete.at("/parameters/1/name").asText());
        assertTrue(delete.at("/parameters/1/required").asBoolean());
        assertEquals(0, doc.at("/paths/~1session/delete/parameters").size(), "signing out removes no record");
    }

    @Test
    void twoTypesWithOneNameKeepTheirOwnSchemas() {
        String own = doc.at("/paths/~1things~1orgs~1{id}/get/responses/200/content/application~1json/schema/$ref").asText();
        String core = doc.at("/paths/~1orgs~1{id}/get/responses/200/content/application~1json/schema/$ref").asText();
        assertEquals("#/components/schemas/org.braid.platform.internal.web.OpenApiDocumentTest.Organization", own);
        assertEquals("#/components/schemas/org.braid.core.model.Organization", core);
        assertTrue(doc.at(core.substring(1)).path("properties").has("ncesId"));
        assertEquals(1, doc.at(own.substring(1)).path("properties").size());
    }
}
