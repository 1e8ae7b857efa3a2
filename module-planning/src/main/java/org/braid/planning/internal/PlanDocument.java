package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.ValidationException;
import org.braid.planning.api.Plan;
import org.braid.planning.api.PlanStatus;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.internal.Inputs.ActionInput;
import org.braid.planning.internal.Inputs.AreaInput;
import org.braid.planning.internal.Inputs.MeasureInput;
import org.braid.planning.internal.Inputs.MilestoneInput;
import org.braid.planning.internal.Inputs.StrategyInput;
import org.braid.platform.json.BraidJson;

/**
 * A plan as a nested JSON document without numbers, versions or parent ids: what the export section writes,
 * what import and the demo data load through the same rules as the REST API.
 */
final class PlanDocument {
    /** Braid's one strict configuration: elements are read as strictly as the REST layer reads them. */
    private static final ObjectMapper MAPPER = BraidJson.mapper();
    private static final List<String> DERIVED = List.of("number", "version", "planId", "priorityAreaId", "strategyId", "milestoneId");

    private PlanDocument() {
    }

    /** @return the plan as a document, stable in order */
    static ObjectNode write(PlanTree plan) {
        ObjectNode n = MAPPER.valueToTree(plan);
        strip(n);
        return n;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            DERIVED.forEach(o::remove);
            o.forEach(PlanDocument::strip);
        } else if (n instanceof ArrayNode a) {
            a.forEach(PlanDocument::strip);
        }
    }

    /**
     * Stores a plan document; ids in it are kept when present (import), made when absent (demo).
     *
     * @param at     where the document sits, for error fields, e.g. {@code sections.planning.plans[0]}
     * @param orgId  the organization, when the document does not name it
     * @return the plan's id
     */
    static String load(PlanStore plans, PlanElements tree, JsonNode doc, String at, String orgId) {
        return load(plans, tree, doc, at, orgId, () -> { });
    }

    /** @param whileDraft more to store while the plan is still a draft (its candidates and retirements) */
    static String load(PlanStore plans, PlanElements tree, JsonNode doc, String at, String orgId, Runnable whileDraft) {
        return plans.whole(() -> loadWhole(plans, tree, doc, at, orgId, whileDraft));
    }

    private static String loadWhole(PlanStore plans, PlanElements tree, JsonNode doc, String at, String orgId, Runnable whileDraft) {
        String id = doc.hasNonNull("id") ? idOf(doc, at) : java.util.UUID.randomUUID().toString();
        String org = doc.hasNonNull("orgId") ? doc.get("orgId").asText() : orgId;
        PlanStatus status = PlanStatus.DRAFT;
        if (doc.hasNonNull("status")) {
            try {
                status = PlanStatus.valueOf(doc.get("status").asText());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(at + ".status", "must be DRAFT, SUBMITTED or APPROVED");
            }
        }
        plans.insert(new Plan(id, org, doc.path("schoolYear").asText(null), PlanStatus.DRAFT, null));
        if (!doc.isObject()) throw new ValidationException(at, "must be an object");
        JsonNode areas = array(doc, "priorityAreas", at);
        for (int a = 0; a < areas.size(); a++) {
            JsonNode an = areas.get(a);
            String where = at + ".priorityAreas[" + a + "]";
            String areaId = tree.insertArea(id, idOf(an, where), read(an, AreaInput.class, where));
            JsonNode strategies = array(an, "strategies", where);
            for (int s = 0; s < strategies.size(); s++) {
                JsonNode sn = strategies.get(s);
                String sw = where + ".strategies[" + s + "]";
                String strategyId = tree.insertStrategy(areaId, idOf(sn, sw), read(sn, StrategyInput.class, sw));
                JsonNode measures = array(sn, "measures", sw);
                for (int m = 0; m < measures.size(); m++) {
                    tree.insertMeasure(strategyId, idOf(measures.get(m), sw + ".measures[" + m + "]"), read(measures.get(m), MeasureInput.class, sw + ".measures[" + m + "]"));
                }
                JsonNode milestones = array(sn, "milestones", sw);
                for (int m = 0; m < milestones.size(); m++) {
                    JsonNode mn = milestones.get(m);
                    String mw = sw + ".milestones[" + m + "]";
                    String milestoneId = tree.insertMilestone(strategyId, idOf(mn, mw), read(mn, MilestoneInput.class, mw));
                    JsonNode actions = array(mn, "actions", mw);
                    for (int x = 0; x < actions.size(); x++) {
                        tree.insertAction(milestoneId, idOf(actions.get(x), mw + ".actions[" + x + "]"), read(actions.get(x), ActionInput.class, mw + ".actions[" + x + "]"));
                    }
                }
            }
        }
        whileDraft.run();
        if (status != PlanStatus.DRAFT) plans.setStatus(id, status);
        return id;
    }

    private static final Map<Class<?>, List<String>> CHILDREN = new HashMap<>(Map.of(
            AreaInput.class, List.of("id", "strategies"), StrategyInput.class, List.of("id", "measures", "milestones"),
            MeasureInput.class, List.of("id"), MilestoneInput.class, List.of("id", "actions"), ActionInput.class, List.of("id")));

    static <T> T read(JsonNode n, Class<T> type, String at) {
        return read(n, type, at, CHILDREN.get(type));
    }

    /** @return the node as the type, without the fields named in {@code skip} */
    static <T> T read(JsonNode n, Class<T> type, String at, List<String> skip) {
        if (!n.isObject()) throw new ValidationException(at, "must be an object");
        ObjectNode fields = ((ObjectNode) n).deepCopy();
        skip.forEach(fields::remove);
        List<String> extra = new ArrayList<>();
        fields.fieldNames().forEachRemaining(extra::add);
        try {
            return MAPPER.treeToValue(fields, type);
        } catch (Exception e) {
            throw new ValidationException(at, "is not a valid " + type.getSimpleName().replace("Input", "").toLowerCase() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** @return the id the element carries (36 characters, as Braid makes them), or {@code null} */
    static String idOf(JsonNode n, String at) {
        if (!n.hasNonNull("id")) return null;
        if (!n.get("id").isTextual() || n.get("id").asText().isBlank() || n.get("id").asText().length() > 36) {
            throw new ValidationException(at + ".id", "must be an id of at most 36 characters");
        }
        return n.get("id").asText();
    }

    /** @return the list under the field (empty when absent) */
    static JsonNode array(JsonNode n, String field, String at) {
        JsonNode a = n.path(field);
        if (a.isMissingNode() || a.isNull()) return MAPPER.createArrayNode();
        if (!a.isArray()) throw new ValidationException(at + "." + field, "must be a list");
        return a;
    }
}
