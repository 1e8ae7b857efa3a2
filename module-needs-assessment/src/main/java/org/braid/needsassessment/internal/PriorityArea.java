package org.braid.needsassessment.internal;

import java.util.List;

import org.braid.core.model.Checks;

/** A priority area the team chose, from root causes and trends; a plan starts from these. */
public record PriorityArea(String title, List<String> rootCauseIds, List<String> trendIds, Long version) implements Part {

    @Override
    public void check(Checks c) {
        c.text("title", title, 300);
        Part.texts(c, "rootCauseIds", rootCauseIds, 20, 36);
        Part.texts(c, "trendIds", trendIds, 20, 36);
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("rootCauseIds", Kind.ROOT_CAUSE, Part.orEmpty(rootCauseIds)),
                new Reference("trendIds", Kind.TREND, Part.orEmpty(trendIds)));
    }
}
