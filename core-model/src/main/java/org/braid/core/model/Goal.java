package org.braid.core.model;

import java.util.List;

/**
 * A student-focused, aspirational goal with the explanation that tells stakeholders why it matters.
 *
 * @param id          assigned by Braid, kept across edits so strategies can link to it
 * @param statement   e.g. "Each student will meet his or her growth targets each year."
 * @param explanation why the goal was set
 * @param measures    how progress toward it is gauged
 */
public record Goal(String id, String statement, String explanation, List<GoalMeasure> measures) {

    public Goal {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    void check(Checks c, String at) {
        c.text(at + ".statement", statement, 1000).maxLength(at + ".explanation", explanation, 4000);
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i) == null) c.add(at + ".measures[" + i + "]", "must not be null");
            else measures.get(i).check(c, at + ".measures[" + i + "]");
        }
    }
}
