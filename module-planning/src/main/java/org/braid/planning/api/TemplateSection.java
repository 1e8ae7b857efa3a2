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
 * @param tables   what the plan shows for it in the template's own tables, after the entries (e.g. a state form's
 *                 "Strategy | Key Implementation Steps | By When? | By Who?"); printed as tables
 * @since 1.3; {@code tables} since 1.4
 */
public record TemplateSection(String id, String title, String requires, List<Entry> entries, List<String> missing, List<Table> tables) {
    public TemplateSection {
        entries = entries == null ? List.of() : List.copyOf(entries);
        missing = missing == null ? List.of() : List.copyOf(missing);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A section without tables. */
    public TemplateSection(String id, String title, String requires, List<Entry> entries, List<String> missing) {
        this(id, title, requires, entries, missing, List.of());
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

    /**
     * A table of a section, as the template's form lays it out.
     *
     * @param caption what the table holds, e.g. "Systems/Strategies"; may be {@code null}
     * @param columns the column headings, in order
     * @param rows    the rows, each with one cell per column (a missing cell is empty text)
     * @since 1.4
     */
    public record Table(String caption, List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            int width = columns.size();
            rows = rows == null ? List.of() : rows.stream().map(r -> {
                if (r.size() != width) throw new IllegalArgumentException("a row of " + r.size() + " cells in a table of " + width + " columns");
                return r.stream().map(c -> c == null ? "" : c).toList();
            }).toList();
        }
    }
}
