package org.braid.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an organization is heading (step 1 of the cycle): vision, mission, purpose, the glossary of
 * its common language, and its goals with their measures.
 *
 * @param orgId    the organization
 * @param vision   what the organization wants to become
 * @param mission  what it does and for whom
 * @param purpose  the SEA's or LEA's purpose statement (its theory of action)
 * @param glossary terms and acronyms in common use
 * @param goals    student-focused goals, each with its measures
 * @param version  the optimistic-concurrency version; 0 before the first save
 */
public record Direction(String orgId, String vision, String mission, String purpose, List<GlossaryTerm> glossary,
        List<Goal> goals, Long version) {

    public Direction {
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** An organization whose direction has not been written yet. */
    public static Direction empty(String orgId) {
        return new Direction(orgId, null, null, null, List.of(), List.of(), 0L);
    }

    /** Field rules: lengths, required parts of goals and measures, unique glossary terms. */
    public Checks check() {
        Checks c = new Checks().maxLength("vision", vision, 4000).maxLength("mission", mission, 4000)
                .maxLength("purpose", purpose, 4000);
        if (goals.size() > 50) c.add("goals", "at most 50 goals");
        if (glossary.size() > 500) c.add("glossary", "at most 500 terms");
        Set<String> terms = new HashSet<>();
        for (int i = 0; i < glossary.size(); i++) {
            GlossaryTerm t = glossary.get(i);
            String at = "glossary[" + i + "]";
            if (t == null) { c.add(at, "must not be null"); continue; }
            c.text(at + ".term", t.term(), 200).text(at + ".definition", t.definition(), 2000);
            if (t.term() != null && !terms.add(t.term().strip().toLowerCase(Locale.ROOT))) c.add(at + ".term", "is defined twice");
        }
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i) == null) c.add("goals[" + i + "]", "must not be null");
            else goals.get(i).check(c, "goals[" + i + "]");
        }
        return c;
    }
}
