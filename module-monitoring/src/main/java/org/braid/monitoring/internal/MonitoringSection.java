package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgType;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.ExportSection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monitoring section of an organization export: status reports, reviews, measure results, adjustments,
 * walkthroughs, supports and their assignments, and the settings a state made for itself. Imported after planning's section, so the reports find their elements; the roll-up is brought up to
 * date as they are loaded.
 */
@Component(service = ExportSection.class)
public class MonitoringSection implements ExportSection {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final MonitoringStore store;
    private final Reviews reviews;
    private final MeasureResults results;
    private final FollowUps followUps;
    private final Supports supports;
    private final Items items;

    /**
     * A support assignment as exported, with the actions and milestones its effect is read from. Only assignments of
     * supports in the export travel with it: one offered from above the exported subtree stays with its provider.
     */
    public record AssignmentRow(String id, String supportId, String orgId, List<String> elementIds, List<String> itemIds, String status,
            String startDate, String endDate, String staff, String note, String requestedBy, String requestedAt) {}

    /** What a state set for itself (a state on the defaults has none): travels with an export of the state. */
    public record SettingRow(String seaId, Integer lagThresholdPercent, Integer publicMinimumCount, String changedBy, String changedAt) {}

    /** A status report as exported: where it sits is its element's. */
    public record ReportRow(String id, String elementId, String period, Status status, String note, String evidence, List<String> outputsCompleted,
            BigDecimal spent, boolean late, String reportedBy, String reportedAt) {}

    @Activate
    public MonitoringSection(@Reference MonitoringStore store, @Reference Reviews reviews, @Reference MeasureResults results,
            @Reference FollowUps followUps, @Reference Supports supports, @Reference Items items) {
        this.store = store;
        this.supports = supports;
        this.items = items;
        this.reviews = reviews;
        this.results = results;
        this.followUps = followUps;
    }

    @Override
    public String id() {
        return MonitoringModule.ID;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public JsonNode export(List<String> orgIds) {
        ObjectNode out = STRICT.createObjectNode();
        ArrayNode rows = out.putArray("statusReports");
        store.tx(c -> {
            for (String org : orgIds) {
                for (StatusReport r : MonitoringStore.query(c, "SELECT * FROM monitoring_report WHERE org_id = ? ORDER BY element_id, period, seq",
                        StatusReports::report, org)) {
                    rows.add(STRICT.valueToTree(new ReportRow(r.id(), r.elementId(), r.period(), r.status(), r.note(), r.evidence(), r.outputsCompleted(),
                            r.spent(), r.late(), r.reportedBy(), r.reportedAt())));
                }
            }
            return null;
        });
        out.set("reviews", strip(reviews.ofOrganizations(orgIds)));
        out.set("measureResults", strip(results.ofOrganizations(orgIds, null)));
        out.set("adjustments", STRICT.valueToTree(followUps.adjustments(orgIds)));
        out.set("walkthroughs", strip(followUps.walkthroughs(orgIds)));
        Set<String> exported = new java.util.HashSet<>();
        List<Support> offered = new ArrayList<>();
        for (String org : orgIds) for (Support sp : supports.offeredBy(org)) if (exported.add(sp.id())) offered.add(sp);
        out.set("supports", strip(offered));
        List<AssignmentRow> assigned = new ArrayList<>();
        for (String org : orgIds) {
            for (SupportAssignment a : supports.assignments("org_id", org)) {
                if (!exported.contains(a.supportId())) continue;
                assigned.add(new AssignmentRow(a.id(), a.supportId(), a.orgId(), a.elementIds(), supports.itemIds(a.id()), a.status(), a.startDate(),
                        a.endDate(), a.staff(), a.note(), a.requestedBy(), a.requestedAt()));
            }
        }
        out.set("supportAssignments", STRICT.valueToTree(assigned));
        Set<String> inExport = new HashSet<>(orgIds);
        out.set("stateSettings", STRICT.valueToTree(store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_state_setting ORDER BY sea_id",
                rs -> new SettingRow(rs.getString("sea_id").strip(), rs.getInt("lag_threshold_percent"), rs.getInt("public_minimum_count"),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant().toString()))).stream()
                .filter(r -> inExport.contains(r.seaId())).toList()));
        return out;
    }

    private static ArrayNode strip(List<?> records) {
        ArrayNode out = STRICT.valueToTree(records);
        for (JsonNode n : out) ((ObjectNode) n).remove(List.of("version", "onTarget"));
        return out;
    }

    @Override
    public void load(JsonNode data) {
        store.tx(c -> {
            loadReports(c, rows(data, "statusReports", ReportRow.class));
            List<Review> reviewRows = rows(data, "reviews", Review.class);
            for (int i = 0; i < reviewRows.size(); i++) {
                Review r = reviewRows.get(i);
                String at = "sections.monitoring.reviews[" + i + "]";
                required(at, r.id(), r.planId(), r.orgId(), r.kind(), r.period(), r.reviewedAt());
                unique(c, "monitoring_review", r.id(), at);
                instant(r.reviewedAt(), at + ".reviewedAt");
                reviews.insert(new Review(r.id(), r.planId(), r.orgId(), r.kind(), r.period(), r.elementId(), r.figures() == null ? Map.of() : r.figures(),
                        r.cause(), r.adjustments(), r.comments(), r.reviewedBy(), r.reviewedAt(), 1L));
            }
            List<MeasureResult> resultRows = rows(data, "measureResults", MeasureResult.class);
            for (int i = 0; i < resultRows.size(); i++) {
                MeasureResult r = resultRows.get(i);
                String at = "sections.monitoring.measureResults[" + i + "]";
                required(at, r.id(), r.measureId(), r.measureKind(), r.orgId(), r.schoolYear(), r.value());
                unique(c, "monitoring_measure_result", r.id(), at);
                results.insert(new MeasureResult(r.id(), r.measureId(), r.measureKind(), r.orgId(), r.planId(), r.schoolYear(), r.value(), r.target(),
                        null, r.studentCount(), r.note(), 1L));
            }
            List<Adjustment> adjustmentRows = rows(data, "adjustments", Adjustment.class);
            for (int i = 0; i < adjustmentRows.size(); i++) {
                Adjustment a = adjustmentRows.get(i);
                String at = "sections.monitoring.adjustments[" + i + "]";
                required(at, a.id(), a.planId(), a.elementId(), a.orgId(), a.cause(), a.change(), a.madeAt());
                unique(c, "monitoring_adjustment", a.id(), at);
                instant(a.madeAt(), at + ".madeAt");
                followUps.insert(a);
            }
            List<Walkthrough> walkRows = rows(data, "walkthroughs", Walkthrough.class);
            for (int i = 0; i < walkRows.size(); i++) {
                Walkthrough w = walkRows.get(i);
                String at = "sections.monitoring.walkthroughs[" + i + "]";
                required(at, w.id(), w.orgId(), w.date());
                unique(c, "monitoring_walkthrough", w.id(), at);
                FollowUps.check(new Inputs.WalkthroughInput(w.orgId(), w.date(), w.strategyIds(), w.lookFors(), w.notes()));
                followUps.insert(new Walkthrough(w.id(), w.orgId(), w.date(), w.strategyIds(), w.lookFors(), w.notes(), w.observer(), 1L));
            }
            List<Support> supportRows = rows(data, "supports", Support.class);
            for (int i = 0; i < supportRows.size(); i++) {
                Support sp = supportRows.get(i);
                String at = "sections.monitoring.supports[" + i + "]";
                required(at, sp.id(), sp.providerOrgId());
                unique(c, "monitoring_support", sp.id(), at);
                Supports.check(new Inputs.SupportInput(sp.title(), sp.description(), sp.providerOrgId(), sp.provider(), sp.format(), sp.practiceCodes(),
                        sp.capacity(), sp.contact(), null), java.util.Set.copyOf(Supports.codes(sp.practiceCodes())));
                supports.insert(sp, items.place(sp.providerOrgId()).seaId());
            }
            List<AssignmentRow> assignmentRows = rows(data, "supportAssignments", AssignmentRow.class);
            for (int i = 0; i < assignmentRows.size(); i++) {
                AssignmentRow a = assignmentRows.get(i);
                String at = "sections.monitoring.supportAssignments[" + i + "]";
                required(at, a.id(), a.supportId(), a.orgId(), a.status(), a.startDate(), a.requestedAt());
                unique(c, "monitoring_support_assignment", a.id(), at);
                if (MonitoringStore.query(c, "SELECT id FROM monitoring_support WHERE id = ?", rs -> 1, a.supportId()).isEmpty()) {
                    throw new ValidationException(at + ".supportId", "is not a support of the import or of this Braid");
                }
                if (!SupportAssignment.STATUSES.contains(a.status())) throw new ValidationException(at + ".status", "is not a status of an assignment");
                Supports.check(new Inputs.AssignmentChange(a.status(), a.staff() == null ? "-" : a.staff(), a.startDate(), a.endDate(), null));
                supports.insert(new SupportAssignment(a.id(), a.supportId(), a.orgId(), a.elementIds(), a.status(), a.startDate(), a.endDate(), a.staff(),
                        a.note(), a.requestedBy(), instant(a.requestedAt(), at + ".requestedAt").toString(), 1L), items.place(a.orgId()),
                        a.itemIds() == null ? List.of() : a.itemIds());
            }
            List<SettingRow> settingRows = rows(data, "stateSettings", SettingRow.class);
            for (int i = 0; i < settingRows.size(); i++) {
                SettingRow r = settingRows.get(i);
                String at = "sections.monitoring.stateSettings[" + i + "]";
                required(at, r.seaId(), r.changedBy(), r.changedAt());
                StateSettings.check(at + ".", r.lagThresholdPercent(), r.publicMinimumCount());
                new Checks().maxLength(at + ".changedBy", r.changedBy(), 100).throwIfAny();
                try {
                    if (items.organization(r.seaId()).type() != OrgType.SEA) throw new ValidationException(at + ".seaId", "is not a state (SEA)");
                } catch (NotFoundException e) {
                    throw new ValidationException(at + ".seaId", "is not an organization of the import or of this Braid");
                }
                if (!MonitoringStore.query(c, "SELECT sea_id FROM monitoring_state_setting WHERE sea_id = ?", rs -> 1, r.seaId()).isEmpty()) {
                    throw new ConflictException(at + ".seaId", "this state has set its own settings here already");
                }
                MonitoringStore.exec(c, "INSERT INTO monitoring_state_setting (sea_id, lag_threshold_percent, public_minimum_count, version, changed_by, "
                        + "changed_at) VALUES (?, ?, ?, 1, ?, ?)", r.seaId(), r.lagThresholdPercent(), r.publicMinimumCount(), r.changedBy(),
                        instant(r.changedAt(), at + ".changedAt"));
            }
            return null;
        });
    }

    /**
     * Stores the reports of a document in a few statements per plan whatever its size (a district's years of reports
     * run to tens of thousands): each plan's elements, histories and report counts read at once, the rows written in
     * batches, and each element's roll-up rows moved once, from its history before the import to its history after.
     */
    private static void loadReports(Connection c, List<ReportRow> rows) throws SQLException {
        Map<String, Integer> firstOf = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Checks fields = new Checks();
        for (int i = 0; i < rows.size(); i++) {
            ReportRow r = rows.get(i);
            String at = "sections.monitoring.statusReports[" + i + "]";
            if (r.id() == null || r.elementId() == null || r.period() == null || r.status() == null || r.reportedAt() == null) {
                throw new ValidationException(at, "needs id, elementId, period, status and reportedAt");
            }
            if (r.id().isBlank() || r.id().length() > 36) throw new ValidationException(at + ".id", "must be an id of at most 36 characters");
            if (!ids.add(r.id())) throw new ValidationException(at + ".id", "is the id of an earlier report of the document");
            StatusReports.month(at + ".period", r.period());
            instant(r.reportedAt(), at + ".reportedAt");
            // the rules of a report filed through the API, so an imported one fits its columns as well
            StatusReports.check(fields, at + ".", new ReportInput(r.elementId(), r.period(), r.status(), r.note(), r.evidence(), r.outputsCompleted(),
                    r.spent(), null));
            fields.maxLength(at + ".reportedBy", r.reportedBy(), 100);
            firstOf.putIfAbsent(r.elementId(), i);
        }
        fields.throwIfAny();
        Map<String, Item> items = new HashMap<>();
        Map<String, TreeMap<String, String>> before = new HashMap<>();
        Map<String, Integer> seqs = new HashMap<>();
        for (Map.Entry<String, Integer> e : firstOf.entrySet()) {
            if (items.containsKey(e.getKey())) continue;
            Item item = MonitoringStore.query(c, "SELECT * FROM monitoring_item WHERE element_id = ?", Items::item, e.getKey()).stream().findFirst()
                    .orElseThrow(() -> new ValidationException("sections.monitoring.statusReports[" + e.getValue() + "].elementId",
                            "is not an action or milestone of an imported plan"));
            // the rest of its plan at once, its reports taken in turn as a school team's are (Items.lockPlan)
            Items.lockPlan(c, item.planId());
            for (Item i : Items.ofPlan(c, item.planId())) items.put(i.elementId(), i);
            before.putAll(Items.histories(c, "plan_id", item.planId()));
            seqs.putAll(Items.lastSeqs(c, item.planId()));
        }
        Map<String, TreeMap<String, String>> after = new HashMap<>();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReportRow r = rows.get(i);
            Item item = items.get(r.elementId());
            int seq = seqs.merge(item.elementId(), 1, Integer::sum);
            batch.add(StatusReports.row(r.id(), item, r.period(), seq, r.status(), r.note(), r.evidence(), r.outputsCompleted(), r.spent(), r.late(),
                    r.reportedBy(), Instant.parse(r.reportedAt())));
            after.computeIfAbsent(item.elementId(), k -> new TreeMap<>(before.getOrDefault(k, new TreeMap<>()))).put(r.period(), r.status().name());
            if (batch.size() == 1000 || i == rows.size() - 1) {
                insertNew(c, batch, i + 1 - batch.size());
                batch.clear();
            }
        }
        Tally.Deltas d = new Tally.Deltas();
        for (Map.Entry<String, TreeMap<String, String>> e : after.entrySet()) {
            TreeMap<String, String> was = before.getOrDefault(e.getKey(), new TreeMap<>());
            d.restate(items.get(e.getKey()), was, e.getValue());
            Items.restatus(c, e.getKey(), was, e.getValue());
        }
        d.apply(c);
    }

    /**
     * Inserts a batch of report rows; a report that is already stored (its id taken) is a conflict naming its field.
     * The key finds it, not a query per row: the batch is rolled back to a savepoint and only then searched.
     */
    private static void insertNew(Connection c, List<Object[]> batch, int first) throws SQLException {
        Savepoint start = c.setSavepoint();
        try {
            StatusReports.insertRows(c, batch);
            c.releaseSavepoint(start);
        } catch (SQLException e) {
            if (!MonitoringStore.duplicateKey(e)) throw e;
            c.rollback(start);
            for (int k = 0; k < batch.size(); k++) unique(c, "monitoring_report", (String) batch.get(k)[0], "sections.monitoring.statusReports[" + (first + k) + "]");
            throw e;
        }
    }

    private static <T> List<T> rows(JsonNode data, String name, Class<T> type) {
        JsonNode list = data.path(name);
        if (list.isMissingNode() || list.isNull()) return List.of();
        if (!list.isArray()) throw new ValidationException("sections.monitoring." + name, "must be an array");
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(STRICT.treeToValue(list.get(i), type));
            } catch (JsonProcessingException e) {
                throw new ValidationException("sections.monitoring." + name + "[" + i + "]", "is malformed: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("sections.monitoring." + name + "[" + i + "]", "is malformed");
            }
        }
        return out;
    }

    private static void required(String at, Object... values) {
        for (Object v : values) if (v == null) throw new ValidationException(at, "misses a required field");
    }

    private static void unique(Connection c, String table, String id, String at) throws SQLException {
        if (!MonitoringStore.query(c, "SELECT id FROM " + table + " WHERE id = ?", rs -> 1, id).isEmpty()) {
            throw new ConflictException(at + ".id", "record " + id + " already exists");
        }
    }

    private static Instant instant(String s, String field) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an instant like 2026-10-05T14:00:00Z");
        }
    }
}
