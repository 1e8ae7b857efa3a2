package org.braid.core.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the practices of one coding framework map onto another's, so that plans coded in either roll up together:
 * {@code mapsTo} gives, for each code of {@code from}, the codes of {@code to} it corresponds to.
 *
 * @since 1.4
 */
public record Crosswalk(String from, String to, Source source, Map<String, List<String>> mapsTo) {
    public Crosswalk {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        mapsTo.forEach((code, codes) -> copy.put(code, List.copyOf(codes)));
        mapsTo = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return the codes of {@code to} that a code of {@code from} maps to (none when unmapped), ignoring case */
    public List<String> map(String code) {
        for (var e : mapsTo.entrySet()) if (e.getKey().equalsIgnoreCase(code)) return e.getValue();
        return List.of();
    }

    /** @return the same correspondence read the other way, from {@code to} to {@code from} */
    public Crosswalk inverse() {
        Map<String, List<String>> back = new LinkedHashMap<>();
        mapsTo.forEach((code, codes) -> codes.forEach(c -> back.computeIfAbsent(c, k -> new ArrayList<>()).add(code)));
        return new Crosswalk(to, from, source, back);
    }
}
