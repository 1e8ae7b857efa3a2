package org.braid.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.braid.core.model.Checks;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Page;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files status reports, alone or a whole plan's at once, and keeps each element's current status and the roll-up in
 * the same transaction. Reports after their month's window are marked late, or refused when so configured.
 */
@Component(service = StatusReports.class)
public class StatusReports {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private final MonitoringStore store;
    private final CalendarSettings calendar;
    private final Clock clock;

    @Activate
    public StatusReports(@Reference MonitoringStore store, @Reference CalendarSettings calendar) {
        this(store, calendar, Clock.systemDefaultZone());
    }

    StatusReports(MonitoringStore store, CalendarSettings calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException   when monitoring counts no such action or milestone
     * @throws ValidationException naming each bad field
     */
    StatusReport file(ReportInput in, String by) {
        Checks checks = new Checks().required("elementId", in.elementId());
        checks.throwIfAny();
        return store.tx(c -> {
            Item item = lockedItem(c, in.elementId());
            Checks all = new Checks();
            checkPeriodShape(all, "period", in.period());
            check(all, "", in);
            checkMonth(all, "period", item, in.period());
            all.throwIfAny();
            boolean late = late(in.period(), "period");
            Tally.Deltas d = new Tally.Deltas();
            StatusReport r = insert(c, item, in, in.period(), late, by, d);
            d.apply(c);
            return r;
        });
    }

    /**
     * Files every report of a plan for one month, all or nothing.
     *
     * @throws ValidationException naming each bad field, e.g. {@code reports[3].status}
     */
    List<StatusReport> fileAll(String planId, PlanReportInput in, String by) {
        Checks checks = new Checks().required("period", in.period()).required("reports", in.reports());
        if (in.reports() != null && in.reports().isEmpty()) checks.add("reports", "must list at least one report");
        checks.throwIfAny();
        return store.tx(c -> {
            Checks all = new Checks();
            checkPeriodShape(all, "period", in.period());
            all.throwIfAny();
            Items.lockPlan(c, planId);
            // the plan's elements, histories and last sequence numbers, read once for the whole report
            Map<String, Item> ofPlan = new HashMap<>();
            for (Item i : Items.ofPlan(c, planId)) ofPlan.put(i.elementId(), i);
            Map<String, TreeMap<String, String>> histories = Items.histories(c, "plan_id", planId);
            Map<String, Integer> seqs = Items.lastSeqs(c, planId);
            if (!ofPlan.isEmpty()) checkMonth(all, "period", ofPlan.values().iterator().next(), in.period());
            List<Item> items = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < in.reports().size(); i++) {
                ReportInput r = in.reports().get(i);
                String at = "reports[" + i + "]";
                if (r == null) {
                    all.add(at, "is not a report");
                    items.add(null);
                    continue;
                }
                if (r.period() != null && !r.period().equals(in.period())) all.add(at + ".period", "must be the period of the whole report");
                all.required(at + ".elementId", r.elementId());
                Item item = r.elementId() == null ? null : ofPlan.get(r.elementId().strip());
                if (r.elementId() != null && item == null) {
                    all.add(at + ".elementId", "is not an action or milestone of this plan");
                } else if (r.elementId() != null && !seen.add(r.elementId())) {
                    all.add(at + ".elementId", "is reported twice");
                }
                check(all, at + ".", r);
                items.add(item);
            }
            all.throwIfAny();
            boolean late = late(in.period(), "period");
            Tally.Deltas d = new Tally.Deltas();
            List<StatusReport> out = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                out.add(insert(c, item, in.reports().get(i), in.period(), late, by, d, clock.instant(),
                        histories.getOrDefault(item.elementId(), new TreeMap<>()), seqs.getOrDefault(item.elementId(), 0) + 1, rows));
            }
            insertRows(c, rows);
            d.apply(c);
            return out;
        });
    }

    /** Corrects a report (status, note, evidence, outputs, spending); its element and period stay. */
    StatusReport update(String id, ReportInput in, long expected) {
        return store.tx(c -> {
            StatusReport old = get(id);
            if (old.version() != expected) throw new StaleVersionException("status report", id, expected, old.version());
            Checks all = new Checks();
            if (in.elementId() != null && !in.elementId().equals(old.elementId())) all.add("elementId", "cannot change; file a new report instead");
            if (in.period() != null && !in.period().equals(old.period())) all.add("period", "cannot change; file a new report instead");
            Item item = lockedItem(c, old.elementId());
            check(all, "", new ReportInput(old.elementId(), old.period(), in.status(), in.note(), in.evidence(), in.outputsCompleted(), in.spent(), null));
            all.throwIfAny();
            TreeMap<String, String> before = Items.history(c, item.elementId());
            if (MonitoringStore.exec(c, "UPDATE monitoring_report SET status = ?, note = ?, evidence = ?, outputs = ?, spent = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", in.status().name(), in.note(), in.evidence(), json(in.outputsCompleted()), in.spent(), id, expected) == 0) {
                // changed or withdrawn since it was read, before this transaction had the plan's reports to itself
                throw new StaleVersionException("status report", id, expected, get(id).version());
            }
            restate(c, item, before);
            return get(id);
        });
    }

    /** Withdraws a report; the element's status falls back to the report before it. */
    void delete(String id, Long expected) {
        store.tx(c -> {
            StatusReport old = get(id);
            if (expected != null && old.version() != expected.longValue()) throw new StaleVersionException("status report", id, expected, old.version());
            Item item = find(c, old.elementId());
            if (item != null) item = lockedItem(c, item.elementId());
            TreeMap<String, String> before = Items.history(c, old.elementId());
            if (MonitoringStore.exec(c, "DELETE FROM monitoring_report WHERE id = ?" + (expected != null ? " AND version = ?" : ""),
                    expected != null ? new Object[] {id, expected} : new Object[] {id}) == 0) {
                throw new StaleVersionException("status report", id, expected == null ? old.version() : expected, get(id).version());
            }
            if (item != null) restate(c, item, before);
            return null;
        });
    }

    /** Carries a changed history of an element into its status and the roll-up. */
    private static void restate(Connection c, Item item, Map<String, String> before) throws SQLException {
        TreeMap<String, String> after = Items.history(c, item.elementId());
        if (after.equals(before)) return;
        Tally.Deltas d = new Tally.Deltas();
        d.restate(item, before, after);
        Items.restatus(c, item.elementId(), before, after);
        d.apply(c);
    }

    /** Files a report as of a past moment, without the window rules: for demo data. */
    StatusReport fileAt(ReportInput in, String by, Instant at) {
        return store.tx(c -> {
            Item item = lockedItem(c, in.elementId());
            Tally.Deltas d = new Tally.Deltas();
            StatusReport r = insert(c, item, in, in.period(), false, by, d, at);
            d.apply(c);
            return r;
        });
    }

    private StatusReport insert(Connection c, Item item, ReportInput r, String period, boolean late, String by, Tally.Deltas d) throws SQLException {
        return insert(c, item, r, period, late, by, d, clock.instant());
    }

    private static StatusReport insert(Connection c, Item item, ReportInput r, String period, boolean late, String by, Tally.Deltas d, Instant now)
            throws SQLException {
        TreeMap<String, String> before = new TreeMap<>();
        int seq = Items.history(c, item.elementId(), before) + 1;
        List<Object[]> row = new ArrayList<>(1);
        StatusReport out = insert(c, item, r, period, late, by, d, now, before, seq, row);
        insertRows(c, row);
        return out;
    }

    /**
     * Restates the element's status for a new report whose row is added to {@code rows}, for {@link #insertRows}.
     *
     * @param before the element's history before this report
     * @param seq    the report's place among the element's reports
     */
    private static StatusReport insert(Connection c, Item item, ReportInput r, String period, boolean late, String by, Tally.Deltas d, Instant now,
            TreeMap<String, String> before, int seq, List<Object[]> rows) throws SQLException {
        String id = UUID.randomUUID().toString();
        rows.add(row(id, item, period, seq, r.status(), r.note(), r.evidence(), r.outputsCompleted(), r.spent(), late, by, now));
        TreeMap<String, String> after = new TreeMap<>(before);
        after.put(period, r.status().name());
        if (!after.equals(before)) {
            d.restate(item, before, after);
            Items.restatus(c, item.elementId(), before, after);
        }
        return new StatusReport(id, item.elementId(), item.planId(), item.orgId(), period, r.status(), r.note(), r.evidence(),
                r.outputsCompleted(), r.spent(), late, by, now.toString(), 1L);
    }

    /** @return a report's row for {@link #insertRows}, its place among the element's reports {@code seq} */
    static Object[] row(String id, Item item, String period, int seq, Status status, String note, String evidence, List<String> outputs,
            BigDecimal spent, boolean late, String by, Instant at) {
        return new Object[] {id, item.elementId(), item.planId(), item.orgId(), period, seq, status.name(), note, evidence, json(outputs), spent,
                late ? 1 : 0, by, at};
    }

    /** Writes report rows ({@link #row}) as one JDBC batch: one round trip on PostgreSQL, one prepared statement on Derby. */
    static void insertRows(Connection c, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO monitoring_report (id, element_id, plan_id, org_id, period, seq, status, note, "
                + "evidence, outputs, spent, late, reported_by, reported_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (Object[] row : rows) {
                MonitoringStore.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The field rules of one report; {@code at} prefixes the field names. */
    static void check(Checks checks, String at, ReportInput r) {
        checks.required(at + "status", r.status()).maxLength(at + "note", r.note(), 4000).maxLength(at + "evidence", r.evidence(), 2000);
        if (r.outputsCompleted() != null) {
            if (r.outputsCompleted().size() > 50) checks.add(at + "outputsCompleted", "must list at most 50 outputs");
            for (int i = 0; i < Math.min(50, r.outputsCompleted().size()); i++) {
                checks.text(at + "outputsCompleted[" + i + "]", r.outputsCompleted().get(i), 500);
            }
            if (r.outputsCompleted().size() <= 50 && json(r.outputsCompleted()).length() > 30000) checks.add(at + "outputsCompleted", "is too long");
        }
        if (r.spent() != null && (r.spent().signum() < 0 || r.spent().compareTo(new BigDecimal("1000000000000")) >= 0 || r.spent().scale() > 2)) {
            checks.add(at + "spent", "must be an amount from 0 to 999999999999.99, in cents at most");
        }
    }

    /** A report's month must be one of its plan's school year. */
    private void checkMonth(Checks checks, String field, Item item, String period) {
        if (period != null && MONTH.matcher(period).matches() && !calendar.months(item.schoolYear()).contains(YearMonth.parse(period))) {
            checks.add(field, "must be a month of the plan's school year " + item.schoolYear());
        }
    }

    private void checkPeriodShape(Checks checks, String field, String period) {
        checks.required(field, period).matches(field, period, MONTH, "a month like 2026-10");
        if (period != null && MONTH.matcher(period).matches() && YearMonth.parse(period).isAfter(YearMonth.now(clock))) {
            checks.add(field, "is in the future; report a month that has begun");
        }
    }

    /** @return whether a report for the period now is late; refused when the calendar says so */
    private boolean late(String period, String field) {
        LocalDate closes = calendar.windowCloses(YearMonth.parse(period));
        boolean late = LocalDate.now(clock).isAfter(closes);
        if (late && calendar.refuseLate()) throw new RuleViolationException(field, "the reporting window for " + period + " closed on " + closes);
        return late;
    }

    private static Item item(Connection c, String elementId) throws SQLException {
        Item item = find(c, elementId);
        if (item == null) throw new NotFoundException("action or milestone", elementId);
        return item;
    }

    /** @return the element, read again once its plan's reports are this transaction's to write */
    private static Item lockedItem(Connection c, String elementId) throws SQLException {
        Items.lockPlan(c, item(c, elementId).planId());
        return item(c, elementId);
    }

    private static Item find(Connection c, String elementId) throws SQLException {
        return MonitoringStore.query(c, "SELECT * FROM monitoring_item WHERE element_id = ?", Items::item, elementId).stream().findFirst().orElse(null);
    }

    StatusReport get(String id) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_report WHERE id = ?", StatusReports::report, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("status report", id)));
    }

    /** @return the reports of a plan or of one element, newest period first, optionally of one period */
    Page<StatusReport> list(String planId, String elementId, String period, int limit, int offset) {
        String where = planId != null ? "plan_id = ?" : "element_id = ?";
        List<Object> args = new ArrayList<>(List.of(planId != null ? planId : elementId));
        if (elementId != null && planId != null) {
            where += " AND element_id = ?";
            args.add(elementId);
        }
        if (period != null) {
            where += " AND period = ?";
            args.add(period);
        }
        String w = where;
        return store.tx(c -> {
            long total = MonitoringStore.query(c, "SELECT COUNT(*) FROM monitoring_report WHERE " + w, rs -> rs.getLong(1), args.toArray()).get(0);
            List<Object> paged = new ArrayList<>(args);
            paged.add(offset);
            paged.add(limit);
            List<StatusReport> items = MonitoringStore.query(c, "SELECT * FROM monitoring_report WHERE " + w
                    + " ORDER BY period DESC, element_id, seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", StatusReports::report, paged.toArray());
            return new Page<>(items, total);
        });
    }

    static StatusReport report(ResultSet rs) throws SQLException {
        return new StatusReport(rs.getString("id").strip(), rs.getString("element_id").strip(), rs.getString("plan_id").strip(),
                rs.getString("org_id").strip(), rs.getString("period"), Status.valueOf(rs.getString("status")), rs.getString("note"),
                rs.getString("evidence"), list(rs.getString("outputs")), rs.getBigDecimal("spent"), rs.getInt("late") == 1,
                rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant().toString(), rs.getLong("version"));
    }

    static String json(List<String> list) {
        try {
            return MAPPER.writeValueAsString(list == null ? List.of() : list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> list(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a month such as {@code 2026-10}, checked */
    static YearMonth month(String field, String value) {
        try {
            if (value != null && MONTH.matcher(value).matches()) return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            // falls through
        }
        throw new ValidationException(field, "must be a month like 2026-10");
    }
}
