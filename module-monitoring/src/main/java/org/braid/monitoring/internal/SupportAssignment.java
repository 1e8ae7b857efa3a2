package org.braid.monitoring.internal;

import java.util.List;

/**
 * A support asked for by (or offered to) a school or district, tied to the plan elements it is meant to move.
 *
 * @param status     REQUESTED, then ACCEPTED (with staff) or DECLINED by the provider, COMPLETED at its end
 * @param elementIds the strategies, milestones or actions named when it was asked for
 * @param startDate  when the support starts: status before it and after it tell whether it worked
 */
public record SupportAssignment(String id, String supportId, String orgId, List<String> elementIds, String status, String startDate,
        String endDate, String staff, String note, String requestedBy, String requestedAt, Long version) {

    public SupportAssignment {
        elementIds = elementIds == null ? List.of() : List.copyOf(elementIds);
    }

    static final List<String> STATUSES = List.of("REQUESTED", "ACCEPTED", "DECLINED", "COMPLETED");
}
