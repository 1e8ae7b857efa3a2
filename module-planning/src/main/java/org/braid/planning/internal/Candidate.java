package org.braid.planning.internal;

import java.util.Map;

/**
 * A candidate strategy weighed with the prioritization questions before it goes in the plan.
 *
 * @param answers    per question id, the answer (yes, partly, no) and a note
 * @param rank       the team's rank, 1 first; {@code null} when not ranked yet
 * @param strategyId the strategy it became, if it went in
 * @param score      2 per yes and 1 per partly, to help ranking
 */
public record Candidate(String id, String planId, String title, String description, Map<String, Answer> answers, Integer rank,
        String strategyId, int score, Long version) {

    /** One answer to a prioritization question. */
    public record Answer(String answer, String note) {}
}
