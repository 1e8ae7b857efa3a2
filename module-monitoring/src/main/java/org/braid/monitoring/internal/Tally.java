package org.braid.monitoring.internal;

import java.sql.Connection;
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
            String status = history.isEmpty() ? Status.NONE : last(history);
            String startMonth = item.startDate().toString().substring(0, 7);
            List<String> codes = new ArrayList<>(item.codes());
            codes.add(ALL);
            for (char lvl : new char[] {'O', 'D', 'S'}) {
                String scope = scope(lvl, item);
                String district = lvl == 'S' ? null : item.districtId();
                for (String code : codes) {
                    // the ESSA status is a grouping of its own (over all codes): rows of a practice leave it out, so a practice's cells read fewer rows
                    String essa = code.equals(ALL) ? item.essa() : ALL;
                    Key base = new Key(lvl, scope, item.schoolYear(), item.kind(), code, essa, 'S', status, district, item.seaId());
                    add(base, sign);
                    if (Status.NONE.equals(status)) add(with(base, 'U', startMonth), sign);
                    if (Status.open(status) && item.dueDate() != null) add(with(base, 'O', item.dueDate().toString().substring(0, 7)), sign);
                    add(with(base, 'B', startMonth), sign);
                    for (Map.Entry<String, String> h : history.entrySet()) add(with(base, 'P', h.getKey() + ":" + h.getValue()), sign);
                    if (item.dueDate() != null) {
                        // the trend's overdue: due by a month's end (E) unless reported complete or cancelled for that month (C)
                        String dueMonth = item.dueDate().toString().substring(0, 7);
                        add(with(base, 'E', dueMonth), sign);
                        for (Map.Entry<String, String> h : history.entrySet()) {
                            if (!Status.open(h.getValue())) add(with(base, 'C', h.getKey() + ":" + dueMonth), sign);
                        }
                    }
                    // where the organization sits is part of the key, so a move shows as leaving one district and joining another
                    if (lvl == 'O') add(new Key('O', scope, item.schoolYear(), '*', code, essa, 'T', item.seaId() + "/" + district, district,
                            item.seaId()), sign);
                }
            }
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
            for (Map.Entry<Key, Integer> e : rows.entrySet()) {
                if (e.getValue() == 0) continue;
                Key k = e.getKey();
                int now = write(c, k, e.getValue());
                if (k.measure() == 'T') {
                    int before = now - e.getValue();
                    int step = before == 0 && now > 0 ? 1 : before > 0 && now == 0 ? -1 : 0;
                    if (step != 0) {
                        for (char lvl : new char[] {'D', 'S'}) {
                            String scope = lvl == 'D' ? k.districtId() : stripe(k.seaId(), k.districtId());
                            orgs.add(new Key(lvl, scope, k.year(), k.kind(), k.code(), k.essa(), 'G', "", lvl == 'D' ? k.districtId() : null,
                                    k.seaId()), step);
                        }
                    }
                }
            }
            for (Map.Entry<Key, Integer> e : orgs.rows.entrySet()) if (e.getValue() != 0) write(c, e.getKey(), e.getValue());
        }

        private static String last(Map<String, String> history) {
            String s = null;
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

    /**
     * Adds to a row, creating it when missing and dropping it when it comes to zero (a reader never scans rows that
     * count nothing).
     *
     * @return the row's count after the change, for measure T only
     */
    private static int write(Connection c, Key k, int delta) throws SQLException {
        Object[] pk = {k.lvl(), k.scope(), k.year(), k.kind(), k.code(), k.essa(), k.measure(), k.bucket()};
        String where = " WHERE lvl = ? AND scope_id = ? AND school_year = ? AND kind = ? AND code = ? AND essa = ? AND measure = ? AND bucket = ?";
        for (int attempt = 0; ; attempt++) {
            Object[] args = new Object[pk.length + 1];
            args[0] = delta;
            System.arraycopy(pk, 0, args, 1, pk.length);
            if (MonitoringStore.exec(c, "UPDATE monitoring_tally SET n = n + ?" + where, args) == 1) break;
            // a savepoint: on PostgreSQL a failed statement spoils the whole transaction unless rolled back to one
            java.sql.Savepoint beforeInsert = c.setSavepoint();
            try {
                MonitoringStore.exec(c, "INSERT INTO monitoring_tally (lvl, scope_id, school_year, kind, code, essa, measure, bucket, district_id, sea_id, n) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", k.lvl(), k.scope(), k.year(), k.kind(), k.code(), k.essa(), k.measure(), k.bucket(),
                        k.districtId(), k.seaId(), delta);
                c.releaseSavepoint(beforeInsert);
                return delta;
            } catch (SQLException e) {
                // another transaction inserted the row first: add to it
                if (!"23505".equals(e.getSQLState()) || attempt > 0) throw e;
                c.rollback(beforeInsert);
            }
        }
        if (delta < 0 && MonitoringStore.exec(c, "DELETE FROM monitoring_tally" + where + " AND n = 0", pk) == 1) return 0;
        if (k.measure() != 'T') return Integer.MIN_VALUE;
        return MonitoringStore.query(c, "SELECT n FROM monitoring_tally" + where, rs -> rs.getInt(1), pk).get(0);
    }
}
