package org.braid.needsassessment.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.braid.core.model.Checks;
import org.braid.core.spi.SeedData;

/**
 * One line of the data elements checklist: a data source the team reviewed, with notes and links to
 * the evidence.
 *
 * @param element  the id of a checklist element ({@code GET /api/needs-assessment/data-elements}), e.g. {@code student-outcomes}
 * @param notes    what the team saw
 * @param evidence links to the data (reports, dashboards, documents)
 */
public record DataReview(String element, String notes, List<String> evidence, Long version) implements Part {
    static final Set<String> ELEMENTS = StreamSupport.stream(
            SeedData.read(DataReview.class, "/seed/data-elements.json").path("elements").spliterator(), false)
            .map(e -> e.path("id").asText()).collect(Collectors.toUnmodifiableSet());

    @Override
    public void check(Checks c) {
        c.required("element", element);
        if (element != null && !element.isBlank() && !ELEMENTS.contains(element)) {
            c.add("element", "must be one of the data elements: " + String.join(", ", ELEMENTS.stream().sorted().toList()));
        }
        c.maxLength("notes", notes, 4000);
        Part.texts(c, "evidence", evidence, 20, 1000);
    }
}
