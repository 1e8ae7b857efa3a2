package org.braid.planning.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.braid.core.model.Direction;
import org.braid.core.model.DirectionService;
import org.braid.core.model.Goal;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.spi.CodingFramework;
import org.braid.core.spi.CodingFrameworks;
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.braid.platform.store.Database;
import org.braid.platform.store.SqlWork;
import org.braid.platform.store.StoreException;
import org.braid.platform.store.testing.TestDatabases;
import org.osgi.framework.Bundle;

/**
 * The planning stores on an embedded Derby with the schema the platform's migrations make (the core's and
 * planning's), one connection, nested transactions joining the outer one as the platform's do; organizations
 * and goals are kept in maps (and their rows in the organization table the plans refer to).
 */
final class TestStore implements Database, OrganizationService {
    /** A row of the core's organization table, as the platform writes it: id, type, name, parent. */
    static final String ORGANIZATION = "INSERT INTO organization (id, org_type, name, parent_id, essa_status, version) VALUES (?, ?, ?, ?, 'NONE', 1)";
    final Connection connection;
    private int depth;
    final Map<String, Organization> organizations = new HashMap<>();
    final Map<String, List<Goal>> goals = new HashMap<>();
    final PlanEvents events = new PlanEvents();
    final PlanStore plans;
    final CodingFramework framework = new CodingFramework("four-domains", "Four Domains", "1", null, List.of(
            new Domain("1", "Turnaround leadership", List.of(new Practice("1A", "Prioritize improvement"))),
            new Domain("3", "Instructional transformation", List.of(new Practice("3C", "Remove barriers"))),
            new Domain("4", "Culture shift", List.of(new Practice("4C", "Engage students and families")))));
    final Codes codes = new Codes(new CodingFrameworks() {
        @Override
        public List<CodingFramework> installed() {
            return List.of(framework);
        }

        @Override
        public Optional<CodingFramework> active() {
            return Optional.of(framework);
        }
    });
    final PlanElements tree;
    final PlanVersions versions;
    final Prioritization prioritization;
    final PlanningSection section;

    /** @return the stores on a new in-memory Derby (or a new schema of the PostgreSQL under test) */
    static TestStore inMemory(String name) throws SQLException {
        return new TestStore(TestDatabases.connection(TestDatabases.memory(name, PlanningModule.ID)));
    }

    /** @return the stores on a Derby on disk, under {@code dir/db} */
    static TestStore onDisk(Path dir) throws SQLException {
        return new TestStore(TestDatabases.connection(TestDatabases.onDisk(dir, PlanningModule.ID)));
    }

    /** @param db a connection to a database the platform's migrations made: the core's schema and planning's */
    private TestStore(Connection db) throws SQLException {
        connection = counted(db);
        connection.setAutoCommit(false);
        plans = new PlanStore(this, this, events);
        tree = new PlanElements(this, plans, codes, this, directions);
        versions = new PlanVersions(this, plans, tree);
        prioritization = new Prioritization(this, tree);
        section = new PlanningSection(plans, tree, versions, prioritization);
    }

    /** Statements prepared so far, reads (SELECT) and writes; the benchmark counts them per request. */
    final long[] reads = new long[1], writes = new long[1];

    private Connection counted(Connection c) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        if (String.valueOf(args[0]).stripLeading().regionMatches(true, 0, "SELECT", 0, 6)) reads[0]++;
                        else writes[0]++;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Adds an organization (also to the table the plans refer to). */
    Organization org(String id, String parentId, String... goalIds) {
        Organization o = new Organization(id, parentId == null ? OrgType.LEA : OrgType.SCHOOL, "Org " + id, parentId, null, null, 1L);
        new org.braid.platform.store.Sql(this).update(ORGANIZATION, id, o.type().name(), o.name(), parentId);
        organizations.put(id, o);
        List<Goal> g = new ArrayList<>();
        for (String goal : goalIds) g.add(new Goal(goal, "Each student grows (" + goal + ")", null, List.of()));
        goals.put(id, g);
        return o;
    }

    // ---- Database ----

    @Override
    public <T> T transaction(SqlWork<T> work) {
        boolean outer = depth++ == 0;
        try {
            T result = work.run(connection);
            if (outer) connection.commit();
            return result;
        } catch (RuntimeException e) {
            if (outer) rollback();
            throw e;
        } catch (SQLException e) {
            if (outer) rollback();
            throw new StoreException(e.getMessage(), e);
        } finally {
            depth--;
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new StoreException("rollback failed", e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void migrate(String module, Bundle bundle) {
        throw new UnsupportedOperationException("migrated in the constructor");
    }

    // ---- OrganizationService ----

    @Override
    public Organization create(Organization org) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Organization get(String id) {
        Organization o = organizations.get(id);
        if (o == null) throw new NotFoundException("organization", id);
        return o;
    }

    @Override
    public Organization update(String id, Organization org, long expectedVersion) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<Organization> find(OrgQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Organization> children(String id) {
        return organizations.values().stream().filter(o -> id.equals(o.parentId())).toList();
    }

    @Override
    public List<Organization> subtree(String id) {
        List<Organization> out = new ArrayList<>(List.of(get(id)));
        for (Organization c : children(id)) out.addAll(subtree(c.id()));
        return out;
    }

    /** The goals kept in {@link #goals}, as directions. */
    final DirectionService directions = new DirectionService() {
        @Override
        public Direction get(String orgId) {
            return new Direction(orgId, null, null, null, List.of(), goals.getOrDefault(orgId, List.of()), 1L);
        }

        @Override
        public Direction put(String orgId, Direction direction, long expectedVersion) {
            throw new UnsupportedOperationException();
        }
    };
}
