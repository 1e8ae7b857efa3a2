package org.braid.selfassessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.spi.SeedData;

/**
 * The LEA self-reflection rubric (Tool C) as shipped in {@code seed/instruments.json}: its practices, their elements
 * ({@code 1a1}..{@code 4c3}) and the four performance levels, with the source the file cites.
 */
final class Rubric {
    static final String INSTRUMENT = "lea-self-reflection";
    /** The lowest and highest performance level. */
    static final int LOW = 1, HIGH = 4;

    /** An element of the rubric: its code, the practice it belongs to and what it says. */
    record Element(String code, String practice, String text) {}

    /** A practice with its name and domain. */
    record Practice(String code, String name, String domain) {}

    private static final Rubric TOOL_C = new Rubric(SeedData.read(Rubric.class, "/seed/instruments.json"));

    private final JsonNode instruments;
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final List<Practice> practices = new ArrayList<>();
    private final List<String> levels = new ArrayList<>();

    Rubric(JsonNode instruments) {
        this.instruments = instruments;
        for (JsonNode i : instruments.path("instruments")) {
            if (!i.path("id").asText().equals(INSTRUMENT)) continue;
            i.path("performanceLevels").forEach(l -> levels.add(l.asText()));
            for (JsonNode p : i.path("practices")) {
                practices.add(new Practice(p.path("code").asText(), p.path("name").asText(), p.path("domain").asText()));
                for (JsonNode e : p.path("elements")) {
                    elements.put(e.path("code").asText(), new Element(e.path("code").asText(), p.path("code").asText(), e.path("text").asText()));
                }
            }
        }
        if (elements.isEmpty() || levels.size() != HIGH) throw new IllegalStateException("the self-reflection rubric is missing from the seed");
    }

    /** @return Tool C as shipped */
    static Rubric toolC() {
        return TOOL_C;
    }

    /** @return both instruments as shipped, with their citations */
    JsonNode instruments() {
        return instruments;
    }

    /** @return the element codes in the rubric's order */
    List<String> codes() {
        return List.copyOf(elements.keySet());
    }

    List<Practice> practices() {
        return List.copyOf(practices);
    }

    /** @return the element, or {@code null} when the rubric has no such code */
    Element element(String code) {
        return code == null ? null : elements.get(code);
    }

    /** @return the name of a performance level 1..4, e.g. "Basic Performance" */
    String levelName(int level) {
        return levels.get(level - 1);
    }
}
