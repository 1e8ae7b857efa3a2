package org.braid.needsassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;

/**
 * A 5 Whys chain (seed 001, figure 2): a problem, up to five answers to "why?", each digging under the
 * one before, and the root cause reached.
 */
public record WhyChain(String problem, List<String> whys, String rootCause, Long version) implements Part {
    static final int MAX_WHYS = 5;

    @Override
    public void check(Checks c) {
        c.text("problem", problem, 1000);
        List<String> answers = Part.orEmpty(whys);
        if (answers.isEmpty()) c.add("whys", "must hold at least one answer to \"why?\"");
        if (answers.size() > MAX_WHYS) {
            c.add("whys", "must hold at most five answers to \"why?\" (5 Whys); it holds " + answers.size());
        } else {
            Part.texts(c, "whys", answers, MAX_WHYS, 1000);
        }
        c.maxLength("rootCause", rootCause, 1000);
    }
}
