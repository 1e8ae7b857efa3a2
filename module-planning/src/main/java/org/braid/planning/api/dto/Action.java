package org.braid.planning.api.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step toward a milestone, with one owner, its dates, resources, budget and funding source, and the
 * outputs (deliverables: concrete, verifiable, timed) it should produce; numbered 1.1.1.1 in Tool A.
 */
public record Action(String id, String milestoneId, String number, String description, String owner, List<String> collaborators,
        String startDate, String dueDate, String resources, BigDecimal budget, String fundingSource, List<String> outputs,
        List<String> codes, Long version) {

    public Action {
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
