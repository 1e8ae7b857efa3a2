package org.braid.platform.internal.shell;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.internal.security.Accounts;
import org.braid.platform.internal.security.AuditLog;
import org.braid.platform.internal.security.User;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user commands on a real Derby: the REST API's checks, one-line messages, and an audit entry only for a change made. */
class UserCommandsTest {
    Database db;
    Accounts accounts;
    AuditLog audit;
    String district;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabases.memory("shell" + System.nanoTime());
        OrganizationStore orgs = new OrganizationStore(db);
        String sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null)).id();
        district = orgs.create(new Organization(null, OrgType.LEA, "District", sea, null, null, null)).id();
        accounts = new Accounts(db, orgs);
        audit = new AuditLog(db);
    }

    @Test
    void badInputIsAMessageNamingTheFieldAndWritesNothing() {
        var e = assertThrows(IllegalArgumentException.class, () -> add("jdoe", "short", "viewer").execute());
        assertTrue(e.getMessage().contains("password must be 10 to 128 characters"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> add("jdoe", "long-enough-secret-3", "boss").execute());
        assertTrue(e.getMessage().startsWith("roles") || e.getMessage().contains("roles unknown role"), e.getMessage());
        assertTrue(accounts.list().isEmpty());
        assertTrue(audit.find(null, null, 10, null).items().isEmpty());
    }

    @Test
    void addResetAndDisableAreAuditedWithTheOperator() throws Exception {
        add("jdoe", "long-enough-secret-3", "viewer").execute();
        assertTrue(accounts.authenticate("jdoe", "long-enough-secret-3").isPresent());

        UserPassword reset = wire(new UserPassword());
        reset.username = "jdoe";
        reset.password = "another-secret-44";
        reset.execute();
        assertTrue(accounts.authenticate("jdoe", "another-secret-44").isPresent());

        UserDisable disable = wire(new UserDisable());
        disable.username = "jdoe";
        disable.execute();
        assertTrue(accounts.authenticate("jdoe", "another-secret-44").isEmpty());
        User u = accounts.list().get(0);
        assertTrue(u.disabled());

        List<AuditLog.Entry> trail = audit.find(null, null, 10, null).items();
        assertEquals(List.of("karaf braid:user-disable", "karaf braid:user-password", "karaf braid:user-add"),
                trail.stream().map(AuditLog.Entry::operation).toList());
        assertTrue(trail.stream().allMatch(t -> t.username().startsWith("karaf:")));
        assertFalse(trail.get(1).after().toString().contains("another-secret-44"), "no password in the trail");

        disable.username = "nobody";
        var e = assertThrows(IllegalArgumentException.class, disable::execute);
        assertTrue(e.getMessage().contains("nobody"), e.getMessage());
    }

    private UserAdd add(String username, String password, String role) {
        UserAdd add = wire(new UserAdd());
        add.username = username;
        add.password = password;
        add.roles = List.of(role);
        add.orgId = district;
        return add;
    }

    private <T extends OperatorCommand> T wire(T command) {
        command.db = db;
        command.audit = audit;
        if (command instanceof UserAdd a) a.accounts = accounts;
        if (command instanceof UserCommand c) c.accounts = accounts;
        return command;
    }
}
