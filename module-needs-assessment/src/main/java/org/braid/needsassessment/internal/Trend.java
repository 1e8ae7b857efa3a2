package org.braid.needsassessment.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.braid.core.model.Checks;

/**
 * A performance trend (seed 000, step 1): a statement, promising or concerning, with the data behind
 * it over at least two years, and the other trends it is connected to.
 */
public record Trend(String statement, Outlook kind, List<DataPoint> data, List<String> linkedTrendIds, Long version) implements Part {

    /** Whether a trend is good news. */
    public enum Outlook { PROMISING, CONCERNING }

    /** One year's value, e.g. {@code {"year":"2024-25","value":41.5}}. */
    public record DataPoint(String year, Double value) {}

    @Override
    public void check(Checks c) {
        c.text("statement", statement, 1000).required("kind", kind);
        List<DataPoint> points = Part.orEmpty(data);
        if (points.size() < 2) c.add("data", "must hold values for at least two years");
        if (points.size() > 30) c.add("data", "must have at most 30 entries");
        Set<String> years = new HashSet<>();
        for (int i = 0; i < points.size() && i < 30; i++) {
            DataPoint p = points.get(i);
            if (p == null) {
                c.add("data[" + i + "]", "is required");
                continue;
            }
            c.text("data[" + i + "].year", p.year(), 20).required("data[" + i + "].value", p.value());
            if (p.year() != null && !years.add(p.year())) c.add("data[" + i + "].year", "appears twice");
        }
        Part.texts(c, "linkedTrendIds", linkedTrendIds, 20, 36);
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("linkedTrendIds", Kind.TREND, Part.orEmpty(linkedTrendIds)));
    }
}
