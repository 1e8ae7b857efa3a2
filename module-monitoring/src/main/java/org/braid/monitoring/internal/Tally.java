package org.braid.monitoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kept roll-up: what each action or milestone adds to the aggregate rows of its organization, its district and
 * its SEA's stripe, and the changes to those rows, applied in the transaction that causes them. The rows hold no
 * date-dependent figure: NOT_REPORTED and overdue are read with today's date (see {@link Rollup}).
 */
final class Tally {
    static final String ALL = "*";
    static final int STRIPES = 16;

    /** One row of {@code monitoring_tally}; ordered by its primary key, so rows are always locked in one order. */
    record Key(char lvl, String scope, String year, char kind, String code, String essa, char measure, String bucket,
            String districtId, String seaId) implements Comparable<Key> {
        /** Orders by the primary key's columns, without building strings: a plan's report adds thousands of keys. */
        @Override
        public int compareTo(Key o) {
            int c = Character.compare(lvl, o.lvl);
            if (c == 0) c = scope.compareTo(o.scope);
            if (c == 0) c = year.compareTo(o.year);
            if (c == 0) c = Character.compare(kind, o.kind);
            if (c == 0) c = code.compareTo(o.code);
            if (c == 0) c = essa.compareTo(o.essa);
            if (c == 0) c = Character.compare(measure, o.measure);
            if (c == 0) c = bucket.compareTo(o.bucket);
            return c;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && compareTo(k) == 0;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(lvl, scope, year, kind, code, essa, measure, bucket);
        }
    }

    /** Changes to tally rows, summed before they are written. */
    static final class Deltas {
        final Map<Key, Integer> rows = new TreeMap<>();

        void add(Key k, int n) {
            rows.merge(k, n, Integer::sum);
        }

        /**
         * Adds (sign +1) or removes (sign -1) what an element contributes.
         *
         * @param history the status reported for each period, in period order; the last is its current status
         */
        void contribute(Item item, Map<String, String> history, int sign) {
            String status = current(history);
            String startMonth = item.startDate().toString().substring(0, 7);
            for (Key base : bases(item)) {
                add(with(base, 'B', startMonth), sign);
                if (item.dueDate() != null) add(with(base, 'E', month(item.dueDate())), sign);
                // where the organization sits is part of the key, so a move shows as leaving one district and joining another
                if (base.lvl() == 'O') add(new Key('O', base.scope(), base.year(), '*', base.code(), base.essa(), 'T',
                        item.seaId() + "/" + base.districtId(), base.districtId(), item.seaId()), sign);
                byStatus(item, base, status, sign);
                for (Map.Entry<String, String> h : history.entrySet()) byPeriod(item, base, h.getKey(), h.getValue(), sign);
            }
        }

        /**
         * Moves an element from one history to another: the same rows as taking out the first and adding the second,
         * found without walking the whole history, since a report changes one period and so few rows.
         */
        void restate(Item item, Map<String, String> before, Map<String, String> after) {
            String was = current(before), now = current(after);
            java.util.Set<String> periods = new java.util.TreeSet<>(before.keySet());
            periods.addAll(after.keySet());
            periods.removeIf(p -> java.util.Objects.equals(before.get(p), after.get(p)));
            if (was.equals(now) && periods.isEmpty()) return;
            for (Key base : bases(item)) {
                if (!was.equals(now)) {
                    byStatus(item, base, was, -1);
                    byStatus(item, base, now, 1);
                }
                for (String p : periods) {
                    if (before.containsKey(p)) byPeriod(item, base, p, before.get(p), -1);
                    if (after.containsKey(p)) byPeriod(item, base, p, after.get(p), 1);
                }
            }
        }

        /** The rows of the element's current status: its count, and the figures read with today's date. */
        private void byStatus(Item item, Key base, String status, int sign) {
            add(with(base, 'S', status), sign);
            if (Status.NONE.equals(status)) add(with(base, 'U', item.startDate().toString().substring(0, 7)), sign);
            if (Status.open(status) && item.dueDate() != null) add(with(base, 'O', month(item.dueDate())), sign);
        }

        /** The trend's rows of one month's report. */
        private void byPeriod(Item item, Key base, String period, String status, int sign) {
            add(with(base, 'P', period + ":" + status), sign);
            // the trend's overdue: due by a month's end (E) unless reported complete or cancelled for that month (C)
            if (item.dueDate() != null && !Status.open(status)) add(with(base, 'C', period + ":" + month(item.dueDate())), sign);
        }

        /** Each row the element counts in: its organization, district and stripe, for each of its codes and for all. */
        private static List<Key> bases(Item item) {
            List<String> codes = new ArrayList<>(item.codes());
            codes.add(ALL);
            List<Key> out = new ArrayList<>(3 * codes.size());
            for (char lvl : new char[] {'O', 'D', 'S'}) {
                String district = lvl == 'S' ? null : item.districtId();
                for (String code : codes) {
                    // the ESSA status is a grouping of its own (over all codes): rows of a practice leave it out, so a practice's cells read fewer rows
                    String essa = code.equals(ALL) ? item.essa() : ALL;
                    out.add(new Key(lvl, scope(lvl, item), item.schoolYear(), item.kind(), code, essa, 'S', "", district, item.seaId()));
                }
            }
            return out;
        }

        private static String month(java.time.LocalDate date) {
            return date.toString().substring(0, 7);
        }

        private static Key with(Key k, char measure, String bucket) {
            return new Key(k.lvl(), k.scope(), k.year(), k.kind(), k.code(), k.essa(), measure, bucket, k.districtId(), k.seaId());
        }

        /**
         * Writes the changes in key order. An organization's count of elements (measure T) going from zero or to zero
         * moves the count of organizations (measure G) of its district and stripe.
         */
        void apply(Connection c) throws SQLException {
            Deltas orgs = new Deltas();
            for (Map.Entry<Key, int[]> e : write(c, rows).entrySet()) {
                Key k = e.getKey();
                int now = e.getValue()[0], before = now - rows.get(k);
                int step = before == 0 && now > 0 ? 1 : before > 0 && now == 0 ? -1 : 0;
                if (step == 0) continue;
                for (char lvl : new char[] {'D', 'S'}) {
                    String scope = lvl == 'D' ? k.districtId() : stripe(k.seaId(), k.districtId());
                    orgs.add(new Key(lvl, scope, k.year(), k.kind(), k.code(), k.essa(), 'G', "", lvl == 'D' ? k.districtId() : null, k.seaId()), step);
                }
            }
            write(c, orgs.rows);
        }

        private static String current(Map<String, String> history) {
            String s = Status.NONE;
            for (String v : history.values()) s = v;
            return s;
        }
    }

    private Tally() {}

    static String scope(char lvl, Item item) {
        return switch (lvl) {
            case 'O' -> item.orgId();
            case 'D' -> item.districtId();
            default -> stripe(item.seaId(), item.districtId());
        };
    }

    /** The SEA row a district writes: one of {@link #STRIPES}, so districts rarely share one. */
    static String stripe(String seaId, String districtId) {
        return seaId.strip() + "#" + Math.floorMod(districtId.strip().hashCode(), STRIPES);
    }

    private static final String WHERE =
            " WHERE lvl = ? AND scope_id = ? AND school_year = ? AND kind = ? AND code = ? AND essa = ? AND measure = ? AND bucket = ?";

    /**
     * Adds to rows in key order, one batch of updates (a report moves tens of rows, a plan's report thousands), then
     * creates the rows that were missing and drops those that came to zero, so a reader never scans rows that count
     * nothing.
     *
     * @return the count after the change of each row of measure T
     */
    private static Map<Key, int[]> write(Connection c, Map<Key, Integer> rows) throws SQLException {
        List<Map.Entry<Key, Integer>> changed = new ArrayList<>();
        for (Map.Entry<Key, Integer> e : rows.entrySet()) if (e.getValue() != 0) changed.add(e);
        Map<Key, int[]> counts = new TreeMap<>();
        if (changed.isEmpty()) return counts;
        int[] updated;
        try (PreparedStatement up = c.prepareStatement("UPDATE monitoring_tally SET n = n + ?" + WHERE)) {
            for (Map.Entry<Key, Integer> e : changed) {
                up.setInt(1, e.getValue());
                bindKey(up, 2, e.getKey());
                up.addBatch();
            }
            updated = up.executeBatch();
        }
        List<Key> lower = new ArrayList<>();
        List<Map.Entry<Key, Integer>> missing = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            if (updated[i] == 0) missing.add(changed.get(i));
            else if (updated[i] != 1) throw new SQLException("a tally row was updated " + updated[i] + " times: " + changed.get(i).getKey());
            if (changed.get(i).getValue() < 0) lower.add(changed.get(i).getKey());
        }
        insertAll(c, missing);
        for (Map.Entry<Key, Integer> e : changed) {
            Key k = e.getKey();
            if (k.measure() == 'T') {
                Object[] pk = {k.lvl(), k.scope(), k.year(), k.kind(), k.code(), k.essa(), k.measure(), k.bucket()};
                counts.put(k, new int[] {MonitoringStore.query(c, "SELECT n FROM monitoring_tally" + WHERE, rs -> rs.getInt(1), pk).get(0)});
            }
        }
        if (!lower.isEmpty()) {
            try (PreparedStatement zero = c.prepareStatement("DELETE FROM monitoring_tally" + WHERE + " AND n = 0")) {
                for (Key k : lower) {
                    bindKey(zero, 1, k);
                    zero.addBatch();
                }
                zero.executeBatch();
            }
        }
        return counts;
    }

    private static final String INSERT = "INSERT INTO monitoring_tally (lvl, scope_id, school_year, kind, code, essa, measure, bucket, district_id, "
            + "sea_id, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Creates the missing rows in one batch (an import or a new month creates thousands); when another transaction
     * created one of them first, row by row instead, adding to the rows that are there.
     */
    private static void insertAll(Connection c, List<Map.Entry<Key, Integer>> missing) throws SQLException {
        if (missing.isEmpty()) return;
        // a savepoint: on PostgreSQL a failed statement spoils the whole transaction unless rolled back to one
        java.sql.Savepoint beforeInsert = c.setSavepoint();
        try {
            try (PreparedStatement ins = c.prepareStatement(INSERT)) {
                for (Map.Entry<Key, Integer> e : missing) {
                    Key k = e.getKey();
                    MonitoringStore.bind(ins, k.lvl(), k.scope(), k.year(), k.kind(), k.code(), k.essa(), k.measure(), k.bucket(), k.districtId(),
                            k.seaId(), e.getValue());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            c.releaseSavepoint(beforeInsert);
        } catch (SQLException e) {
            if (!MonitoringStore.duplicateKey(e)) throw e;
            c.rollback(beforeInsert);
            for (Map.Entry<Key, Integer> m : missing) insert(c, m.getKey(), m.getValue());
        }
    }

    /** Creates a missing row; when another transaction created it first, adds to that one. */
    private static void insert(Connection c, Key k, int delta) throws SQLException {
        java.sql.Savepoint beforeInsert = c.setSavepoint();
        try {
            MonitoringStore.exec(c, INSERT, k.lvl(), k.scope(), k.year(), k.kind(), k.code(), k.essa(), k.measure(), k.bucket(), k.districtId(), k.seaId(),
                    delta);
            c.releaseSavepoint(beforeInsert);
        } catch (SQLException e) {
            if (!MonitoringStore.duplicateKey(e)) throw e;
            c.rollback(beforeInsert);
            try (PreparedStatement up = c.prepareStatement("UPDATE monitoring_tally SET n = n + ?" + WHERE)) {
                up.setInt(1, delta);
                bindKey(up, 2, k);
                if (up.executeUpdate() != 1) throw e;
            }
        }
    }

    private static void bindKey(PreparedStatement ps, int first, Key k) throws SQLException {
        MonitoringStore.bindFrom(ps, first, k.lvl(), k.scope(), k.year(), k.kind(), k.code(), k.essa(), k.measure(), k.bucket());
    }
}
