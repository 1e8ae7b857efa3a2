package org.braid.selfassessment.internal;

import java.util.List;

/**
 * A district's self-reflection for a school year: the team that rates, the lead who records the consensus, and whether
 * the round of ratings is still open.
 *
 * @param teamUserIds the members, the lead among them
 * @param status      {@code OPEN} while members rate, {@code CLOSED} once the lead closed the round
 */
record Reflection(String id, String orgId, String schoolYear, String leadUserId, List<String> teamUserIds, String status, Long version) {
    static final String OPEN = "OPEN", CLOSED = "CLOSED";

    Reflection {
        teamUserIds = teamUserIds == null ? List.of() : List.copyOf(teamUserIds);
    }

    boolean open() {
        return OPEN.equals(status);
    }
}
