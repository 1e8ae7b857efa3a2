package org.braid.planning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.NotFoundException;
import org.braid.planning.api.ElementExtension;
import org.braid.planning.api.ElementKind;
import org.braid.planning.api.dto.Action;
import org.braid.planning.api.dto.Milestone;
import org.braid.planning.api.dto.PlanTree;
import org.braid.planning.api.dto.PriorityArea;
import org.braid.planning.api.dto.Strategy;
import org.braid.planning.api.dto.StrategyMeasure;
import org.braid.platform.json.BraidJson;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The element extensions installed (state packs' fields on plan elements), asked for an element's or a plan's fields. */
@Component(service = ElementExtensions.class)
public class ElementExtensions {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ElementExtension> extensions = List.of();

    /** @return the fields each extension keeps on the element, by extension id; only extensions with fields */
    public Map<String, Map<String, Object>> of(ElementKind kind, String elementId) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (ElementExtension x : extensions) {
            if (!x.kinds().contains(kind)) continue;
            Map<String, Object> fields = x.fields(elementId);
            if (fields != null && !fields.isEmpty()) out.put(x.id(), fields);
        }
        return out;
    }

    /**
     * @return the element as a GET shows it, with {@code extensions: {id: fields}} added when any extension keeps fields
     *         on it; the element itself otherwise
     */
    public Object withFields(Object element) {
        Map.Entry<String, ElementKind> self = self(element);
        if (extensions.isEmpty() || self == null) return element;
        Map<String, Map<String, Object>> fields = of(self.getValue(), self.getKey());
        if (fields.isEmpty()) return element;
        ObjectNode n = BraidJson.mapper().valueToTree(element);
        n.set("extensions", BraidJson.mapper().valueToTree(fields));
        return n;
    }

    /**
     * @return the plan as a GET shows it, each element with {@code extensions: {id: fields}} added when any extension keeps
     *         fields on it; the plan itself otherwise
     */
    public Object withFields(PlanTree plan) {
        Map<String, Map<String, Map<String, Object>>> byExtension = forPlan(plan);
        if (byExtension.isEmpty()) return plan;
        Map<String, Map<String, Object>> byElement = new LinkedHashMap<>();
        byExtension.forEach((x, elements) -> elements.forEach((id, fields) -> byElement.computeIfAbsent(id, k -> new TreeMap<>()).put(x, fields)));
        ObjectNode n = BraidJson.mapper().valueToTree(plan);
        mark(n, byElement);
        return n;
    }

    private static void mark(com.fasterxml.jackson.databind.JsonNode node, Map<String, Map<String, Object>> byElement) {
        if (node instanceof ObjectNode o && byElement.containsKey(o.path("id").asText())) {
            o.set("extensions", BraidJson.mapper().valueToTree(byElement.get(o.path("id").asText())));
        }
        for (com.fasterxml.jackson.databind.JsonNode child : node) if (child.isContainerNode()) mark(child, byElement);
    }

    /** @return every extension's fields on the plan's elements: by extension id, then element id (for templates and versions) */
    public Map<String, Map<String, Map<String, Object>>> forPlan(PlanTree plan) {
        List<ElementExtension> installed = extensions;
        if (installed.isEmpty()) return Map.of();
        Map<String, Map<String, Map<String, Object>>> out = new TreeMap<>();
        for (Map.Entry<String, ElementKind> e : elements(plan).entrySet()) {
            for (ElementExtension x : installed) {
                if (!x.kinds().contains(e.getValue())) continue;
                Map<String, Object> fields = x.fields(e.getKey());
                if (fields != null && !fields.isEmpty()) out.computeIfAbsent(x.id(), k -> new LinkedHashMap<>()).put(e.getKey(), fields);
            }
        }
        return out;
    }

    /**
     * @return the extension with this id that extends elements of this kind
     * @throws NotFoundException saying which: none installed with the id, or it does not extend the kind
     */
    public ElementExtension extending(String id, ElementKind kind) {
        ElementExtension x = extensions.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("element extension: none installed has this id", id));
        if (!x.kinds().contains(kind)) {
            String what = (kind == ElementKind.ACTION ? "an " : "a ") + label(kind);
            throw new NotFoundException("element extension '" + x.id() + "' for this element: it does not extend " + what, id);
        }
        return x;
    }

    /** @return whether any extension is installed */
    public boolean any() {
        return !extensions.isEmpty();
    }

    /** Tells every extension that these elements were deleted, so they forget their fields. */
    public void removed(List<String> elementIds) {
        for (ElementExtension x : extensions) for (String id : elementIds) x.remove(id);
    }

    /** @return every element of the plan (or of a part of it) with its kind, in plan order */
    static Map<String, ElementKind> elements(PlanTree plan) {
        Map<String, ElementKind> out = new LinkedHashMap<>();
        for (PriorityArea a : plan.priorityAreas()) out.putAll(under(a));
        return out;
    }

    /** @return the element and everything under it, with their kinds, in plan order (Tool A's numbering) */
    static Map<String, ElementKind> under(Object element) {
        Map<String, ElementKind> out = new LinkedHashMap<>();
        collect(element, out);
        return out;
    }

    private static void collect(Object element, Map<String, ElementKind> out) {
        Map.Entry<String, ElementKind> self = self(element);
        if (self == null) return;
        out.put(self.getKey(), self.getValue());
        if (element instanceof PriorityArea a) a.strategies().forEach(s -> collect(s, out));
        if (element instanceof Strategy s) {
            s.measures().forEach(m -> collect(m, out));
            s.milestones().forEach(m -> collect(m, out));
        }
        if (element instanceof Milestone m) m.actions().forEach(x -> collect(x, out));
    }

    /** @return a plan element's id and kind as planning returns it, or {@code null} for anything else */
    private static Map.Entry<String, ElementKind> self(Object element) {
        if (element instanceof PriorityArea a) return Map.entry(a.id(), ElementKind.PRIORITY_AREA);
        if (element instanceof Strategy s) return Map.entry(s.id(), ElementKind.STRATEGY);
        if (element instanceof StrategyMeasure m) return Map.entry(m.id(), ElementKind.MEASURE);
        if (element instanceof Milestone m) return Map.entry(m.id(), ElementKind.MILESTONE);
        if (element instanceof Action x) return Map.entry(x.id(), ElementKind.ACTION);
        return null;
    }

    static String label(ElementKind kind) {
        return kind.name().toLowerCase().replace('_', ' ');
    }
}
