package org.braid.selfassessment.internal;

import java.util.List;

/**
 * A self-reflection as anyone who may see the district sees it: the team by name, and per element the tally of the
 * members' ratings (never who rated what), the consensus and whether the team disagrees.
 *
 * @param complete whether every element of the rubric has a consensus
 * @param agreed   how many elements have one
 */
record ReflectionView(String id, String orgId, String schoolYear, String leadUserId, List<Member> team, String status, boolean complete, int agreed,
        List<ElementResult> elements, Long version) {

    /** A member of the team. */
    record Member(String userId, String username) {}

    /**
     * @param ratings   the tally of the members' ratings
     * @param consensus the level the team agreed on, or {@code null} while there is none
     * @param flagged   whether the ratings lie two levels or more apart: to discuss
     */
    record ElementResult(String code, String practice, Tally ratings, Consensus consensus, boolean flagged) {}
}
