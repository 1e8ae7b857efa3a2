package org.braid.needsassessment.internal;

import org.braid.core.model.Checks;

/** A strength, weakness, opportunity or threat, with its evidence. */
public record SwotItem(Quadrant kind, String text, String evidence, Long version) implements Part {

    /** The four SWOT quadrants. */
    public enum Quadrant { STRENGTH, WEAKNESS, OPPORTUNITY, THREAT }

    @Override
    public void check(Checks c) {
        c.required("kind", kind).text("text", text, 2000).maxLength("evidence", evidence, 4000);
    }
}
