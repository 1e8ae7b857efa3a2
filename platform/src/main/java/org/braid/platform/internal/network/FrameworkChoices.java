package org.braid.platform.internal.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.braid.core.model.StaleVersionException;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The coding framework choices kept in the store, so every node sharing it follows them: the network's (an
 * administrator's) and, where the state allows it, a district's own, which its schools follow. Plans and roll-ups ask
 * often, so the choices are kept in memory and read again when older than {@link #FRESH_MILLIS}: a choice made at
 * another node applies here within that time.
 */
@Component(service = FrameworkChoices.class)
public class FrameworkChoices {
    /** How long choices read from the store are used before they are read again. */
    static final long FRESH_MILLIS = 2000;

    /**
     * The network's settings.
     *
     * @param codingFramework    the framework the administrator chose, or {@code null} for the configuration's
     * @param districtsMayChoose whether a district may code its plans to another installed framework
     */
    public record Settings(String codingFramework, boolean districtsMayChoose, long version) {}

    /** The choices as last read: the settings, and each organization's district's own framework. */
    private record Snapshot(Settings settings, Map<String, String> byOrganization, long readAt) {}

    private final Database db;
    private volatile Snapshot snapshot;

    @Activate
    public FrameworkChoices(@Reference Database db) {
        this.db = db;
    }

    /** @return the network's settings, at most {@link #FRESH_MILLIS} old */
    public Settings settings() {
        return fresh().settings();
    }

    /** @return the framework the district of an organization chose (a district's own, a school's district's), if any */
    public Optional<String> ofDistrict(String orgId) {
        return Optional.ofNullable(fresh().byOrganization().get(orgId));
    }

    /**
     * Stores the network's settings.
     *
     * @throws StaleVersionException when they changed since the version the caller saw
     */
    public Settings save(String codingFramework, boolean districtsMayChoose, long expectedVersion) {
        Settings saved = db.transaction(c -> {
            Settings now = read(c);
            if (now.version() != expectedVersion) throw new StaleVersionException("settings", "network", expectedVersion, now.version());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE braid_settings SET coding_framework = ?, districts_may_choose = ?, version = ? WHERE id = 1 AND version = ?")) {
                ps.setString(1, codingFramework);
                ps.setBoolean(2, districtsMayChoose);
                ps.setLong(3, now.version() + 1);
                ps.setLong(4, now.version());
                if (ps.executeUpdate() != 1) throw new StaleVersionException("settings", "network", expectedVersion, now.version() + 1);
            }
            return new Settings(codingFramework, districtsMayChoose, now.version() + 1);
        });
        snapshot = null;
        return saved;
    }

    /** Stores a district's own framework, or clears it ({@code null}: the district follows the state's choice). */
    public void choose(String districtId, String frameworkId) {
        db.transaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM organization_framework WHERE org_id = ?")) {
                del.setString(1, districtId);
                del.executeUpdate();
            }
            if (frameworkId != null) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO organization_framework (org_id, framework_id) VALUES (?, ?)")) {
                    ins.setString(1, districtId);
                    ins.setString(2, frameworkId);
                    ins.executeUpdate();
                }
            }
            return null;
        });
        snapshot = null;
    }

    /** @return every district's own stored choice, read now, by district */
    public Map<String, String> storedAll() {
        return db.transaction(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT org_id, framework_id FROM organization_framework"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1).strip(), rs.getString(2).strip());
            }
            return out;
        });
    }

    /** @return a district's own stored choice, read now */
    public Optional<String> storedFor(String districtId) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT framework_id FROM organization_framework WHERE org_id = ?")) {
                ps.setString(1, districtId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private Snapshot fresh() {
        Snapshot s = snapshot;
        long now = System.currentTimeMillis();
        if (s != null && now - s.readAt() < FRESH_MILLIS) return s;
        s = db.transaction(c -> {
            Map<String, String> byOrg = new HashMap<>();
            // a district's choice, for the district and each of its schools
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id, f.framework_id FROM organization_framework f "
                    + "JOIN organization o ON o.id = f.org_id OR o.parent_id = f.org_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) byOrg.put(rs.getString(1).strip(), rs.getString(2));
            }
            return new Snapshot(read(c), Map.copyOf(byOrg), now);
        });
        snapshot = s;
        return s;
    }

    private static Settings read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coding_framework, districts_may_choose, version FROM braid_settings WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Settings(rs.getString(1), rs.getBoolean(2), rs.getLong(3)) : new Settings(null, false, 0);
        }
    }
}
