package org.braid.needsassessment.api;

import java.util.List;

/**
 * A priority area as planning takes it over.
 *
 * @param id           the priority area's id in the needs assessment
 * @param assessmentId the needs assessment it comes from
 * @param title        what the plan will address
 * @param rootCauses   the texts of the root causes it addresses
 * @since 1.0.0
 */
public record PriorityAreaSummary(String id, String assessmentId, String title, List<String> rootCauses) {

    public PriorityAreaSummary {
        rootCauses = rootCauses == null ? List.of() : List.copyOf(rootCauses);
    }
}
