package org.braid.platform.internal.http;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.Organization;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.braid.core.rest.Role;
import org.junit.jupiter.api.Test;

/** Errors in a body name the field and the rule, never the parser's internals nor the input itself. */
class JsonTest {
    record Roles(Set<Role> roles) {}

    static Violation problem(Class<?> type, String body) {
        ValidationException e = assertThrows(ValidationException.class, () -> Json.read(body.getBytes(StandardCharsets.UTF_8), type));
        Violation v = e.violations().get(0);
        for (String leak : new String[] {"<script>", "com.fasterxml", "Jackson", "Cannot", "(code", "Unexpected", "java.", "evil"}) {
            assertFalse(v.message().contains(leak) || e.getMessage().contains(leak), leak + " in: " + v);
        }
        return v;
    }

    @Test
    void malformedJsonNamesWhereNotWhat() {
        assertEquals(new Violation("body", "malformed JSON at line 1, column 1"), problem(Organization.class, "<script>evil</script>"));
        assertEquals("body", problem(Organization.class, "{\"name\": evil}").field());
    }

    @Test
    void aWrongValueNamesTheFieldAndWhatItMustBe() {
        Violation v = problem(Organization.class, "{\"essaStatus\": \"<script>evil\"}");
        assertEquals("essaStatus", v.field());
        assertTrue(v.message().startsWith("must be one of"), v.message());
        assertTrue(v.message().contains(EssaStatus.CSI.name()));
        Violation role = problem(Roles.class, "{\"roles\": [\"<script>evil\"]}");
        assertEquals("roles[0]", role.field());
        assertEquals("must be one of admin, sea-staff, lea-leader, school-leader, coach, viewer", role.message());
        assertEquals(new Violation("name", "must be a string"), problem(Organization.class, "{\"name\": {\"evil\": 1}}"));
    }

    @Test
    void aLongUnknownFieldNameIsCut() {
        Violation v = problem(Organization.class, "{\"" + "y".repeat(5000) + "\": 1}");
        assertTrue(v.field().length() < 100, v.field());
        assertTrue(v.message().startsWith("unknown field; expected one of"));
    }
}
