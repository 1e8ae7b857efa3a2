package org.braid.monitoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.braid.core.model.EssaStatus;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.OrgQuery;
import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.model.OrganizationService;
import org.braid.core.model.Page;
import org.braid.core.spi.OrganizationListener;
import org.braid.platform.store.Database;
import org.braid.platform.store.SqlWork;
import org.braid.platform.store.StoreException;
import org.osgi.framework.Bundle;

/**
 * Monitoring's tables on an embedded Derby with the module's migrations, one connection, nested transactions joining
 * the outer one as the platform's do; the network is kept in a map and tells its listener of moves as the platform does.
 */
final class TestNetwork implements Database, OrganizationService {
    final Connection connection;
    private int depth;
    final Map<String, Organization> organizations = new LinkedHashMap<>();
    final List<OrganizationListener> listeners = new ArrayList<>();
    final java.util.Set<String> closed = new java.util.HashSet<>();

    TestNetwork(String url) throws SQLException {
        connection = DriverManager.getConnection(url);
        connection.setAutoCommit(false);
        // every migration of the module in order, as the platform runs them (the test classpath holds them as files)
        List<Path> migrations;
        try (var files = Files.list(Path.of(TestNetwork.class.getResource("/db/monitoring").toURI()))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).sorted().toList();
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Path migration : migrations) {
            StringBuilder clean = new StringBuilder();
            try {
                for (String line : Files.readAllLines(migration, StandardCharsets.UTF_8)) if (!line.strip().startsWith("--")) clean.append(line).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Statement s = connection.createStatement()) {
                for (String stmt : clean.toString().split(";\\s*\n")) if (!stmt.isBlank()) s.executeUpdate(stmt);
            }
        }
        connection.commit();
    }

    /** Closes an organization or opens it again, telling the listeners as the platform does. */
    void close(String id, boolean close) {
        transaction(c -> {
            Organization o = get(id);
            if (close) closed.add(id);
            else closed.remove(id);
            for (OrganizationListener l : listeners) l.organizationChanged(o, o);
            return null;
        });
    }

    @Override
    public boolean closed(String id) {
        return closed.contains(id);
    }

    Organization org(String id, OrgType type, String parentId, EssaStatus essa) {
        Organization o = new Organization(id, type, "Org " + id, parentId, null, essa, 1L);
        organizations.put(id, o);
        return o;
    }

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
        return transaction(c -> {
            Organization before = get(id);
            Organization after = new Organization(id, before.type(), org.name(), org.parentId(), org.ncesId(), org.essaStatus(), before.version() + 1);
            organizations.put(id, after);
            for (OrganizationListener l : listeners) l.organizationChanged(before, after);
            return after;
        });
    }

    @Override
    public Page<Organization> find(OrgQuery query) {
        List<Organization> all = new ArrayList<>(organizations.values());
        return new Page<>(all.subList(Math.min(query.offset(), all.size()), Math.min(all.size(), query.offset() + query.limit())), all.size());
    }

    @Override
    public List<Organization> children(String id) {
        return organizations.values().stream().filter(o -> id.equals(o.parentId()) && !closed(o.id())).toList();
    }

    /** Closed ones too, as the platform's. */
    @Override
    public List<Organization> subtree(String id) {
        List<Organization> out = new ArrayList<>(List.of(get(id)));
        for (Organization o : organizations.values()) if (id.equals(o.parentId())) out.addAll(subtree(o.id()));
        return out;
    }
}
