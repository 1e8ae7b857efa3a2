package org.braid.needsassessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.braid.core.model.NotFoundException;
import org.braid.platform.csv.CsvTable;

/**
 * A needs assessment's parts as CSV tables, one table per kind, for spreadsheets (written by the
 * platform's {@link CsvTable}, which keeps formulas out).
 */
final class AssessmentTables {
    /** The tables by name (the REST segment of the kind) and their columns. */
    static final Map<Kind, List<String>> COLUMNS = Map.of(
            Kind.DATA_REVIEW, List.of("id", "element", "notes", "evidence"),
            Kind.TREND, List.of("id", "statement", "kind", "year", "value", "linked_trend_ids"),
            Kind.SWOT, List.of("id", "kind", "text", "evidence"),
            Kind.WHY_CHAIN, List.of("id", "problem", "why_1", "why_2", "why_3", "why_4", "why_5", "root_cause"),
            Kind.FISHBONE, List.of("id", "problem", "category", "cause"),
            Kind.ROOT_CAUSE, List.of("id", "text", "controllable", "systemic", "level"),
            Kind.PRIORITY_AREA, List.of("id", "title", "root_cause_ids", "trend_ids"));

    private AssessmentTables() {
    }

    /** @throws NotFoundException when there is no table of that name */
    static Kind table(String name) {
        for (Kind k : Kind.values()) if (k.segment.equals(name)) return k;
        throw new NotFoundException("table", name);
    }

    static String csv(Kind kind, List<StoredPart> parts) {
        CsvTable csv = new CsvTable(COLUMNS.get(kind));
        for (StoredPart p : parts) {
            if (p.kind() != kind) continue;
            for (List<Object> row : rows(p)) csv.row(row);
        }
        return csv.toString();
    }

    private static List<List<Object>> rows(StoredPart stored) {
        List<List<Object>> rows = new ArrayList<>();
        String id = stored.id();
        Part part = AssessmentStore.typed(stored);
        if (part instanceof DataReview d) {
            rows.add(List.of(id, text(d.element()), text(d.notes()), String.join(" ", Part.orEmpty(d.evidence()))));
        } else if (part instanceof Trend t) {
            for (Trend.DataPoint p : Part.orEmpty(t.data())) {
                rows.add(List.of(id, text(t.statement()), t.kind().name(), text(p.year()), p.value(), String.join(" ", Part.orEmpty(t.linkedTrendIds()))));
            }
        } else if (part instanceof SwotItem s) {
            rows.add(List.of(id, s.kind().name(), text(s.text()), text(s.evidence())));
        } else if (part instanceof WhyChain w) {
            List<Object> row = new ArrayList<>(List.of(id, text(w.problem())));
            for (int i = 0; i < WhyChain.MAX_WHYS; i++) row.add(i < Part.orEmpty(w.whys()).size() ? w.whys().get(i) : "");
            row.add(text(w.rootCause()));
            rows.add(row);
        } else if (part instanceof Fishbone f) {
            for (Fishbone.Category c : Part.orEmpty(f.categories())) {
                if (Part.orEmpty(c.causes()).isEmpty()) rows.add(List.of(id, text(f.problem()), text(c.name()), ""));
                for (String cause : Part.orEmpty(c.causes())) rows.add(List.of(id, text(f.problem()), text(c.name()), text(cause)));
            }
        } else if (part instanceof RootCause r) {
            rows.add(List.of(id, text(r.text()), answer(r.controllable()), answer(r.systemic()), r.level() == null ? "" : r.level().name()));
        } else if (part instanceof PriorityArea a) {
            rows.add(List.of(id, text(a.title()), String.join(" ", Part.orEmpty(a.rootCauseIds())), String.join(" ", Part.orEmpty(a.trendIds()))));
        }
        return rows;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String answer(Boolean b) {
        return b == null ? "" : b ? "yes" : "no";
    }

}
