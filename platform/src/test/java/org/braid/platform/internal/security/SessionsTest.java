package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.braid.core.model.OrgType;
import org.braid.core.model.Organization;
import org.braid.core.rest.Role;
import org.braid.platform.internal.network.OrganizationStore;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions and accounts on a real in-memory Derby with the real schema. */
class SessionsTest {
    Database db;
    OrganizationStore orgs;
    Accounts accounts;
    String userId;
    ThrottleTest.Hand clock = new ThrottleTest.Hand();

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabases.memory("sessions" + System.nanoTime());
        orgs = new OrganizationStore(db);
        Organization sea = orgs.create(new Organization(null, OrgType.SEA, "State", null, null, null, null));
        accounts = new Accounts(db, orgs);
        userId = accounts.create(new NewUser("ann", "Ann", "a-long-password", sea.id(), Set.of(Role.SEA_STAFF), List.of())).id();
    }

    @Test
    void aNodeKeepsAnAccountOnlyUntilAnotherNodeChangesIt() {
        Sessions s = new Sessions(db, clock);
        String token = s.open(userId);
        Sessions.Holder held = s.user(token).orElseThrow();
        assertEquals(Set.of(Role.SEA_STAFF), accounts.actor(held.userId(), held.accountVersion()).orElseThrow().roles());

        Accounts otherNode = new Accounts(db, orgs);
        User ann = otherNode.get(userId);
        otherNode.update(userId, new User(userId, ann.username(), ann.displayName(), ann.orgId(), Set.of(Role.VIEWER), List.of(), false, null), ann.version());
        held = s.user(token).orElseThrow();
        assertEquals(Set.of(Role.VIEWER), accounts.actor(held.userId(), held.accountVersion()).orElseThrow().roles(), "the new roles, at once");

        ann = otherNode.get(userId);
        otherNode.update(userId, new User(userId, ann.username(), ann.displayName(), ann.orgId(), Set.of(Role.VIEWER), List.of(), true, null), ann.version());
        assertTrue(s.user(token).isEmpty(), "a disabled account's session has no user");
    }

    @Test
    void aSessionInUseEndsTwelveHoursAfterSignIn() {
        Sessions s = new Sessions(db, clock);
        String token = s.open(userId);
        for (int i = 0; i < 12 * 3 - 1; i++) { // a request every 20 minutes
            clock.now = clock.now.plus(Duration.ofMinutes(20));
            assertTrue(s.user(token).isPresent());
        }
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        assertTrue(s.user(token).isEmpty(), "twelve hours are up");
    }

    @Test
    void aSessionUnusedForTheIdleTimeoutEnds() {
        Sessions s = new Sessions(db, clock, Duration.ofMinutes(30), 10);
        String token = s.open(userId);
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(s.user(token).isPresent(), "a use restarts the idle time");
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertTrue(s.user(token).isPresent());
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(s.user(token).isEmpty(), "idle for 31 minutes");
    }

    @Test
    void signingInBeyondTheCapEndsTheUsersOldestSession() {
        Sessions s = new Sessions(db, clock, Duration.ofMinutes(30), 3);
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(s.open(userId));
            clock.now = clock.now.plusSeconds(1);
        }
        assertTrue(s.user(tokens.get(0)).isEmpty(), "the oldest is dropped");
        for (int i = 1; i < 4; i++) assertTrue(s.user(tokens.get(i)).isPresent());
    }

    @Test
    void aTokenOpensTheSessionUntilItExpires() {
        Sessions s = new Sessions(db, clock, Duration.ofHours(13), 10);
        String token = s.open(userId);
        assertEquals(userId, s.user(token).orElseThrow().userId());
        clock.now = clock.now.plus(Sessions.LIFETIME).minusSeconds(1);
        assertTrue(s.user(token).isPresent());
        clock.now = clock.now.plusSeconds(2);
        assertTrue(s.user(token).isEmpty(), "expired");
    }

    @Test
    void onlyTheHashIsStoredAndSignOutEndsIt() throws Exception {
        Sessions s = new Sessions(db, clock);
        String token = s.open(userId);
        String stored = db.transaction(c -> {
            var rs = c.createStatement().executeQuery("SELECT token_hash FROM braid_session");
            rs.next();
            return rs.getString(1);
        });
        assertNotEquals(token, stored);
        assertEquals(Sessions.hash(token), stored);
        s.close(token);
        assertTrue(s.user(token).isEmpty());
        assertTrue(s.user("made-up").isEmpty());
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsOnly() {
        Sessions s = new Sessions(db, clock);
        String here = s.open(userId), elsewhere = s.open(userId);
        var weak = assertThrows(org.braid.core.model.ValidationException.class, () -> accounts.changeOwnPassword(userId, "password123", Sessions.hash(here)));
        assertEquals("newPassword", weak.violations().get(0).field());
        accounts.changeOwnPassword(userId, "a-fresh-long-secret", Sessions.hash(here));
        assertTrue(s.user(here).isPresent());
        assertTrue(s.user(elsewhere).isEmpty());
        assertTrue(accounts.authenticate("ann", "a-fresh-long-secret").isPresent());
    }

    @Test
    void disablingAUserOrResettingThePasswordEndsTheirSessions() {
        Sessions s = new Sessions(db, clock);
        String token = s.open(userId);
        accounts.resetPassword(userId, "another-long-password");
        assertTrue(s.user(token).isEmpty());
        assertTrue(accounts.authenticate("ann", "another-long-password").isPresent());
        assertTrue(accounts.authenticate("ann", "a-long-password").isEmpty());
        String again = s.open(userId);
        User u = accounts.get(userId);
        accounts.update(userId, new User(null, null, u.displayName(), u.orgId(), u.roles(), u.assigned(), true, null), u.version());
        assertTrue(s.user(again).isEmpty());
        assertTrue(accounts.authenticate("ann", "another-long-password").isEmpty(), "a disabled user cannot sign in");
    }
}
