package org.braid.needsassessment.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.spi.SeedData;
import org.braid.platform.json.BraidJson;

/** A needs assessment with everything in it, as the API and the export show it. */
final class AssessmentView {
    /** Seed 004: focus on few; more than this many priority areas draws a warning. */
    static final int FOCUS = 4;
    static final JsonNode COACHING = SeedData.read(AssessmentView.class, "/seed/coaching-questions.json");

    private AssessmentView() {
    }

    /**
     * @param forApi with versions, warnings and Tool B's coaching questions beside each section;
     *               without them for the export
     */
    static ObjectNode of(Assessment a, List<StoredPart> parts, boolean forApi) {
        ObjectNode out = BraidJson.mapper().createObjectNode();
        out.put("id", a.id());
        out.put("orgId", a.orgId());
        out.put("schoolYear", a.schoolYear());
        out.put("scope", a.scope().name());
        out.put("focus", a.focus());
        for (Kind k : Kind.values()) {
            ArrayNode list = out.putArray(k.field);
            for (StoredPart p : parts) if (p.kind() == k) list.add(p.view(forApi));
        }
        if (forApi) {
            out.put("version", a.version());
            ArrayNode warnings = out.putArray("warnings");
            long areas = parts.stream().filter(p -> p.kind() == Kind.PRIORITY_AREA).count();
            if (areas > FOCUS) {
                warnings.addObject().put("field", Kind.PRIORITY_AREA.field).put("message", areas
                        + " priority areas: focus on a few (at most " + FOCUS + "), so that resources and attention are not spread thin");
            }
            out.set("coaching", COACHING.path("sections").deepCopy());
            out.set("coachingSource", COACHING.path("source").deepCopy());
        }
        return out;
    }
}
