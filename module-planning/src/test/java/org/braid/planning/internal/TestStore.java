package org.braid.planning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.braid.core.spi.Domain;
import org.braid.core.spi.Practice;
import org.braid.platform.store.Database;
import org.braid.platform.store.SqlWork;
import org.braid.platform.store.StoreException;
import org.osgi.framework.Bundle;

/**
 * The planning stores on an embedded Derby with the module's migrations, one connection, nested transactions
 * joining the outer one as the platform's do; organizations and goals are kept in maps.
 */
final class TestStore implements Database, OrganizationService {
    final Connection connection;
    private int depth;
    final Map<String, Organization> organizations = new HashMap<>();
    final Map<String, List<Goal>> goals = new HashMap<>();
    final PlanEvents events = new PlanEvents();
    final PlanStore plans;
    final Codes codes = new Codes();
    final PlanElements tree;
    final PlanVersions versions;
    final Prioritization prioritization;
    final PlanningSection section;

    /** @param url e.g. {@code jdbc:derby:memory:x;create=true} */
    TestStore(String url) throws SQLException {
        connection = counted(DriverManager.getConnection(url));
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("CREATE TABLE organization (id CHAR(36) NOT NULL PRIMARY KEY)");
        }
        for (String v : List.of("V001__create_plan.sql", "V002__plan_tree.sql", "V003__versions_prioritization_funding.sql",
                "V004__version_reason.sql")) script("/db/planning/" + v);
        connection.commit();
        codes.addProvider(() -> new CodingFramework("four-domains", "Four Domains", "1", null, List.of(
                new Domain("1", "Turnaround leadership", List.of(new Practice("1A", "Prioritize improvement"))),
                new Domain("3", "Instructional transformation", List.of(new Practice("3C", "Remove barriers"))),
                new Domain("4", "Culture shift", List.of(new Practice("4C", "Engage students and families"))))));
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

    /** Adds an organization (also to the stub table the plans refer to). */
    Organization org(String id, String parentId, String... goalIds) {
        Organization o = new Organization(id, parentId == null ? OrgType.LEA : OrgType.SCHOOL, "Org " + id, parentId, null, null, 1L);
        new org.braid.platform.store.Sql(this).update("INSERT INTO organization (id) VALUES (?)", id);
        organizations.put(id, o);
        List<Goal> g = new ArrayList<>();
        for (String goal : goalIds) g.add(new Goal(goal, "Each student grows (" + goal + ")", null, List.of()));
        goals.put(id, g);
        return o;
    }

    private void script(String resource) throws SQLException {
        String sql;
        try (InputStream in = TestStore.class.getResourceAsStream(resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) if (!line.strip().startsWith("--")) clean.append(line).append('\n');
        try (Statement s = connection.createStatement()) {
            for (String stmt : clean.toString().split(";\\s*\n")) if (!stmt.isBlank()) s.executeUpdate(stmt);
        }
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
