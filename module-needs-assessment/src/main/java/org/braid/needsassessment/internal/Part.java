package org.braid.needsassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;

/** One part of a needs assessment as a team writes it (a trend, a SWOT item, a why-chain, ...). */
public interface Part {

    /** @return the version the caller edited, on an update; ignored when adding */
    Long version();

    /** Adds a violation for every field at fault, named as in the JSON body. */
    void check(Checks checks);

    /** @return the other parts of the same needs assessment this one refers to */
    default List<Reference> references() {
        return List.of();
    }

    /** Ids of parts of one kind, named by the field that holds them. */
    record Reference(String field, Kind kind, List<String> ids) {}

    /** Checks a list: at most {@code max} entries, each a required text of at most {@code length} characters. */
    static void texts(Checks checks, String field, List<String> values, int max, int length) {
        if (values == null) return;
        if (values.size() > max) checks.add(field, "must have at most " + max + " entries");
        for (int i = 0; i < values.size() && i < max; i++) checks.text(field + "[" + i + "]", values.get(i), length);
    }

    /** @return the list, or an empty one for {@code null} */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
