package org.braid.planning.api;

import java.util.List;

/**
 * One section of a required plan as drawn from the organization's plan.
 *
 * @param id       stable within the template, e.g. {@code needs-assessment}
 * @param title    the section's heading as the template has it
 * @param requires what the source requires of it, cited (e.g. "ESSA §1114(b)(6)")
 * @param entries  what the plan shows for it, in order
 * @param missing  the required components the plan does not show yet, each a sentence saying what to add; empty when
 *                 the section is complete
 * @since 1.3
 */
public record TemplateSection(String id, String title, String requires, List<Entry> entries, List<String> missing) {
    public TemplateSection {
        entries = entries == null ? List.of() : List.copyOf(entries);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** @return whether the plan shows everything the section requires */
    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * A labelled piece of the plan in a section, e.g. "Strategy 1.1" and its theory of action.
     *
     * @param label   a short label (a number, a field's name)
     * @param text    the content
     * @param depth   0 for a top-level entry, 1 for one under it, and so on (for indentation in print)
     */
    public record Entry(String label, String text, int depth) {}
}
