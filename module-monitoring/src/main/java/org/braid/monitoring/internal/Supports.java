package org.braid.monitoring.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.Page;
import org.braid.core.model.StaleVersionException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The supports catalog and the assignments of supports to schools and districts, as stored. */
@Component(service = Supports.class)
public class Supports {
    private final MonitoringStore store;

    @Activate
    public Supports(@Reference MonitoringStore store) {
        this.store = store;
    }

    /** @param practices the practice codes of the coding frameworks installed */
    static void check(Inputs.SupportInput in, Set<String> practices) {
        Checks c = new Checks().required("providerOrgId", in.providerOrgId()).text("title", in.title(), 200).maxLength("description", in.description(), 8000)
                .maxLength("provider", in.provider(), 200).maxLength("contact", in.contact(), 500).required("format", in.format());
        if (in.format() != null && !Support.FORMATS.contains(in.format())) c.add("format", "must be one of " + String.join(", ", Support.FORMATS));
        List<String> codes = in.practiceCodes() == null ? List.of() : in.practiceCodes();
        if (codes.isEmpty()) c.add("practiceCodes", "must name at least one practice the support addresses");
        if (codes.size() > 40) c.add("practiceCodes", "must list at most 40 practices");
        for (int i = 0; i < Math.min(40, codes.size()); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip().toUpperCase(Locale.ROOT);
            if (!practices.contains(code)) c.add("practiceCodes[" + i + "]", "is not a practice of an installed coding framework");
        }
        if (in.capacity() != null && (in.capacity() < 1 || in.capacity() > 100000)) c.add("capacity", "must be between 1 and 100000, or left out for no limit");
        c.throwIfAny();
    }

    static List<String> codes(List<String> in) {
        return in.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    Support create(Inputs.SupportInput in, String seaId) {
        return insert(new Support(UUID.randomUUID().toString(), in.title().strip(), in.description(), in.providerOrgId(), in.provider(), in.format(),
                codes(in.practiceCodes()), in.capacity(), in.contact(), 1L), seaId);
    }

    /** Stores a support as it is (an import keeps its id and origin). */
    Support insert(Support s, String seaId) {
        store.tx(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_support (id, provider_org_id, sea_id, title, description, provider, format, codes, "
                + "capacity, contact, version, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)", s.id(), s.providerOrgId(), seaId, s.title(), s.description(),
                s.provider(), s.format(), StatusReports.json(codes(s.practiceCodes())), s.capacity(), s.contact(), s.origin()));
        return s;
    }

    /** @return the supports an organization offers that came from the given origin, by title */
    List<Support> offeredBy(String orgId, String origin) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_support WHERE provider_org_id = ? AND origin = ? ORDER BY title, id",
                Supports::support, orgId, origin));
    }

    /** Rewrites what a support is (its title and description), keeping its practices, format, capacity and contact. */
    void retell(String id, String title, String description) {
        store.tx(c -> MonitoringStore.exec(c, "UPDATE monitoring_support SET title = ?, description = ?, version = version + 1 WHERE id = ?", title,
                description, id));
    }

    /** @return whether the support has been assigned to anyone, now or before */
    boolean assigned(String id) {
        return store.tx(c -> !MonitoringStore.query(c, "SELECT id FROM monitoring_support_assignment WHERE support_id = ? FETCH FIRST 1 ROWS ONLY",
                rs -> 1, id).isEmpty());
    }

    /** Removes a support nobody has been assigned. */
    void remove(String id) {
        store.tx(c -> MonitoringStore.exec(c, "DELETE FROM monitoring_support WHERE id = ?", id));
    }

    /** @return the supports an organization offers, by title */
    List<Support> offeredBy(String orgId) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_support WHERE provider_org_id = ? ORDER BY title, id", Supports::support, orgId));
    }

    Support get(String id) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_support WHERE id = ?", Supports::support, id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("support", id));
    }

    /** @return the SEA a support belongs to */
    String seaOf(String id) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT sea_id FROM monitoring_support WHERE id = ?", rs -> rs.getString(1).strip(), id))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("support", id));
    }

    /** The provider stays: a support moves to another provider as a new entry. */
    Support update(String id, Inputs.SupportInput in, long expected) {
        return store.tx(c -> {
            Support had = get(id);
            if (had.version() != expected) throw new StaleVersionException("support", id, expected, had.version());
            if (!had.providerOrgId().equals(in.providerOrgId())) throw new ConflictException("providerOrgId", "cannot change; offer the support anew from the other organization");
            MonitoringStore.exec(c, "UPDATE monitoring_support SET title = ?, description = ?, provider = ?, format = ?, codes = ?, capacity = ?, contact = ?, "
                    + "version = version + 1 WHERE id = ?", in.title().strip(), in.description(), in.provider(), in.format(),
                    StatusReports.json(codes(in.practiceCodes())), in.capacity(), in.contact(), id);
            return get(id);
        });
    }

    /** A support that has been assigned keeps its record: what it did is part of the network's history. */
    void delete(String id, long expected) {
        store.tx(c -> {
            Support had = get(id);
            if (had.version() != expected) throw new StaleVersionException("support", id, expected, had.version());
            if (!MonitoringStore.query(c, "SELECT id FROM monitoring_support_assignment WHERE support_id = ? FETCH FIRST 1 ROWS ONLY", rs -> 1, id).isEmpty()) {
                throw new ConflictException("id", "the support has assignments; it cannot be deleted");
            }
            return MonitoringStore.exec(c, "DELETE FROM monitoring_support WHERE id = ?", id);
        });
    }

    /** @return every support of the state, by title */
    List<Support> ofState(String seaId) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_support WHERE sea_id = ? ORDER BY title, id", Supports::support, seaId));
    }

    /**
     * @param seaIds the states whose supports are read, {@code null} for every state
     * @return a page of their supports, by title
     */
    Page<Support> catalog(Collection<String> seaIds, int limit, int offset) {
        if (seaIds != null && seaIds.isEmpty()) return new Page<>(List.of(), 0);
        String where = seaIds == null ? "" : " WHERE sea_id IN (" + String.join(", ", Collections.nCopies(seaIds.size(), "?")) + ")";
        List<Object> args = seaIds == null ? new ArrayList<>() : new ArrayList<>(seaIds);
        return store.tx(c -> {
            long total = MonitoringStore.query(c, "SELECT COUNT(*) FROM monitoring_support" + where, rs -> rs.getLong(1), args.toArray()).get(0);
            args.add(offset);
            args.add(limit);
            return new Page<>(MonitoringStore.query(c, "SELECT * FROM monitoring_support" + where + " ORDER BY title, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    Supports::support, args.toArray()), total);
        });
    }

    private static Support support(ResultSet rs) throws SQLException {
        int capacity = rs.getInt("capacity");
        return new Support(rs.getString("id").strip(), rs.getString("title"), rs.getString("description"), rs.getString("provider_org_id").strip(),
                rs.getString("provider"), rs.getString("format"), StatusReports.list(rs.getString("codes")), rs.wasNull() ? null : capacity,
                rs.getString("contact"), rs.getLong("version"), rs.getString("origin"));
    }

    // ------------------------------------------------------------------ assignments

    static void check(Inputs.AssignmentInput in) {
        Checks c = new Checks().required("supportId", in.supportId()).required("orgId", in.orgId()).maxLength("note", in.note(), 4000);
        date(c, "startDate", in.startDate(), true);
        List<String> elements = in.elementIds() == null ? List.of() : in.elementIds();
        if (elements.isEmpty()) c.add("elementIds", "must name at least one lagging strategy, milestone or action");
        if (elements.size() > 50) c.add("elementIds", "must list at most 50 elements");
        for (int i = 0; i < Math.min(50, elements.size()); i++) c.text("elementIds[" + i + "]", elements.get(i), 36);
        c.throwIfAny();
    }

    static void check(Inputs.AssignmentChange in) {
        Checks c = new Checks().required("status", in.status()).maxLength("staff", in.staff(), 500);
        if (in.status() != null && !SupportAssignment.STATUSES.contains(in.status())) c.add("status", "must be one of " + String.join(", ", SupportAssignment.STATUSES));
        if ("ACCEPTED".equals(in.status()) && (in.staff() == null || in.staff().isBlank())) c.add("staff", "is required to accept: who provides the support");
        date(c, "startDate", in.startDate(), false);
        date(c, "endDate", in.endDate(), false);
        if (in.startDate() != null && in.endDate() != null && c.ok() && in.endDate().compareTo(in.startDate()) < 0) c.add("endDate", "is before the start date");
        c.throwIfAny();
    }

    private static void date(Checks c, String field, String value, boolean required) {
        if (value == null) {
            if (required) c.add(field, "is required");
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            c.add(field, "must be a date like 2026-10-14");
        }
    }

    /** @param itemIds the actions and milestones the elements stand for, whose reports tell whether it worked */
    SupportAssignment request(Inputs.AssignmentInput in, Item.Place place, List<String> itemIds, String by, Instant now) {
        return insert(new SupportAssignment(UUID.randomUUID().toString(), in.supportId(), in.orgId(), in.elementIds(), "REQUESTED", in.startDate(),
                null, null, in.note(), by, now.toString(), 1L), place, itemIds);
    }

    /** Stores an assignment as it is (an import keeps its id and status). */
    SupportAssignment insert(SupportAssignment a, Item.Place place, List<String> itemIds) {
        store.tx(c -> MonitoringStore.exec(c, "INSERT INTO monitoring_support_assignment (id, support_id, org_id, district_id, sea_id, element_ids, item_ids, "
                + "status, start_date, end_date, staff, note, requested_by, requested_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                a.id(), a.supportId(), a.orgId(), place.districtId(), place.seaId(), StatusReports.json(a.elementIds()), StatusReports.json(itemIds),
                a.status(), LocalDate.parse(a.startDate()), a.endDate() == null ? null : LocalDate.parse(a.endDate()), a.staff(), a.note(), a.requestedBy(),
                Instant.parse(a.requestedAt())));
        return a;
    }

    SupportAssignment assignment(String id) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_support_assignment WHERE id = ?", Supports::assignment, id)).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("support assignment", id));
    }

    /** The provider answers or changes an assignment; accepting one past the support's capacity is refused. */
    SupportAssignment change(String id, Inputs.AssignmentChange in, long expected) {
        return store.tx(c -> {
            SupportAssignment had = assignment(id);
            if (had.version() != expected) throw new StaleVersionException("support assignment", id, expected, had.version());
            if ("ACCEPTED".equals(in.status()) && !"ACCEPTED".equals(had.status())) {
                Support s = get(had.supportId());
                if (s.capacity() != null && accepted(c, s.id()) >= s.capacity()) throw new ConflictException("status", "the support is at its capacity");
            }
            MonitoringStore.exec(c, "UPDATE monitoring_support_assignment SET status = ?, staff = ?, start_date = ?, end_date = ?, version = version + 1 WHERE id = ?",
                    in.status(), in.staff() == null ? had.staff() : in.staff(), LocalDate.parse(in.startDate() == null ? had.startDate() : in.startDate()),
                    in.endDate() == null ? (had.endDate() == null ? null : LocalDate.parse(had.endDate())) : LocalDate.parse(in.endDate()), id);
            return assignment(id);
        });
    }

    private static int accepted(Connection c, String supportId) throws SQLException {
        return MonitoringStore.query(c, "SELECT COUNT(*) FROM monitoring_support_assignment WHERE support_id = ? AND status = 'ACCEPTED'",
                rs -> rs.getInt(1), supportId).get(0);
    }

    /** @return how many more organizations the support can take, or {@link Integer#MAX_VALUE} without a limit */
    int remaining(Support s) {
        if (s.capacity() == null) return Integer.MAX_VALUE;
        return s.capacity() - store.tx(c -> accepted(c, s.id()));
    }

    /** @param column {@code support_id}, {@code org_id}, {@code district_id} or {@code sea_id} */
    List<SupportAssignment> assignments(String column, String id) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT * FROM monitoring_support_assignment WHERE " + column + " = ? ORDER BY start_date, id",
                Supports::assignment, id));
    }

    /** @return the actions and milestones whose reports tell whether an assignment worked */
    List<String> itemIds(String assignmentId) {
        return store.tx(c -> MonitoringStore.query(c, "SELECT item_ids FROM monitoring_support_assignment WHERE id = ?",
                rs -> StatusReports.list(rs.getString(1)), assignmentId)).stream().findFirst().orElse(List.of());
    }

    private static SupportAssignment assignment(ResultSet rs) throws SQLException {
        java.sql.Date end = rs.getDate("end_date");
        return new SupportAssignment(rs.getString("id").strip(), rs.getString("support_id").strip(), rs.getString("org_id").strip(),
                StatusReports.list(rs.getString("element_ids")), rs.getString("status"), rs.getDate("start_date").toLocalDate().toString(),
                end == null ? null : end.toLocalDate().toString(), rs.getString("staff"), rs.getString("note"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant().toString(), rs.getLong("version"));
    }

    /** @return each item's status by month, read at once */
    List<java.util.TreeMap<String, String>> histories(List<String> itemIds) {
        return store.tx(c -> {
            List<java.util.TreeMap<String, String>> out = new ArrayList<>();
            for (String id : itemIds) out.add(Items.history(c, id));
            return out;
        });
    }
}
