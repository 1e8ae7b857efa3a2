package org.braid.monitoring.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.braid.core.model.Checks;
import org.braid.core.model.EssaStatus;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.ValidationException;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the kept roll-up for an organization's subtree. The rows hold counts by status, by start month (unreported)
 * and by due month (open); months before the current one are summed from the rows, and the current month is counted
 * exactly from the indexed items, so NOT_REPORTED and overdue are right for today without any nightly job.
 */
@Component(service = Rollup.class)
public class Rollup {
    /** The groupings of the roll-up. */
    enum By {
        domain, practice, org, essaStatus;

        static By parse(String s) {
            if (s == null || s.isBlank()) return practice;
            for (By b : values()) if (b.name().equalsIgnoreCase(s.strip())) return b;
            throw new ValidationException("by", "must be domain, practice, org or essaStatus");
        }
    }

    /** The drill-down's key columns of an element: its organization and its codes. */
    private static final String DRILL_KEY = "org_id, codes";

    /** One cell: a key of the grouping with its counts. */
    record Cell(String key, String label, Counts actions, Counts milestones, int organizations) {}

    /** An organization behind a cell. */
    record OrgCounts(String orgId, String name, OrgType type, Counts actions, Counts milestones) {}

    private final MonitoringStore store;
    private final OrganizationService orgs;
    private final Frameworks frameworks;
    private final CalendarSettings calendar;
    private final Clock clock;

    @Activate
    public Rollup(@Reference MonitoringStore store, @Reference OrganizationService orgs, @Reference Frameworks frameworks,
            @Reference CalendarSettings calendar) {
        this(store, orgs, frameworks, calendar, Clock.systemDefaultZone());
    }

    Rollup(MonitoringStore store, OrganizationService orgs, Frameworks frameworks, CalendarSettings calendar, Clock clock) {
        this.store = store;
        this.orgs = orgs;
        this.frameworks = frameworks;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Where the rows of a subtree are, and which column groups them. */
    private record Scope(char lvl, String filter, String arg, String group, boolean allCode, String itemFilter, String itemKey) {}

    /** Elements of this month counted by kind and a key column of {@code monitoring_item}. */
    private record Due(char kind, String key, String codes, int n) {}

    private Scope scope(Organization o, By by) {
        boolean all = by == By.org || by == By.essaStatus;
        String group = switch (by) {
            case org -> "scope_id";
            case essaStatus -> "essa";
            default -> "code";
        };
        String itemKey = switch (by) {
            case essaStatus -> "essa";
            case org -> o.type() == OrgType.SEA ? "district_id" : "org_id";
            default -> "codes";
        };
        return switch (o.type()) {
            case SEA -> by == By.org ? new Scope('D', "sea_id = ?", o.id(), group, true, "sea_id = ?", itemKey)
                    : new Scope('S', "sea_id = ?", o.id(), group, all, "sea_id = ?", itemKey);
            case LEA -> by == By.org ? new Scope('O', "district_id = ?", o.id(), group, true, "district_id = ?", itemKey)
                    : new Scope('D', "scope_id = ?", o.id(), group, all, "district_id = ?", itemKey);
            case SCHOOL -> new Scope('O', "scope_id = ?", o.id(), group, all, "org_id = ?", itemKey);
        };
    }

    /** @return {@code {orgId, by, schoolYear, asOf, cells}} for the organization's whole subtree, in the framework in force */
    Map<String, Object> rollup(String orgId, String byName, String schoolYear) {
        return rollup(orgId, byName, schoolYear, null);
    }

    /**
     * @param framework the framework whose practices and domains the cells show (codes of others count through their
     *                  crosswalks), or {@code null} for the one in force
     * @return {@code {orgId, by, framework, schoolYear, asOf, cells}} for the organization's whole subtree
     */
    Map<String, Object> rollup(String orgId, String byName, String schoolYear, String framework) {
        By by = By.parse(byName);
        Frameworks.View view = frameworks.view(framework, orgId);
        Organization o = orgs.get(orgId);
        String year = year(schoolYear, o);
        Scope s = scope(o, by);
        Map<String, Cell> cells = cells(o, by, view);
        LocalDate today = LocalDate.now(clock);
        String thisMonth = YearMonth.from(today).toString();
        store.tx(c -> {
            for (Object[] r : rows(c, s, year, thisMonth, "S", "U", "O", "G")) {
                String key = (String) r[0], measure = (String) r[2], bucket = (String) r[3];
                char kind = ((String) r[1]).charAt(0);
                int n = (Integer) r[4];
                List<String> keys = keys(view, by, key);
                for (String k : keys) {
                    Cell cell = cell(cells, k, by);
                    if (measure.equals("G")) {
                        // organizations counted under two codes that map to one practice are not known to differ: the larger
                        int orgs = keys.size() == 1 && k.equals(key) ? cell.organizations() + n : Math.max(cell.organizations(), n);
                        cells.put(cell.key(), new Cell(cell.key(), cell.label(), cell.actions(), cell.milestones(), orgs));
                        continue;
                    }
                    Counts counts = kind == 'A' ? cell.actions() : cell.milestones();
                    switch (measure) {
                        case "S" -> {
                            counts.add("total", n);
                            if (!bucket.equals(Status.NONE)) counts.add(bucket, n);
                        }
                        case "U" -> { if (bucket.compareTo(thisMonth) < 0) counts.add(Counts.NOT_REPORTED, n); }
                        default -> { if (bucket.compareTo(thisMonth) < 0) counts.add(Counts.OVERDUE, n); }
                    }
                }
            }
            for (boolean unreported : new boolean[] {true, false}) {
                for (Due due : dueThisMonth(c, s, s.itemKey(), year, today, unreported)) {
                    List<String> keys = s.itemKey().equals("codes") ? codes(due.key()).stream().flatMap(k -> view.keys(k).stream()).distinct().toList()
                            : List.of(due.key().strip());
                    for (String key : keys) {
                        Cell cell = cell(cells, key, by);
                        (due.kind() == 'A' ? cell.actions() : cell.milestones()).add(unreported ? Counts.NOT_REPORTED : Counts.OVERDUE, due.n());
                    }
                }
            }
            return null;
        });
        if (s.lvl() == 'O') {
            // the rows of one organization carry no count of organizations: it is there or not
            cells.replaceAll((k, cell) -> new Cell(k, cell.label(), cell.actions(), cell.milestones(),
                    cell.actions().get("total") + cell.milestones().get("total") > 0 ? 1 : 0));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("orgId", o.id());
        out.put("by", by.name());
        out.put("framework", view.framework() == null ? null : view.framework().id());
        out.put("schoolYear", year);
        out.put("asOf", today.toString());
        out.put("cells", by == By.domain ? domains(cells, view) : new ArrayList<>(cells.values()));
        return out;
    }

    /**
     * @param practice a practice code, or {@code null} for every element
     * @param status   a status, {@code NOT_REPORTED} or {@code overdue}, or {@code null} for any element
     * @return a page of the organizations with plans in the subtree that have elements in that cell, most first, and
     *         how many there are
     */
    Map<String, Object> organizations(String orgId, String practice, String status, String schoolYear, int limit, int offset) {
        return organizations(orgId, practice, status, schoolYear, limit, offset, null);
    }

    /** As {@link #organizations(String, String, String, String, int, int)}, the practice one of this framework's (null: the one in force). */
    Map<String, Object> organizations(String orgId, String practice, String status, String schoolYear, int limit, int offset, String framework) {
        String wanted = status(status);
        Frameworks.View view = frameworks.view(framework, orgId);
        Organization o = orgs.get(orgId);
        String year = year(schoolYear, o);
        String code = practice == null || practice.isBlank() ? Tally.ALL : practice.strip().toUpperCase(Locale.ROOT);
        Scope s = switch (o.type()) {
            case SEA -> new Scope('O', "sea_id = ?", o.id(), "scope_id", true, "sea_id = ?", DRILL_KEY);
            case LEA -> new Scope('O', "district_id = ?", o.id(), "scope_id", true, "district_id = ?", DRILL_KEY);
            case SCHOOL -> new Scope('O', "scope_id = ?", o.id(), "scope_id", true, "org_id = ?", DRILL_KEY);
        };
        Map<String, Counts[]> byOrg = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        String thisMonth = YearMonth.from(today).toString();
        store.tx(c -> {
            List<Object[]> rows = new ArrayList<>();
            // a practice's cell holds the elements coded to it and to the codes other frameworks map onto it
            for (String source : code.equals(Tally.ALL) ? List.of(code) : view.sources(code)) {
                for (String measure : List.of("S", "U", "O")) {
                    rows.addAll(MonitoringStore.query(c, "SELECT scope_id, kind, measure, bucket, n FROM monitoring_tally WHERE lvl = 'O' AND "
                            + s.filter() + " AND school_year = ? AND measure = ? AND code = ?",
                            rs -> new Object[] {rs.getString(1).strip(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)}, s.arg(), year, measure, source));
                }
            }
            for (Object[] r : rows) {
                Counts counts = counts(byOrg, (String) r[0], ((String) r[1]).charAt(0));
                String measure = (String) r[2], bucket = (String) r[3];
                int n = (Integer) r[4];
                if (measure.equals("S")) {
                    counts.add("total", n);
                    if (!bucket.equals(Status.NONE)) counts.add(bucket, n);
                } else if (bucket.compareTo(thisMonth) < 0) {
                    counts.add(measure.equals("U") ? Counts.NOT_REPORTED : Counts.OVERDUE, n);
                }
            }
            for (boolean unreported : new boolean[] {true, false}) {
                for (Due due : dueThisMonth(c, s, DRILL_KEY, year, today, unreported)) {
                    if (code.equals(Tally.ALL) || codes(due.codes()).stream().anyMatch(k -> view.keys(k).contains(code))) {
                        counts(byOrg, due.key().strip(), due.kind()).add(unreported ? Counts.NOT_REPORTED : Counts.OVERDUE, due.n());
                    }
                }
            }
            return null;
        });
        String sortBy = wanted == null ? "total" : wanted;
        List<Map.Entry<String, Counts[]>> behind = new ArrayList<>();
        for (Map.Entry<String, Counts[]> e : byOrg.entrySet()) if (e.getValue()[0].get(sortBy) + e.getValue()[1].get(sortBy) > 0) behind.add(e);
        // most first, then by id for a stable order across pages; names are read for the page only
        behind.sort(Comparator.comparingInt((Map.Entry<String, Counts[]> e) -> -(e.getValue()[0].get(sortBy) + e.getValue()[1].get(sortBy)))
                .thenComparing(Map.Entry::getKey));
        List<OrgCounts> items = new ArrayList<>();
        for (Map.Entry<String, Counts[]> e : behind.subList(Math.min(offset, behind.size()), Math.min(offset + limit, behind.size()))) {
            Organization org = orgs.get(e.getKey());
            items.add(new OrgCounts(org.id(), org.name(), org.type(), e.getValue()[0], e.getValue()[1]));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("orgId", o.id());
        out.put("practice", code.equals(Tally.ALL) ? null : code);
        out.put("status", wanted);
        out.put("schoolYear", year);
        out.put("items", items);
        out.put("total", behind.size());
        return out;
    }

    /**
     * @return per month of the school year up to the current one: the statuses reported for that month, as
     *         NOT_REPORTED the elements started by the month's end with no report for it, and as overdue those due by
     *         the month's end that were not reported complete or cancelled for it
     */
    Map<String, Object> trend(String orgId, String byName, String schoolYear) {
        return trend(orgId, byName, schoolYear, null);
    }

    /** As {@link #trend(String, String, String)}, in this framework (null: the one in force). */
    Map<String, Object> trend(String orgId, String byName, String schoolYear, String framework) {
        By by = By.parse(byName);
        Frameworks.View view = frameworks.view(framework, orgId);
        Organization o = orgs.get(orgId);
        String year = year(schoolYear, o);
        Scope s = scope(o, by);
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = calendar.months(year).stream().filter(m -> !m.isAfter(now)).toList();
        Map<String, Map<String, Cell>> perMonth = new LinkedHashMap<>();
        for (YearMonth m : months) perMonth.put(m.toString(), cells(o, by, view));
        store.tx(c -> {
            for (Object[] r : rows(c, s, year, null, "P", "B", "E", "C")) {
                String key = (String) r[0], measure = (String) r[2], bucket = (String) r[3];
                char kind = ((String) r[1]).charAt(0);
                int n = (Integer) r[4];
                for (Map.Entry<String, Map<String, Cell>> m : perMonth.entrySet()) {
                  for (String k : keys(view, by, key)) {
                    Cell cell = cell(m.getValue(), k, by);
                    Counts counts = kind == 'A' ? cell.actions() : cell.milestones();
                    if (measure.equals("B") && bucket.compareTo(m.getKey()) <= 0) {
                        counts.add("total", n);
                        counts.add(Counts.NOT_REPORTED, n);
                    } else if (measure.equals("P") && bucket.startsWith(m.getKey() + ":")) {
                        counts.add(bucket.substring(8), n);
                        counts.add(Counts.NOT_REPORTED, -n);
                    } else if (measure.equals("E") && bucket.compareTo(m.getKey()) <= 0) {
                        counts.add(Counts.OVERDUE, n);
                    } else if (measure.equals("C") && bucket.startsWith(m.getKey() + ":") && bucket.substring(8).compareTo(m.getKey()) <= 0) {
                        counts.add(Counts.OVERDUE, -n);
                    }
                  }
                }
            }
            return null;
        });
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Cell>> m : perMonth.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : (by == By.domain ? domains(m.getValue(), view) : new ArrayList<>(m.getValue().values()))) {
                for (Counts k : List.of(cell.actions(), cell.milestones())) {
                    if (k.get(Counts.NOT_REPORTED) < 0) k.add(Counts.NOT_REPORTED, -k.get(Counts.NOT_REPORTED));
                }
                cells.add(cell);
            }
            Map<String, Object> month = new LinkedHashMap<>();
            month.put("period", m.getKey());
            month.put("cells", cells);
            out.add(month);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("orgId", o.id());
        result.put("by", by.name());
        result.put("framework", view.framework() == null ? null : view.framework().id());
        result.put("schoolYear", year);
        result.put("months", out);
        return result;
    }

    /**
     * The scope's rows of these measures, summed over stripes. One query per measure: each is a range of the index
     * that leads with the scope, level, year and measure, where an IN list would scan every measure's rows. The months
     * of unreported starts (U) and open due dates (O) before {@code before} are summed in the database: only the
     * current month is counted from the items.
     */
    private static List<Object[]> rows(Connection c, Scope s, String year, String before, String... measures) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        for (String measure : measures) {
            boolean past = before != null && (measure.equals("U") || measure.equals("O"));
            String bucket = past || measure.equals("G") ? "MIN(bucket)" : "bucket";
            out.addAll(MonitoringStore.query(c, "SELECT " + s.group() + ", kind, measure, " + bucket + ", SUM(n) FROM monitoring_tally WHERE lvl = ? AND "
                    + s.filter() + " AND school_year = ? AND measure = ? AND code " + (s.allCode() ? "=" : "<>") + " '*'" + (past ? " AND bucket < ?" : "")
                    + " GROUP BY " + s.group() + ", kind, measure" + (bucket.equals("bucket") ? ", bucket" : ""),
                    rs -> new Object[] {rs.getString(1).strip(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)},
                    past ? new Object[] {String.valueOf(s.lvl()), s.arg(), year, measure, before} : new Object[] {String.valueOf(s.lvl()), s.arg(), year, measure}));
        }
        return out;
    }

    /**
     * Counts the elements of the scope that, this month before today, started unreported or fell due while open, by
     * kind and key; read from covering indexes, so only this month's entries are touched.
     */
    private static List<Due> dueThisMonth(Connection c, Scope s, String key, String year, LocalDate today, boolean unreported) throws SQLException {
        LocalDate first = today.withDayOfMonth(1);
        if (!first.isBefore(today)) return List.of();
        String where = unreported ? "status = 'NONE' AND start_date >= ? AND start_date < ?" : "is_open = 1 AND due_date >= ? AND due_date < ?";
        boolean two = key.equals(DRILL_KEY);
        // over a state, Derby's optimizer picks the wrong index of the two for a prepared statement and reads every item
        // of the state; the hint (a comment elsewhere) names the index that holds this month's entries together
        String hint = s.itemFilter().startsWith("sea_id") ? " --DERBY-PROPERTIES index=" + (unreported ? "monitoring_item_sea_start" : "monitoring_item_sea_due") + "\n" : "";
        return MonitoringStore.query(c, "SELECT kind, " + key + ", COUNT(*) FROM monitoring_item" + hint + " WHERE " + s.itemFilter() + " AND school_year = ? AND "
                + where + " GROUP BY kind, " + key, rs -> new Due(rs.getString(1).charAt(0), rs.getString(2), two ? rs.getString(3) : null,
                        rs.getInt(two ? 4 : 3)), s.arg(), year, first, today);
    }

    /**
     * The actions overdue that are neither off track nor not reported: what overdue adds to those two when each action
     * is counted once (off track and not reported never overlap: one has a report, the other none). The kept rows
     * count open elements by due month whatever their status, so they cannot tell this part; it is counted from the
     * items, where only the actions past due and still reported on track or not started are read.
     *
     * @return per practice of the framework the organization uses, the count per organization of the subtree
     */
    Map<String, Map<String, Integer>> overdueOnly(String orgId, String schoolYear) {
        Organization o = orgs.get(orgId);
        String year = year(schoolYear, o);
        Scope s = scope(o, By.practice);
        Frameworks.View view = frameworks.view(null, orgId);
        LocalDate today = LocalDate.now(clock);
        String hint = s.itemFilter().startsWith("sea_id") ? " --DERBY-PROPERTIES index=monitoring_item_sea_due\n" : "";
        List<Object[]> rows = store.tx(c -> MonitoringStore.query(c, "SELECT org_id, codes, COUNT(*) FROM monitoring_item" + hint + " WHERE "
                + s.itemFilter() + " AND school_year = ? AND is_open = 1 AND due_date < ? AND kind = 'A' AND (status IN ('ON_TRACK', 'NOT_STARTED') "
                + "OR (status = 'NONE' AND start_date >= ?)) GROUP BY org_id, codes", rs -> new Object[] {rs.getString(1).strip(), rs.getString(2),
                        rs.getInt(3)}, s.arg(), year, today, today));
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            for (String practice : codes((String) r[1]).stream().flatMap(k -> view.keys(k).stream()).distinct().toList()) {
                out.computeIfAbsent(practice, k -> new LinkedHashMap<>()).merge((String) r[0], (Integer) r[2], Integer::sum);
            }
        }
        return out;
    }

    private static List<String> codes(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.strip().split(","));
    }

    private static Counts counts(Map<String, Counts[]> byOrg, String orgId, char kind) {
        Counts[] k = byOrg.computeIfAbsent(orgId, x -> new Counts[] {new Counts(), new Counts()});
        return kind == 'A' ? k[0] : k[1];
    }

    /** @return the empty cells of a grouping, in the order a reader expects (framework order, children by name) */
    private Map<String, Cell> cells(Organization o, By by, Frameworks.View view) {
        Map<String, Cell> out = new LinkedHashMap<>();
        switch (by) {
            case practice, domain -> {
                if (view.framework() != null) {
                    for (Domain d : view.framework().domains()) {
                        for (Practice p : d.practices()) out.put(p.code().toUpperCase(Locale.ROOT), empty(p.code().toUpperCase(Locale.ROOT), p.name()));
                    }
                }
            }
            case essaStatus -> {
                for (EssaStatus e : EssaStatus.values()) out.put(e.name(), empty(e.name(), e == EssaStatus.NONE ? "Not identified" : e.name()));
            }
            case org -> {
                if (o.type() == OrgType.SCHOOL) out.put(o.id(), empty(o.id(), o.name()));
                else for (Organization child : orgs.children(o.id())) out.put(child.id(), empty(child.id(), child.name()));
            }
        }
        return out;
    }

    /** @return the cells a row's key counts in: a code through the view's crosswalks, any other key itself */
    private static List<String> keys(Frameworks.View view, By by, String key) {
        return by == By.practice || by == By.domain ? view.keys(key) : List.of(key);
    }

    private Cell cell(Map<String, Cell> cells, String key, By by) {
        return cells.computeIfAbsent(key, k -> empty(k, by == By.org ? label(k) : k));
    }

    private String label(String orgId) {
        try {
            return orgs.get(orgId).name() + " (own plan)";
        } catch (RuntimeException e) {
            return orgId;
        }
    }

    private static Cell empty(String key, String label) {
        return new Cell(key, label, new Counts(), new Counts(), 0);
    }

    /** Sums practice cells into their domains; an element coded to two practices of a domain counts once per practice. */
    private List<Cell> domains(Map<String, Cell> practices, Frameworks.View view) {
        CodingFramework f = view.framework();
        Map<String, Cell> out = new LinkedHashMap<>();
        if (f != null) for (Domain d : f.domains()) out.put(d.code(), empty(d.code(), d.name()));
        for (Cell p : practices.values()) {
            String domain = f == null ? null : f.domains().stream().filter(d -> d.practices().stream().anyMatch(x -> x.code().equalsIgnoreCase(p.key())))
                    .map(Domain::code).findFirst().orElse(null);
            Cell d = out.computeIfAbsent(domain == null ? p.key() : domain, k -> empty(k, k));
            for (String name : d.actions().values().keySet()) {
                d.actions().add(name, p.actions().get(name));
                d.milestones().add(name, p.milestones().get(name));
            }
            out.put(d.key(), new Cell(d.key(), d.label(), d.actions(), d.milestones(), Math.max(d.organizations(), p.organizations())));
        }
        return new ArrayList<>(out.values());
    }

    /** @return the year asked for, or by default the latest school year with plans in the subtree (else the current one) */
    private String year(String schoolYear, Organization o) {
        if (schoolYear == null || schoolYear.isBlank()) {
            // from the roll-up's counts of organizations (or an organization's own count): a few rows, not every item
            String where = switch (o.type()) {
                case SEA -> "sea_id = ? AND lvl = 'S' AND measure = 'G'";
                case LEA -> "lvl = 'D' AND scope_id = ? AND measure = 'G'";
                case SCHOOL -> "lvl = 'O' AND scope_id = ? AND measure = 'T'";
            };
            String latest = store.tx(c -> MonitoringStore.query(c, "SELECT MAX(school_year) FROM monitoring_tally WHERE " + where,
                    rs -> rs.getString(1), o.id()).get(0));
            return latest != null ? latest : calendar.schoolYearOf(LocalDate.now(clock));
        }
        new Checks().schoolYear("schoolYear", schoolYear.strip()).throwIfAny();
        return schoolYear.strip();
    }

    private static String status(String s) {
        if (s == null || s.isBlank()) return null;
        for (Status x : Status.values()) if (x.name().equalsIgnoreCase(s.strip())) return x.name();
        if (s.strip().equalsIgnoreCase(Counts.NOT_REPORTED)) return Counts.NOT_REPORTED;
        if (s.strip().equalsIgnoreCase(Counts.OVERDUE)) return Counts.OVERDUE;
        throw new ValidationException("status", "must be NOT_STARTED, ON_TRACK, OFF_TRACK, COMPLETE, CANCELLED, NOT_REPORTED or overdue");
    }
}
