package org.braid.monitoring.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * An action or milestone that monitoring counts, with where it sits in the network.
 *
 * @param kind       {@code A} action or {@code M} milestone
 * @param districtId the LEA it sits under (the LEA itself for an LEA's plan, the SEA for an SEA's)
 * @param codes      its practice codes, inherited from its milestone or strategy when it has none
 * @param startDate  its start date, or the first day of the plan's school year when it has none
 * @param dueDate    its due date, or {@code null}
 */
record Item(String elementId, String planId, char kind, String orgId, String districtId, String seaId, String essa,
        String schoolYear, List<String> codes, LocalDate startDate, LocalDate dueDate) {

    Item {
        codes = List.copyOf(codes);
    }

    Item at(Place p) {
        return new Item(elementId, planId, kind, p.orgId(), p.districtId(), p.seaId(), p.essa(), schoolYear, codes, startDate, dueDate);
    }

    /** Where an organization sits: its district, its SEA and its ESSA status. */
    record Place(String orgId, String districtId, String seaId, String essa) {}
}
