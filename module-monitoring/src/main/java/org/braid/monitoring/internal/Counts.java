package org.braid.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

/** Actions or milestones by current status, with the unreported and the overdue (which overlap the statuses). */
final class Counts {
    static final String NOT_REPORTED = "NOT_REPORTED", OVERDUE = "overdue";
    private final Map<String, Integer> values = new LinkedHashMap<>();

    Counts() {
        values.put("total", 0);
        for (Status s : Status.values()) values.put(s.name(), 0);
        values.put(NOT_REPORTED, 0);
        values.put(OVERDUE, 0);
    }

    void add(String name, int n) {
        values.merge(name, n, Integer::sum);
    }

    int get(String name) {
        return values.getOrDefault(name, 0);
    }

    @JsonAnyGetter
    Map<String, Integer> values() {
        return values;
    }
}
