package org.braid.needsassessment.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The needs-assessment section of an organization export: every assessment with all its parts. */
@Component(service = {ExportSection.class, NeedsAssessmentSection.class})
public class NeedsAssessmentSection implements ExportSection {
    private static final String WHERE = "sections." + NeedsAssessmentModule.ID + ".assessments";
    private final AssessmentStore store;

    @Activate
    public NeedsAssessmentSection(@Reference AssessmentStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return NeedsAssessmentModule.ID;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ArrayNode out = BraidJson.mapper().createArrayNode();
        for (String org : orgIds) {
            for (Assessment a : store.forOrganization(org)) out.add(AssessmentView.of(a, store.parts(a.id()), false));
        }
        ObjectNode section = BraidJson.mapper().createObjectNode();
        section.set("assessments", out);
        return section;
    }

    @Override
    public void load(JsonNode data) {
        JsonNode list = data.path("assessments");
        if (!list.isArray()) throw new ValidationException(WHERE, "must be an array");
        for (int i = 0; i < list.size(); i++) {
            String at = WHERE + "[" + i + "]";
            if (!list.get(i).isObject()) throw new ValidationException(at, "is not a needs assessment");
            ObjectNode node = list.get(i).deepCopy();
            List<JsonNode> parts = new ArrayList<>();
            for (Kind k : Kind.values()) parts.add(node.remove(k.field));
            Assessment a = read(node, Assessment.class, at, "a needs assessment");
            if (a.id() == null) throw new ValidationException(at + ".id", "is required");
            store.insert(new Assessment(a.id(), a.orgId(), a.schoolYear(), a.scope(), a.focus(), null));
            List<StoredPart> added = new ArrayList<>();
            for (Kind k : Kind.values()) {
                JsonNode items = parts.get(k.ordinal());
                if (items == null || items.isNull()) continue;
                if (!items.isArray()) throw new ValidationException(at + "." + k.field, "must be an array");
                for (int j = 0; j < items.size(); j++) {
                    String pat = at + "." + k.field + "[" + j + "]";
                    if (!items.get(j).isObject()) throw new ValidationException(pat, "is not a " + k.noun);
                    ObjectNode item = items.get(j).deepCopy();
                    JsonNode id = item.remove("id");
                    JsonNode owner = item.remove("assessmentId");
                    if (id == null || !id.isTextual()) throw new ValidationException(pat + ".id", "is required");
                    if (owner != null && !owner.asText().equals(a.id())) throw new ValidationException(pat + ".assessmentId", "must be " + a.id());
                    added.add(store.insertPart(id.asText(), a.id(), k, read(item, k.type, pat, "a " + k.noun), false));
                }
            }
            for (StoredPart p : added) store.checkReferences(a.id(), AssessmentStore.typed(p), p.id());
        }
    }

    private static <T> T read(JsonNode node, Class<T> type, String at, String what) {
        try {
            return BraidJson.mapper().treeToValue(node, type);
        } catch (Exception e) {
            throw new ValidationException(at, "is not " + what);
        }
    }
}
