package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The brake on a real store with the real schema. */
class SignInBrakeTest {
    final ThrottleTest.Hand clock = new ThrottleTest.Hand();
    final Database db = TestDatabases.memory("brake" + System.nanoTime());
    final SignInBrake brake = new SignInBrake(db, clock);

    @Test
    void aStrangersFailuresDoNotLockTheOwnerOut() {
        for (int i = 0; i < 10; i++) brake.failed("ann", "203.0.113.9");
        assertFalse(brake.wait("ann", "203.0.113.9").isZero(), "the stranger is slowed down");
        assertFalse(brake.wait("Ann ", "203.0.113.9").isZero(), "whatever the case or spaces");
        assertEquals(Duration.ZERO, brake.wait("ann", "198.51.100.4"), "the owner, from their own address, is not");
    }

    @Test
    void oneAddressGuessingManyUsernamesIsSlowedDown() {
        for (int i = 0; i < SignInBrake.FREE_PER_ADDRESS; i++) brake.failed("user" + i, "203.0.113.9");
        assertFalse(brake.wait("someone-else", "203.0.113.9").isZero());
        assertEquals(Duration.ZERO, brake.wait("someone-else", "198.51.100.4"));
    }

    @Test
    void theGlobalBrakeSlowsGuessingFromManyAddressesButOnlyForAMinute() {
        for (int i = 0; i < SignInBrake.FREE_PER_USER + 30; i++) brake.failed("ann", "10.0." + (i / 200) + "." + (i % 200));
        Duration wait = brake.wait("ann", "198.51.100.4");
        assertFalse(wait.isZero());
        assertTrue(wait.compareTo(SignInBrake.GLOBAL_MAX_WAIT) <= 0, wait.toString());
    }

    @Test
    void failuresAtAnotherNodeCount() {
        SignInBrake otherNode = new SignInBrake(db, clock);
        for (int i = 0; i < 3; i++) brake.failed("ann", "203.0.113.9");
        for (int i = 0; i < 3; i++) otherNode.failed("ann", "203.0.113.9");
        assertFalse(brake.wait("ann", "203.0.113.9").isZero());
        assertFalse(otherNode.wait("ann", "203.0.113.9").isZero());
    }

    @Test
    void aFailureInATransactionRolledBackIsNotCounted() {
        for (int i = 0; i < 4; i++) brake.failed("ann", "203.0.113.9");
        assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
            brake.failed("ann", "203.0.113.9");
            throw new IllegalStateException("the request failed");
        }));
        assertEquals(Duration.ZERO, brake.wait("ann", "203.0.113.9"), "it joined the request's transaction");
    }

    @Test
    void aSuccessClearsTheOwnersOwnCount() {
        for (int i = 0; i < 6; i++) brake.failed("ann", "198.51.100.4");
        clock.now = clock.now.plusSeconds(60);
        brake.succeeded("ann", "198.51.100.4");
        brake.failed("ann", "198.51.100.4");
        assertEquals(Duration.ZERO, brake.wait("ann", "198.51.100.4"));
    }
}
