package org.braid.monitoring.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The actions and milestones monitoring counts, kept equal to the plans (through planning's listener) and to the
 * network (through the organization listener), each change carried into the kept roll-up in the same transaction.
 */
@Component(service = Items.class)
public class Items {
    private final MonitoringStore store;
    private final OrganizationService orgs;

    @Activate
    public Items(@Reference MonitoringStore store, @Reference OrganizationService orgs) {
        this.store = store;
        this.orgs = orgs;
        rebuildTally();
    }

    /**
     * Counts the kept roll-up again from the items and their reports when it is empty but items exist: after a
     * migration that changed the rows' shape, or when an operator emptied it to have it recounted.
     */
    void rebuildTally() {
        store.tx(c -> {
            if (!MonitoringStore.query(c, "SELECT n FROM monitoring_tally FETCH FIRST 1 ROWS ONLY", rs -> 1).isEmpty()) return null;
            for (PlanRef plan : MonitoringStore.query(c, "SELECT plan_id FROM monitoring_plan", rs -> new PlanRef(rs.getString(1).strip(), null, null, 0))) {
                Map<String, TreeMap<String, String>> histories = histories(c, "plan_id", plan.planId());
                Tally.Deltas d = new Tally.Deltas();
                for (Item i : ofPlan(c, plan.planId())) d.contribute(i, histories.getOrDefault(i.elementId(), new TreeMap<>()), 1);
                d.apply(c);
            }
            return null;
        });
    }

    /** A plan as monitoring knows it. */
    record PlanRef(String planId, String orgId, String schoolYear, long version) {}

    /**
     * Makes the plan's items what planning says they are now.
     *
     * @param fresh every action and milestone of the plan, placed in the network
     */
    void syncPlan(PlanRef plan, List<Item> fresh) {
        store.tx(c -> {
            // nodes (and a node's catch-up beside a request) take turns at a plan: the second finds the first's items
            // stored and moves the tallies only by what still differs, never twice for one change
            store.db.lock("monitoring:plan " + plan.planId());
            lockPlan(c, plan.planId());
            Map<String, Item> stored = new HashMap<>();
            for (Item i : ofPlan(c, plan.planId())) stored.put(i.elementId(), i);
            Map<String, TreeMap<String, String>> histories = histories(c, "plan_id", plan.planId());
            Tally.Deltas d = new Tally.Deltas();
            // rows are written in one order everywhere (items by element id, then the tallies by key), so this and a
            // change of the plan's organization (relocate, in the organization's transaction) wait for each other
            // instead of each holding rows the other needs
            for (Item f : byElement(fresh)) {
                Item s = stored.remove(f.elementId());
                if (f.equals(s)) continue;
                Map<String, String> history = histories.getOrDefault(f.elementId(), new TreeMap<>());
                if (s != null) d.contribute(s, history, -1);
                d.contribute(f, history, 1);
                save(c, f, history, s != null);
            }
            for (Item s : byElement(stored.values())) {
                d.contribute(s, histories.getOrDefault(s.elementId(), new TreeMap<>()), -1);
                MonitoringStore.exec(c, "DELETE FROM monitoring_item WHERE element_id = ?", s.elementId());
                // an element deleted from its plan takes its reports along; the audit trail keeps the history
                MonitoringStore.exec(c, "DELETE FROM monitoring_report WHERE element_id = ?", s.elementId());
            }
            d.apply(c);
            if (MonitoringStore.exec(c, "UPDATE monitoring_plan SET org_id = ?, school_year = ?, version = ? WHERE plan_id = ?",
                    plan.orgId(), plan.schoolYear(), plan.version(), plan.planId()) == 0) {
                MonitoringStore.exec(c, "INSERT INTO monitoring_plan (plan_id, org_id, school_year, version) VALUES (?, ?, ?, ?)",
                        plan.planId(), plan.orgId(), plan.schoolYear(), plan.version());
            }
            return null;
        });
    }

    private static List<Item> byElement(java.util.Collection<Item> items) {
        return items.stream().sorted(java.util.Comparator.comparing(Item::elementId)).toList();
    }

    /** Forgets a deleted plan: its items, reports and reviews. */
    void removePlan(String planId) {
        store.tx(c -> {
            store.db.lock("monitoring:plan " + planId);
            Tally.Deltas d = new Tally.Deltas();
            for (Item s : ofPlan(c, planId)) d.contribute(s, history(c, s.elementId()), -1);
            d.apply(c);
            for (String table : List.of("monitoring_item", "monitoring_report", "monitoring_review", "monitoring_plan")) {
                MonitoringStore.exec(c, "DELETE FROM " + table + " WHERE plan_id = ?", planId);
            }
            return null;
        });
    }

    /** Moves the items of these organizations to where they sit now (a move to another district, a new ESSA status). */
    void relocate(List<String> orgIds) {
        store.tx(c -> {
            Tally.Deltas d = new Tally.Deltas();
            for (String orgId : orgIds.stream().sorted().toList()) {
                Item.Place p = counted(orgId);
                Map<String, TreeMap<String, String>> histories = null;
                // in element order, as a plan's sync writes them (see syncPlan)
                for (Item s : MonitoringStore.query(c, "SELECT * FROM monitoring_item WHERE org_id = ? ORDER BY element_id", Items::item, orgId)) {
                    Item moved = s.at(p);
                    if (moved.equals(s)) continue;
                    if (histories == null) histories = histories(c, "org_id", orgId);
                    Map<String, String> history = histories.getOrDefault(s.elementId(), new TreeMap<>());
                    d.contribute(s, history, -1);
                    d.contribute(moved, history, 1);
                    save(c, moved, history, true);
                }
            }
            d.apply(c);
            for (String orgId : orgIds) {
                Item.Place p = counted(orgId);
                // rows keyed by the organization or district itself keep their key; only where they sit changes
                MonitoringStore.exec(c, "UPDATE monitoring_tally SET district_id = ?, sea_id = ? WHERE lvl = 'O' AND scope_id = ?",
                        p.districtId(), p.seaId(), orgId);
                MonitoringStore.exec(c, "UPDATE monitoring_tally SET sea_id = ? WHERE lvl = 'D' AND scope_id = ?", p.seaId(), orgId);
            }
            return null;
        });
    }

    MonitoringStore store() {
        return store;
    }

    /**
     * @return where an organization's work counts in the roll-up: where it sits, or on its own (its own district and
     *         SEA) once it has closed, so its work stays on its own pages and leaves the roll-ups of those above it
     */
    Item.Place counted(String orgId) {
        if (!orgs.closed(orgId)) return place(orgId);
        Organization o = orgs.get(orgId);
        return new Item.Place(o.id(), o.id(), o.id(), o.essaStatus().name());
    }

    /** @throws NotFoundException when there is no such organization */
    Organization organization(String id) {
        return orgs.get(id);
    }

    /** @return where an organization sits: its district, its SEA, its ESSA status */
    Item.Place place(String orgId) {
        Organization o = orgs.get(orgId);
        Organization district = o;
        if (o.type() == OrgType.SCHOOL && o.parentId() != null) district = parent(o);
        Organization sea = district.type() == OrgType.LEA && district.parentId() != null ? parent(district) : district;
        return new Item.Place(o.id(), district.id(), sea.id(), o.essaStatus().name());
    }

    private Organization parent(Organization o) {
        try {
            return orgs.get(o.parentId());
        } catch (NotFoundException e) {
            return o;
        }
    }

    /** @return the item, or {@code null} when monitoring does not count such an element */
    Item get(String elementId) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_item WHERE element_id = ?", Items::item, elementId)
                .stream().findFirst().orElse(null));
    }

    /** @return the plan, or {@code null} when monitoring does not know it */
    PlanRef plan(String planId) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_plan WHERE plan_id = ?",
                rs -> new PlanRef(rs.getString("plan_id").strip(), rs.getString("org_id").strip(), rs.getString("school_year"), rs.getLong("version")),
                planId).stream().findFirst().orElse(null));
    }

    /** @return every plan monitoring knows */
    List<PlanRef> plans() {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_plan ORDER BY plan_id",
                rs -> new PlanRef(rs.getString("plan_id").strip(), rs.getString("org_id").strip(), rs.getString("school_year"), rs.getLong("version"))));
    }

    static List<Item> ofPlan(Connection c, String planId) throws SQLException {
        return MonitoringStore.query(c, "SELECT * FROM monitoring_item WHERE plan_id = ?", Items::item, planId);
    }

    /** @return the status reported for each period (the latest report of the period), in period order */
    /**
     * Takes the plan's reports in turn until the transaction ends (a row lock on both stores), so two reports on one
     * element cannot both start from the same history and count its old status out twice.
     */
    static void lockPlan(Connection c, String planId) throws SQLException {
        MonitoringStore.exec(c, "UPDATE monitoring_plan SET version = version WHERE plan_id = ?", planId);
    }

    /** @return each element's last report number in the plan ({@code monitoring_report.seq}), for numbering the next */
    static Map<String, Integer> lastSeqs(Connection c, String planId) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        for (Object[] r : MonitoringStore.query(c, "SELECT element_id, MAX(seq) FROM monitoring_report WHERE plan_id = ? GROUP BY element_id",
                rs -> new Object[] {rs.getString(1).strip(), rs.getInt(2)}, planId)) out.put((String) r[0], (Integer) r[1]);
        return out;
    }

    static TreeMap<String, String> history(Connection c, String elementId) throws SQLException {
        TreeMap<String, String> out = new TreeMap<>();
        history(c, elementId, out);
        return out;
    }

    /**
     * Reads an element's history into {@code into}, the latest report of a period winning.
     *
     * @return the element's last report number ({@code monitoring_report.seq}), 0 without reports
     */
    static int history(Connection c, String elementId, TreeMap<String, String> into) throws SQLException {
        int last = 0;
        for (Object[] r : MonitoringStore.query(c, "SELECT period, status, seq FROM monitoring_report WHERE element_id = ? ORDER BY period, seq",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}, elementId)) {
            into.put((String) r[0], (String) r[1]);
            last = Math.max(last, (Integer) r[2]);
        }
        return last;
    }

    /**
     * The histories of every element with reports of one plan or organization, read at once (one element's: {@link #history}).
     *
     * @param column {@code plan_id} or {@code org_id}
     */
    static Map<String, TreeMap<String, String>> histories(Connection c, String column, String id) throws SQLException {
        Map<String, TreeMap<String, String>> out = new HashMap<>();
        for (String[] r : MonitoringStore.query(c, "SELECT element_id, period, status FROM monitoring_report WHERE " + column + " = ? ORDER BY period, seq",
                rs -> new String[] {rs.getString(1).strip(), rs.getString(2), rs.getString(3)}, id)) {
            out.computeIfAbsent(r[0], k -> new TreeMap<>()).put(r[1], r[2]); // the latest report of a period wins
        }
        return out;
    }

    /**
     * Carries a changed history into the item's current status, writing only when the status changes: every column of
     * the item is in one of its indexes, and a report that repeats last month's status changes none.
     */
    static void restatus(Connection c, String elementId, Map<String, String> before, Map<String, String> after) throws SQLException {
        String was = current(before), now = current(after);
        if (!was.equals(now)) {
            MonitoringStore.exec(c, "UPDATE monitoring_item SET status = ?, is_open = ? WHERE element_id = ?", now, Status.open(now) ? 1 : 0, elementId);
        }
    }

    private static String current(Map<String, String> history) {
        String status = Status.NONE;
        for (String s : history.values()) status = s;
        return status;
    }

    /** Stores the item with its current status from its history. */
    static void save(Connection c, Item i, Map<String, String> history, boolean exists) throws SQLException {
        String status = current(history);
        Object[] args = {i.planId(), String.valueOf(i.kind()), i.orgId(), i.districtId(), i.seaId(), i.essa(), i.schoolYear(),
                String.join(",", i.codes()), i.startDate(), i.dueDate(), status, Status.open(status) ? 1 : 0, i.elementId()};
        if (exists) {
            MonitoringStore.exec(c, "UPDATE monitoring_item SET plan_id = ?, kind = ?, org_id = ?, district_id = ?, sea_id = ?, essa = ?, "
                    + "school_year = ?, codes = ?, start_date = ?, due_date = ?, status = ?, is_open = ? WHERE element_id = ?", args);
        } else {
            MonitoringStore.exec(c, "INSERT INTO monitoring_item (plan_id, kind, org_id, district_id, sea_id, essa, school_year, codes, "
                    + "start_date, due_date, status, is_open, element_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
        }
    }

    static Item item(ResultSet rs) throws SQLException {
        String codes = rs.getString("codes");
        return new Item(rs.getString("element_id").strip(), rs.getString("plan_id").strip(), rs.getString("kind").charAt(0),
                rs.getString("org_id").strip(), rs.getString("district_id").strip(), rs.getString("sea_id").strip(), rs.getString("essa"),
                rs.getString("school_year"), codes.isEmpty() ? List.of() : Arrays.asList(codes.split(",")),
                MonitoringStore.date(rs, "start_date"), MonitoringStore.date(rs, "due_date"));
    }

    /** @return the organization ids of a subtree, for {@link #relocate} */
    List<String> subtree(String orgId) {
        List<String> out = new ArrayList<>();
        for (Organization o : orgs.subtree(orgId)) out.add(o.id());
        return out;
    }
}
