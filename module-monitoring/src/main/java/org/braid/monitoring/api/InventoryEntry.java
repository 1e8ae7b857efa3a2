package org.braid.monitoring.api;

import java.util.List;

/**
 * One support a district gives its schools, as its inventory lists it (seed 002, the LEA process self-assessment).
 *
 * @param support  what the support is; it names the catalog entry, at most 200 characters are kept
 * @param timing   when it is given, or {@code null}
 * @param steps    the steps of the improvement cycle it serves ({@code inform}, {@code select}, {@code plan},
 *                 {@code implement}, {@code analyze}); may be empty
 * @param evidence how it uses evidence, or {@code null}
 * @since 1.0.0
 */
public record InventoryEntry(String support, String timing, List<String> steps, String evidence) {

    public InventoryEntry {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
