package org.braid.platform.internal.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.braid.core.model.ConflictException;
import org.braid.core.model.EssaStatus;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.spi.OrganizationListener;
import org.braid.platform.store.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The organization table: the network's tree, checked on every write. */
@Component(service = {OrganizationService.class, OrganizationStore.class})
public class OrganizationStore implements OrganizationService {
    private static final String COLUMNS = "id, org_type, name, parent_id, nces_id, essa_status, version";

    private final Database db;
    private final List<OrganizationListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(OrganizationListener l) {
        listeners.add(l);
    }

    void removeListener(OrganizationListener l) {
        listeners.remove(l);
    }

    @Activate
    public OrganizationStore(@Reference Database db) {
        this.db = db;
    }

    @Override
    public Organization create(Organization org) {
        return insert(org.withId(UUID.randomUUID().toString(), 1));
    }

    /** Stores an organization with the id it carries (import); checks it like {@link #create}. */
    public Organization insert(Organization org) {
        org.check().throwIfAny();
        if (org.parentId() != null) org.checkParent(parentOf(org));
        return db.transaction(c -> {
            if (exists(c, org.id())) throw new ConflictException("id", "organization " + org.id() + " already exists");
            checkNcesFree(c, org.ncesId(), null);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organization (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, org.id());
                ps.setString(2, org.type().name());
                ps.setString(3, org.name());
                ps.setString(4, org.parentId());
                ps.setString(5, org.ncesId());
                ps.setString(6, org.essaStatus().name());
                ps.setLong(7, 1);
                ps.executeUpdate();
            }
            return org.withId(org.id(), 1);
        });
    }

    private Organization parentOf(Organization org) {
        return find(org.parentId()).orElseThrow(() -> new RuleViolationException("parentId", "no organization " + org.parentId()));
    }

    @Override
    public Organization get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("organization", id));
    }

    private java.util.Optional<Organization> find(String id) {
        return db.transaction(c -> {
            List<Organization> found = query(c, "SELECT " + COLUMNS + " FROM organization WHERE id = ?", id);
            return found.stream().findFirst();
        });
    }

    @Override
    public Organization update(String id, Organization org, long expectedVersion) {
        Organization stored = get(id);
        Organization next = new Organization(id, org.type() == null ? stored.type() : org.type(), org.name(),
                org.parentId(), org.ncesId(), org.essaStatus(), stored.version());
        next.check().throwIfAny();
        if (next.type() != stored.type()) throw new RuleViolationException("type", "the level of an organization cannot change");
        if (next.parentId() != null) {
            if (next.parentId().equals(id)) throw new RuleViolationException("parentId", "an organization cannot be its own parent");
            next.checkParent(parentOf(next));
        }
        return db.transaction(c -> {
            checkNcesFree(c, next.ncesId(), id);
            try (PreparedStatement ps = c.prepareStatement("UPDATE organization SET name = ?, parent_id = ?, nces_id = ?, "
                    + "essa_status = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                ps.setString(1, next.name());
                ps.setString(2, next.parentId());
                ps.setString(3, next.ncesId());
                ps.setString(4, next.essaStatus().name());
                ps.setString(5, id);
                ps.setLong(6, expectedVersion);
                if (ps.executeUpdate() == 0) throw new StaleVersionException("organization", id, expectedVersion, stored.version());
            }
            Organization saved = next.withId(id, expectedVersion + 1);
            if (!java.util.Objects.equals(stored.parentId(), saved.parentId()) || stored.essaStatus() != saved.essaStatus()) {
                for (OrganizationListener l : listeners) l.organizationChanged(stored, saved);
            }
            return saved;
        });
    }

    @Override
    public Page<Organization> find(OrgQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.type() != null) { where.append(" AND org_type = ?"); args.add(q.type().name()); }
        if (q.parentId() != null) { where.append(" AND parent_id = ?"); args.add(q.parentId()); }
        if (q.within() != null) {
            if (q.within().isEmpty()) return new Page<>(List.of(), 0);
            String in = String.join(", ", java.util.Collections.nCopies(q.within().size(), "?"));
            // three levels: the scope roots, their children, their grandchildren
            where.append(" AND (id IN (" + in + ") OR parent_id IN (" + in + ") OR parent_id IN (SELECT o.id FROM organization o WHERE o.parent_id IN (" + in + ")))");
            for (int i = 0; i < 3; i++) args.addAll(q.within());
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" AND (LOWER(name) LIKE ? ESCAPE '!' OR nces_id = ?)");
            String like = q.q().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            args.add("%" + like + "%");
            args.add(q.q().strip());
        }
        return db.transaction(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM organization" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) { rs.next(); total = rs.getLong(1); }
            }
            List<Object> paged = new ArrayList<>(args);
            paged.add(q.offset());
            paged.add(q.limit());
            List<Organization> items = query(c, "SELECT " + COLUMNS + " FROM organization" + where
                    + " ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", paged.toArray());
            return new Page<>(items, total);
        });
    }

    @Override
    public List<Organization> children(String id) {
        get(id);
        return db.transaction(c -> query(c, "SELECT " + COLUMNS + " FROM organization WHERE parent_id = ? ORDER BY name, id", id));
    }

    @Override
    public List<Organization> subtree(String id) {
        List<Organization> out = new ArrayList<>(List.of(get(id)));
        return db.transaction(c -> {
            for (int i = 0; i < out.size(); i++) { // breadth first: parents before children
                out.addAll(query(c, "SELECT " + COLUMNS + " FROM organization WHERE parent_id = ? ORDER BY name, id", out.get(i).id()));
            }
            return out;
        });
    }

    /** @return the organization, its parent and its parent's parent, nearest first */
    public List<Organization> chain(String id) {
        List<Organization> out = new ArrayList<>();
        for (String at = id; at != null; at = out.get(out.size() - 1).parentId()) {
            java.util.Optional<Organization> o = find(at);
            if (o.isEmpty()) break;
            out.add(o.get());
        }
        return out;
    }

    /** @return the number of organizations */
    public long count() {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM organization"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        return !query(c, "SELECT " + COLUMNS + " FROM organization WHERE id = ?", id).isEmpty();
    }

    private static void checkNcesFree(Connection c, String ncesId, String self) throws SQLException {
        if (ncesId == null) return;
        for (Organization o : query(c, "SELECT " + COLUMNS + " FROM organization WHERE nces_id = ?", ncesId)) {
            if (!o.id().equals(self)) throw new ConflictException("ncesId", "NCES id " + ncesId + " already belongs to " + o.name());
        }
    }

    private static List<Organization> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, java.util.Arrays.asList(args));
            try (ResultSet rs = ps.executeQuery()) {
                List<Organization> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Organization(rs.getString(1), OrgType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), EssaStatus.valueOf(rs.getString(6)), rs.getLong(7)));
                }
                return out;
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }
}
