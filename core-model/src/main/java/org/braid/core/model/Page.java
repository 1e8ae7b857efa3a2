package org.braid.core.model;

import java.util.List;

/**
 * The one list shape of the API, {@code {"items":[...],"total":n}}: one page of a longer list, with
 * the size of the whole list.
 */
public record Page<T>(List<T> items, long total) {

    /**
     * @return the whole list as one page
     * @since 1.1
     */
    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }
}
