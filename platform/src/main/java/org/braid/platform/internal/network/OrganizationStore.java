package org.braid.platform.internal.network;

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
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The organization table: the network's tree, checked on every write. */
@Component(service = {OrganizationService.class, OrganizationStore.class})
public class OrganizationStore implements OrganizationService {
    static final Table ORGANIZATION = new Table("organization", "id", "org_type", "name", "parent_id", "nces_id", "essa_status", "version");
    /** Written with each organization (and changed with a move): its parent's parent, so "under" needs no subquery. */
    private static final Table WRITTEN = new Table("organization", "id", "org_type", "name", "parent_id", "nces_id", "essa_status", "version",
            "grandparent_id");

    private final Database db;
    private final Sql sql;
    private final List<OrganizationListener> listeners = new CopyOnWriteArrayList<>();
    private final ListTotals totals = new ListTotals();

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
        this.sql = new Sql(db);
    }

    @Override
    public Organization create(Organization org) {
        return insert(org.withId(UUID.randomUUID().toString(), 1));
    }

    /** Stores an organization with the id it carries (import); checks it like {@link #create}. */
    public Organization insert(Organization org) {
        org.check().throwIfAny();
        Organization parent = org.parentId() == null ? null : parentOf(org);
        if (parent != null) org.checkParent(parent);
        return db.transaction(c -> {
            checkNcesFree(org.ncesId(), null);
            sql.insert(WRITTEN, () -> new ConflictException("id", "an organization with this id already exists"), org.id(), org.type().name(),
                    org.name(), org.parentId(), org.ncesId(), org.essaStatus().name(), 1L, parent == null ? null : parent.parentId());
            ListTotals.changed(sql);
            return org.withId(org.id(), 1);
        });
    }

    private Organization parentOf(Organization org) {
        return find(org.parentId()).orElseThrow(() -> new RuleViolationException("parentId", "no such organization"));
    }

    @Override
    public Organization get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("organization", id));
    }

    private java.util.Optional<Organization> find(String id) {
        if (!Organization.isId(id)) return java.util.Optional.empty(); // no such id can be stored: spare the database
        return sql.first(ORGANIZATION.select("WHERE id = ?"), OrganizationStore::organization, id);
    }

    @Override
    public Organization update(String id, Organization org, long expectedVersion) {
        Organization stored = get(id);
        Organization next = new Organization(id, org.type() == null ? stored.type() : org.type(), org.name(),
                org.parentId(), org.ncesId(), org.essaStatus(), stored.version());
        next.check().throwIfAny();
        if (next.type() != stored.type()) throw new RuleViolationException("type", "the level of an organization cannot change");
        Organization parent = null;
        if (next.parentId() != null) {
            if (next.parentId().equals(id)) throw new RuleViolationException("parentId", "an organization cannot be its own parent");
            parent = parentOf(next);
            next.checkParent(parent);
        }
        String grandparentId = parent == null ? null : parent.parentId();
        return db.transaction(c -> {
            checkNcesFree(next.ncesId(), id);
            if (sql.update("UPDATE organization SET name = ?, parent_id = ?, nces_id = ?, essa_status = ?, grandparent_id = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", next.name(), next.parentId(), next.ncesId(), next.essaStatus().name(), grandparentId, id,
                    expectedVersion) == 0) {
                throw new StaleVersionException("organization", id, expectedVersion, stored.version());
            }
            // a move takes the organizations under it along: their parent's parent is now the new parent
            if (!java.util.Objects.equals(stored.parentId(), next.parentId())) sql.update("UPDATE organization SET grandparent_id = ? WHERE parent_id = ?", next.parentId(), id);
            Organization saved = next.withId(id, expectedVersion + 1);
            ListTotals.changed(sql);
            if (!java.util.Objects.equals(stored.parentId(), saved.parentId()) || stored.essaStatus() != saved.essaStatus()) {
                for (OrganizationListener l : listeners) l.organizationChanged(stored, saved);
            }
            return saved;
        });
    }

    @Override
    public Page<Organization> find(OrgQuery q) {
        StringBuilder where = new StringBuilder(" WHERE " + OPEN);
        List<Object> args = new ArrayList<>();
        if (q.type() != null) { where.append(" AND org_type = ?"); args.add(q.type().name()); }
        if (q.parentId() != null) { where.append(" AND parent_id = ?"); args.add(q.parentId()); }
        if (q.within() != null) {
            if (q.within().isEmpty()) return new Page<>(List.of(), 0);
            String in = String.join(", ", java.util.Collections.nCopies(q.within().size(), "?"));
            // three levels: the scope roots, their children, their grandchildren
            where.append(" AND (id IN (" + in + ") OR parent_id IN (" + in + ") OR grandparent_id IN (" + in + "))");
            for (int i = 0; i < 3; i++) args.addAll(q.within());
        }
        boolean searches = q.q() != null && !q.q().isBlank();
        if (searches) {
            where.append(" AND (LOWER(name) LIKE ? ESCAPE '!' OR nces_id = ?)");
            String like = q.q().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            args.add("%" + like + "%");
            args.add(q.q().strip());
        }
        return db.transaction(c -> {
            List<Object> paged = new ArrayList<>(args);
            paged.add(q.offset());
            paged.add(q.limit());
            // the page's ids from the covering index, in order; then those rows
            List<String> ids = sql.list("SELECT id FROM organization" + where + " ORDER BY name, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    rs -> rs.getString(1), paged.toArray());
            List<Organization> items = rows(ids);
            // a page that is not full ends the list: its total is known without counting
            if (ids.size() < q.limit() && (!ids.isEmpty() || q.offset() == 0)) return new Page<>(items, (long) q.offset() + ids.size());
            if (searches) {
                // a name search is counted only so far past the page: the count walks no further than readers of the pages near it
                List<Object> counted = new ArrayList<>(args);
                counted.add(q.countLimit());
                return new Page<>(items, count("SELECT COUNT(*) FROM (SELECT 1 AS one FROM organization" + where + " FETCH FIRST ? ROWS ONLY) matching", counted));
            }
            // any other list is counted exactly, once until an organization changes: the changes are read before the count
            ListTotals.Key key = new ListTotals.Key(q.type(), q.parentId(), q.within());
            long changes = ListTotals.changes(sql);
            java.util.OptionalLong kept = totals.get(key, changes);
            if (kept.isPresent()) return new Page<>(items, kept.getAsLong());
            long total = count("SELECT COUNT(*) FROM organization" + where, args);
            totals.put(key, changes, total);
            return new Page<>(items, total);
        });
    }

    private long count(String select, List<Object> args) {
        return sql.first(select, rs -> rs.getLong(1), args.toArray()).orElse(0L);
    }

    /** @return the organizations with these ids, in the ids' order */
    private List<Organization> rows(List<String> ids) {
        if (ids.isEmpty()) return List.of();
        java.util.Map<String, Organization> byId = new java.util.HashMap<>();
        String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        for (Organization o : sql.list(ORGANIZATION.select("WHERE id IN (" + in + ")"), OrganizationStore::organization, ids.toArray())) byId.put(o.id(), o);
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<Organization> children(String id) {
        get(id);
        return sql.list(ORGANIZATION.select("WHERE parent_id = ? AND " + OPEN + " ORDER BY name, id"), OrganizationStore::organization, id);
    }

    /** The lists leave out organizations that have closed; a closed one is still found by its id, with its history. */
    private static final String OPEN = "NOT EXISTS (SELECT 1 FROM organization_closure x WHERE x.org_id = organization.id)";

    /** @return when the organization closed, if it has */
    public java.util.Optional<java.time.Instant> closedAt(String id) {
        get(id);
        return sql.first("SELECT closed_at FROM organization_closure WHERE org_id = ?", rs -> rs.getTimestamp(1).toInstant(), id);
    }

    /** @return the ids of every organization that has closed (few: they are kept, not listed) */
    public java.util.Set<String> closedIds() {
        return new java.util.HashSet<>(sql.list("SELECT org_id FROM organization_closure", rs -> rs.getString(1).strip()));
    }

    @Override
    public boolean closed(String id) {
        return sql.first("SELECT org_id FROM organization_closure WHERE org_id = ?", rs -> 1, id).isPresent();
    }

    /**
     * Closes an organization, or opens it again. One with open organizations under it does not close: they are closed
     * or moved first, so no open school is left under a closed district.
     */
    public void close(String id, boolean closed, String by) {
        Organization stored = get(id);
        db.transaction(c -> {
            if (closed && !children(id).isEmpty()) {
                throw new ConflictException("closed", "organizations under it are open: close them or move them to another parent first");
            }
            sql.update("DELETE FROM organization_closure WHERE org_id = ?", id);
            if (closed) sql.update("INSERT INTO organization_closure (org_id, closed_at, closed_by) VALUES (?, ?, ?)", id,
                    java.sql.Timestamp.from(java.time.Instant.now()), by);
            ListTotals.changed(sql);
            // its work leaves (or joins again) the roll-ups of those above it
            for (OrganizationListener l : listeners) l.organizationChanged(stored, stored);
            return null;
        });
    }

    /** Parents asked for at once when walking a subtree: well under what either database takes in one statement. */
    private static final int SUBTREE_CHUNK = 500;

    @Override
    public List<Organization> subtree(String id) {
        List<Organization> out = new ArrayList<>(List.of(get(id)));
        return db.transaction(c -> {
            // breadth first, parents before children, a level at a time: a state's 10,000 organizations in a few queries
            List<Organization> level = out;
            while (!level.isEmpty()) {
                java.util.Map<String, List<Organization>> byParent = new java.util.LinkedHashMap<>();
                for (Organization o : level) byParent.put(o.id(), new ArrayList<>());
                List<String> ids = new ArrayList<>(byParent.keySet());
                for (int from = 0; from < ids.size(); from += SUBTREE_CHUNK) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SUBTREE_CHUNK));
                    String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                    for (Organization child : sql.list(ORGANIZATION.select("WHERE parent_id IN (" + in + ") ORDER BY name, id"), OrganizationStore::organization,
                            chunk.toArray())) {
                        byParent.get(child.parentId()).add(child);
                    }
                }
                List<Organization> next = new ArrayList<>();
                byParent.values().forEach(next::addAll);
                out.addAll(next);
                level = next;
            }
            return out;
        });
    }

    /** The network's three levels: an organization is under the root when it, its parent or its parent's parent is the root. */
    @Override
    public java.util.Map<String, Organization> within(String rootId, java.util.Collection<String> ids) {
        get(rootId);
        java.util.Map<String, Organization> out = new java.util.HashMap<>();
        List<String> wanted = ids.stream().filter(Organization::isId).distinct().toList();
        for (int from = 0; from < wanted.size(); from += SUBTREE_CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + SUBTREE_CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.addAll(List.of(rootId, rootId, rootId));
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            for (Organization o : sql.list(ORGANIZATION.select("WHERE id IN (" + in + ") AND (id = ? OR parent_id = ? OR grandparent_id = ?)"),
                    OrganizationStore::organization, args.toArray())) {
                out.put(o.id(), o);
            }
        }
        return out;
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
        return sql.first("SELECT COUNT(*) FROM organization", rs -> rs.getLong(1)).orElse(0L);
    }

    private void checkNcesFree(String ncesId, String self) {
        if (ncesId == null) return;
        for (Organization o : sql.list(ORGANIZATION.select("WHERE nces_id = ?"), OrganizationStore::organization, ncesId)) {
            if (!o.id().equals(self)) throw new ConflictException("ncesId", "NCES id " + ncesId + " already belongs to " + o.name());
        }
    }

    private static Organization organization(ResultSet rs) throws SQLException {
        return new Organization(rs.getString(1), OrgType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                EssaStatus.valueOf(rs.getString(6)), rs.getLong(7));
    }
}
