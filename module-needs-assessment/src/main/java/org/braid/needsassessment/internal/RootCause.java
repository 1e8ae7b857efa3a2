package org.braid.needsassessment.internal;

import org.braid.core.model.Checks;

/**
 * A root cause with seed 000's checks: is it within the organization's control, is it a symptom of a
 * deeper systemic cause, and at which level does the breakdown occur. An unanswered check is {@code null}.
 */
public record RootCause(String text, Boolean controllable, Boolean systemic, Level level, Long version) implements Part {

    /** Where a breakdown occurs. */
    public enum Level { STATE, DISTRICT, SCHOOL, CLASSROOM }

    @Override
    public void check(Checks c) {
        c.text("text", text, 1000);
    }
}
