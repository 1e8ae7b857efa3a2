package org.braid.monitoring.internal;

import java.util.List;

/** A walkthrough (seed 004): a short dated observation of a school by district or state staff or a coach, tied to strategies. */
public record Walkthrough(String id, String orgId, String date, List<String> strategyIds, List<String> lookFors, String notes, String observer,
        Long version) {

    public Walkthrough {
        strategyIds = strategyIds == null ? List.of() : List.copyOf(strategyIds);
        lookFors = lookFors == null ? List.of() : List.copyOf(lookFors);
    }
}
