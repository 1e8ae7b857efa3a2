package org.braid.planning.api.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A strategy: a theory of action "If we ... then ... and ...", spanning school years, coded to framework
 * practices and linked to the goals it serves; numbered 1.1 in Tool A.
 */
public record Strategy(String id, String priorityAreaId, String number, @JsonProperty("if") String ifPart, String then, String and,
        List<String> codes, String startYear, String endYear, List<String> goalIds, Long version,
        List<StrategyMeasure> measures, List<Milestone> milestones) {

    public Strategy {
        codes = codes == null ? List.of() : List.copyOf(codes);
        goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
        measures = measures == null ? List.of() : List.copyOf(measures);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** @return the statement as one sentence, as Tool A prints it */
    public String statement() {
        return "If we " + strip(strip(strip(ifPart, "if"), "we"), "we") + ", then " + strip(then, "then") + ", and " + strip(and, "and") + ".";
    }

    private static String strip(String s, String lead) {
        if (s == null || s.equals("...")) return "...";
        String t = s.strip();
        if (t.regionMatches(true, 0, lead + " ", 0, lead.length() + 1)) t = t.substring(lead.length() + 1).strip();
        while (t.endsWith(".") || t.endsWith(",")) t = t.substring(0, t.length() - 1);
        return t;
    }
}
