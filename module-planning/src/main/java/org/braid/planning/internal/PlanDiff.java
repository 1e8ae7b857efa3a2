package org.braid.planning.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.platform.json.BraidJson;

/** What changed between two snapshots of a plan, element by element (matched by id). */
final class PlanDiff {
    /** The child lists of each element kind, and the kind of their elements. */
    private static final Map<String, String> CHILDREN = Map.of("priorityAreas", "priority area", "strategies", "strategy",
            "measures", "strategy measure", "milestones", "milestone", "actions", "action");
    private static final List<String> IGNORED = List.of("number", "version", "planId", "priorityAreaId", "strategyId", "milestoneId");

    /**
     * One element's change.
     *
     * @param change  added, removed, changed or renumbered
     * @param fields  the fields that differ (a move shows as its new number)
     */
    record Change(String id, String kind, String numberBefore, String numberAfter, String change, List<FieldChange> fields) {}

    /** One field's values before and after. */
    record FieldChange(String field, JsonNode before, JsonNode after) {}

    private record Element(String kind, String number, ObjectNode fields) {}

    private PlanDiff() {
    }

    /** @param before and {@code after}: numbered plan documents (snapshots or the current tree) */
    static List<Change> diff(JsonNode before, JsonNode after) {
        Map<String, Element> a = flatten(before), b = flatten(after);
        List<Change> out = new ArrayList<>();
        List<FieldChange> planFields = fields(planFields(before), planFields(after));
        if (!planFields.isEmpty()) out.add(new Change(before.path("id").asText(), "plan", "", "", "changed", planFields));
        for (Map.Entry<String, Element> e : a.entrySet()) {
            Element x = e.getValue(), y = b.get(e.getKey());
            if (y == null) {
                out.add(new Change(e.getKey(), x.kind(), x.number(), null, "removed", List.of()));
                continue;
            }
            List<FieldChange> f = fields(x.fields(), y.fields());
            if (!f.isEmpty()) out.add(new Change(e.getKey(), x.kind(), x.number(), y.number(), "changed", f));
            else if (!Objects.equals(x.number(), y.number())) out.add(new Change(e.getKey(), x.kind(), x.number(), y.number(), "renumbered", List.of()));
        }
        for (Map.Entry<String, Element> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) out.add(new Change(e.getKey(), e.getValue().kind(), null, e.getValue().number(), "added", List.of()));
        }
        return out;
    }

    private static ObjectNode planFields(JsonNode plan) {
        ObjectNode o = BraidJson.mapper().createObjectNode();
        o.set("schoolYear", plan.path("schoolYear"));
        return o;
    }

    private static List<FieldChange> fields(ObjectNode x, ObjectNode y) {
        List<FieldChange> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        x.fieldNames().forEachRemaining(names::add);
        y.fieldNames().forEachRemaining(n -> {
            if (!names.contains(n)) names.add(n);
        });
        for (String n : names) {
            JsonNode p = x.path(n), q = y.path(n);
            if (!equal(p, q)) out.add(new FieldChange(n, p.isMissingNode() ? null : p, q.isMissingNode() ? null : q));
        }
        return out;
    }

    private static boolean equal(JsonNode p, JsonNode q) {
        boolean pn = p.isMissingNode() || p.isNull(), qn = q.isMissingNode() || q.isNull();
        if (pn || qn) return pn && qn;
        if (p.isNumber() && q.isNumber()) return p.decimalValue().compareTo(q.decimalValue()) == 0;
        return p.equals(q);
    }

    private static Map<String, Element> flatten(JsonNode plan) {
        Map<String, Element> out = new LinkedHashMap<>();
        walk(plan, out);
        return out;
    }

    private static void walk(JsonNode node, Map<String, Element> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String kind = CHILDREN.get(f.getKey());
            if (kind == null || !f.getValue().isArray()) continue;
            for (JsonNode child : f.getValue()) {
                ObjectNode fields = BraidJson.mapper().createObjectNode();
                child.fields().forEachRemaining(c -> {
                    if (!CHILDREN.containsKey(c.getKey()) && !IGNORED.contains(c.getKey()) && !c.getKey().equals("id")) fields.set(c.getKey(), c.getValue());
                });
                out.put(child.path("id").asText(), new Element(kind, child.path("number").asText(null), fields));
                walk(child, out);
            }
        }
    }
}
