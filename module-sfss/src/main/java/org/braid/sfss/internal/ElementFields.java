package org.braid.sfss.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.braid.core.model.Checks;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.Practice;
import org.braid.planning.api.ElementKind;

/**
 * The SFSS action plan's fields on one plan element, as the JSON object {@code extensions.sfss} shows them: on a
 * priority area (a challenge) {@code description}, {@code supportingData}, {@code targetOutcomes} and
 * {@code rootCauses} (A-D, at most four texts); on a strategy {@code description} and {@code priorities} (codes of the
 * Five SFSS Priorities); on an action (a key implementation step) {@code byWhen} and {@code byWho}, where they differ
 * from Tool A's due date and owner.
 */
record ElementFields(ElementKind kind, String description, String supportingData, String targetOutcomes, List<String> rootCauses,
        List<String> priorities, String byWhen, String byWho) {
    static final int TEXT = 4000, CAUSE = 2000, WHEN = 100, WHO = 200, ROOT_CAUSES = 4;
    static final Set<ElementKind> KINDS = Set.of(ElementKind.PRIORITY_AREA, ElementKind.STRATEGY, ElementKind.ACTION);
    private static final Map<ElementKind, List<String>> NAMES = Map.of(
            ElementKind.PRIORITY_AREA, List.of("description", "supportingData", "targetOutcomes", "rootCauses"),
            ElementKind.STRATEGY, List.of("description", "priorities"),
            ElementKind.ACTION, List.of("byWhen", "byWho"));

    ElementFields {
        rootCauses = rootCauses == null ? List.of() : List.copyOf(rootCauses);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
    }

    /** The letter of a root cause by its position: A for the first. */
    static String letter(int position) {
        return String.valueOf((char) ('A' + position));
    }

    /**
     * Checks and tidies the fields sent for an element: texts trimmed (blank means none), blank root causes left out,
     * priority codes upper-cased and each kept once.
     *
     * @throws ValidationException naming every field that is wrong (e.g. {@code rootCauses[4]}, {@code priorities[1]})
     */
    static ElementFields of(ElementKind kind, Map<String, Object> in) {
        if (!KINDS.contains(kind)) throw new ValidationException("kind", "the SFSS action plan keeps no fields on a " + words(kind));
        Checks checks = new Checks();
        Map<String, Object> fields = in == null ? Map.of() : in;
        for (String name : fields.keySet()) {
            if (!NAMES.get(kind).contains(name)) {
                checks.add(name, "is not an SFSS field of a " + words(kind) + "; it has " + String.join(", ", NAMES.get(kind)));
            }
        }
        ElementFields out = new ElementFields(kind, text(checks, fields, "description", TEXT), text(checks, fields, "supportingData", TEXT),
                text(checks, fields, "targetOutcomes", TEXT), rootCauses(checks, fields.get("rootCauses")), priorities(checks, fields.get("priorities")),
                text(checks, fields, "byWhen", WHEN), text(checks, fields, "byWho", WHO));
        checks.throwIfAny();
        return out;
    }

    /** @return the fields as their JSON object, without the ones not set */
    Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "description", description);
        put(out, "supportingData", supportingData);
        put(out, "targetOutcomes", targetOutcomes);
        if (!rootCauses.isEmpty()) out.put("rootCauses", rootCauses);
        if (!priorities.isEmpty()) out.put("priorities", priorities);
        put(out, "byWhen", byWhen);
        put(out, "byWho", byWho);
        return out;
    }

    /** @return whether nothing is set (then nothing is kept) */
    boolean empty() {
        return toMap().isEmpty();
    }

    private static void put(Map<String, Object> out, String name, String value) {
        if (value != null) out.put(name, value);
    }

    private static String text(Checks checks, Map<String, Object> fields, String name, int max) {
        Object v = fields.get(name);
        if (v == null) return null;
        if (!(v instanceof String s)) {
            checks.add(name, "must be a text");
            return null;
        }
        String t = s.strip();
        checks.maxLength(name, t, max);
        return t.isEmpty() ? null : t;
    }

    private static List<String> rootCauses(Checks checks, Object v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        if (!(v instanceof List<?> list)) {
            checks.add("rootCauses", "must be a list of up to four texts (root causes A-D)");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String field = "rootCauses[" + i + "]";
            if (i >= ROOT_CAUSES) {
                checks.add(field, "at most four root causes (A-D)");
                continue;
            }
            Object c = list.get(i);
            if (c == null) continue;
            if (!(c instanceof String s)) {
                checks.add(field, "must be a text");
                continue;
            }
            checks.maxLength(field, s.strip(), CAUSE);
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    private static List<String> priorities(Checks checks, Object v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        if (!(v instanceof List<?> list)) {
            checks.add("priorities", "must be a list of codes of the Five SFSS Priorities");
            return out;
        }
        List<String> codes = Packs.FRAMEWORK.domains().stream().flatMap(d -> d.practices().stream()).map(Practice::code).toList();
        for (int i = 0; i < list.size(); i++) {
            Object c = list.get(i);
            var known = c instanceof String s ? Packs.FRAMEWORK.practice(s.strip()) : java.util.Optional.<Practice>empty();
            if (known.isEmpty()) checks.add("priorities[" + i + "]", "must be one of " + String.join(", ", codes) + " (the Five SFSS Priorities)");
            else if (!out.contains(known.get().code())) out.add(known.get().code());
        }
        return out;
    }

    private static String words(ElementKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
