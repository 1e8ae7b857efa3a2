package org.braid.monitoring.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.braid.core.model.OrgType;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.StaleVersionException;
import org.braid.core.model.ValidationException;
import org.braid.core.model.Violation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Each state's own lag threshold and public minimum count; a state that has set none has the configured defaults.
 * Read from the store at each use (one row by key), so every node sees a change at once.
 */
@Component(service = StateSettings.class)
public class StateSettings {
    private final MonitoringStore store;
    private final CalendarSettings defaults;
    private final Items items;
    private final OrganizationService orgs;

    @Activate
    public StateSettings(@Reference MonitoringStore store, @Reference CalendarSettings defaults, @Reference Items items,
            @Reference OrganizationService orgs) {
        this.store = store;
        this.defaults = defaults;
        this.items = items;
        this.orgs = orgs;
    }

    /** @return the settings in force for the organization: its state's */
    StateSetting forOrg(String orgId) {
        return ofState(items.place(orgId).seaId());
    }

    StateSetting ofState(String seaId) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_state_setting WHERE sea_id = ?", rs -> new StateSetting(seaId,
                rs.getInt("lag_threshold_percent"), rs.getInt("public_minimum_count"), "state", rs.getLong("version"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant().toString()), seaId)).stream().findFirst()
                .orElseGet(() -> new StateSetting(seaId, (int) Math.round(defaults.lagThreshold() * 100), defaults.publicMinimum(), "default", 0, null, null));
    }

    /**
     * @param expected the version the change is based on: 0 while the state has the defaults
     * @throws ValidationException when the organization is not a state, or a value is missing or out of range
     */
    StateSetting save(String seaId, StateSetting.Input in, long expected, String by) {
        if (orgs.get(seaId).type() != OrgType.SEA) {
            throw new ValidationException("id", "settings are a state's: set them on the state (SEA) the organization is in");
        }
        check("", in.lagThresholdPercent(), in.publicMinimumCount());
        return store.tx(c -> {
            StateSetting had = ofState(seaId);
            if (had.version() != expected) throw new StaleVersionException("settings", seaId, expected, had.version());
            if (had.version() == 0) {
                try {
                    MonitoringStore.exec(c, "INSERT INTO monitoring_state_setting (sea_id, lag_threshold_percent, public_minimum_count, version, "
                            + "changed_by, changed_at) VALUES (?, ?, ?, 1, ?, ?)", seaId, in.lagThresholdPercent(), in.publicMinimumCount(), by, Instant.now());
                } catch (java.sql.SQLException e) {
                    // another change set them first, from the same defaults
                    if (MonitoringStore.duplicateKey(e)) throw new StaleVersionException("settings", seaId, expected, 1);
                    throw e;
                }
            } else {
                MonitoringStore.exec(c, "UPDATE monitoring_state_setting SET lag_threshold_percent = ?, public_minimum_count = ?, version = version + 1, "
                        + "changed_by = ?, changed_at = ? WHERE sea_id = ?", in.lagThresholdPercent(), in.publicMinimumCount(), by, Instant.now(), seaId);
            }
            return ofState(seaId);
        });
    }

    /**
     * @param at where the values are, before their field names (e.g. an import's row)
     * @throws ValidationException naming each value missing or out of range
     */
    static void check(String at, Integer lagThresholdPercent, Integer publicMinimumCount) {
        List<Violation> problems = new ArrayList<>();
        if (lagThresholdPercent == null || lagThresholdPercent < 1 || lagThresholdPercent > 100) {
            problems.add(new Violation(at + "lagThresholdPercent", "must be a whole percentage from 1 to 100"));
        }
        if (publicMinimumCount == null || publicMinimumCount < 1 || publicMinimumCount > 1000) {
            problems.add(new Violation(at + "publicMinimumCount", "must be a number of students from 1 to 1000"));
        }
        if (!problems.isEmpty()) throw new ValidationException("the settings are not valid", problems);
    }
}
