package org.braid.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.braid.core.model.Checks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Adjustments of course and walkthroughs: what monitoring led to, stored for the organization and read by those above it. */
@Component(service = FollowUps.class)
public class FollowUps {
    private final MonitoringStore store;

    @Activate
    public FollowUps(@Reference MonitoringStore store) {
        this.store = store;
    }

    static void check(Inputs.AdjustmentInput in) {
        Checks c = new Checks().required("planId", in.planId()).required("elementId", in.elementId()).text("cause", in.cause(), 4000)
                .maxLength("evidence", in.evidence(), 4000).required("change", in.change());
        if (in.change() != null && in.change().isEmpty()) c.add("change", "must name at least one field of the element");
        if (in.change() != null && Reviews.json(in.change()).length() > 8000) c.add("change", "must be at most 8000 characters as JSON");
        c.throwIfAny();
    }

    void insert(Adjustment a) {
        store.tx(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_adjustment (id, plan_id, element_id, org_id, cause, evidence, change_json, "
                + "plan_version, made_by, made_at, is_internal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.planId(), a.elementId(), a.orgId(),
                a.cause(), a.evidence(), Reviews.json(a.change()), a.version(), a.madeBy(), Instant.parse(a.madeAt()), a.isInternal()));
    }

    List<Adjustment> adjustments(List<String> orgIds) {
        return store.tx(c -> {
            List<Adjustment> out = new ArrayList<>();
            for (String org : orgIds) out.addAll(MonitoringStore.query(c, "SELECT * FROM monitoring_adjustment WHERE org_id = ? ORDER BY made_at, id",
                    FollowUps::adjustment, org));
            return out;
        });
    }

    static Adjustment adjustment(ResultSet rs) throws SQLException {
        try {
            return new Adjustment(rs.getString("id").strip(), rs.getString("plan_id").strip(), rs.getString("element_id").strip(),
                    rs.getString("org_id").strip(), rs.getString("cause"), rs.getString("evidence"),
                    StatusReports.MAPPER.readValue(rs.getString("change_json"), new TypeReference<Map<String, Object>>() {}), rs.getInt("plan_version"),
                    rs.getString("made_by"), rs.getTimestamp("made_at").toInstant().toString(), rs.getBoolean("is_internal"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void check(Inputs.WalkthroughInput in) {
        Checks c = new Checks().required("orgId", in.orgId()).required("date", in.date()).maxLength("notes", in.notes(), 8000);
        if (in.date() != null) {
            try {
                if (LocalDate.parse(in.date()).isAfter(LocalDate.now())) c.add("date", "is in the future");
            } catch (DateTimeParseException e) {
                c.add("date", "must be a date like 2026-10-14");
            }
        }
        List<String> lookFors = in.lookFors() == null ? List.of() : in.lookFors();
        if (lookFors.size() > 50) c.add("lookFors", "must list at most 50 look-fors");
        for (int i = 0; i < Math.min(50, lookFors.size()); i++) c.text("lookFors[" + i + "]", lookFors.get(i), 500);
        List<String> strategies = in.strategyIds() == null ? List.of() : in.strategyIds();
        if (strategies.size() > 50) c.add("strategyIds", "must list at most 50 strategies");
        for (int i = 0; i < Math.min(50, strategies.size()); i++) c.text("strategyIds[" + i + "]", strategies.get(i), 36);
        c.throwIfAny();
    }

    void insert(Walkthrough w) {
        store.tx(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_walkthrough (id, org_id, visit_date, strategies, look_fors, notes, observer, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", w.id(), w.orgId(), LocalDate.parse(w.date()), StatusReports.json(w.strategyIds()),
                StatusReports.json(w.lookFors()), w.notes(), w.observer(), w.version()));
    }

    List<Walkthrough> walkthroughs(List<String> orgIds) {
        return store.tx(c -> {
            List<Walkthrough> out = new ArrayList<>();
            for (String org : orgIds) out.addAll(MonitoringStore.query(c, "SELECT * FROM monitoring_walkthrough WHERE org_id = ? ORDER BY visit_date, id",
                    rs -> new Walkthrough(rs.getString("id").strip(), rs.getString("org_id").strip(), rs.getDate("visit_date").toLocalDate().toString(),
                            StatusReports.list(rs.getString("strategies")), StatusReports.list(rs.getString("look_fors")), rs.getString("notes"),
                            rs.getString("observer"), rs.getLong("version")), org));
            return out;
        });
    }
}
