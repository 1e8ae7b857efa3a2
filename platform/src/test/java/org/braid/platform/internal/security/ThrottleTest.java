package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** The throttle on a real store with the real schema. */
class ThrottleTest {
    final Database db = TestDatabases.memory("throttle" + System.nanoTime());

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void theFirstFailuresCostNothingThenTheWaitDoubles() {
        Hand clock = new Hand();
        Throttle t = new Throttle(db, clock, "user", 5);
        for (int i = 0; i < 5 - 1; i++) t.failed("user:ann");
        assertEquals(Duration.ZERO, t.wait("user:ann"));
        t.failed("user:ann");
        assertEquals(Duration.ofSeconds(1), t.wait("user:ann"));
        t.failed("user:ann");
        assertEquals(Duration.ofSeconds(2), t.wait("user:ann"));
        clock.now = clock.now.plusSeconds(2);
        assertEquals(Duration.ZERO, t.wait("user:ann"));
        assertEquals(Duration.ZERO, t.wait("user:bob"), "other keys are not slowed");
    }

    @Test
    void nodesSharingTheStoreCountTheSameFailures() {
        Hand clock = new Hand();
        Throttle one = new Throttle(db, clock, "user", 5);
        Throttle other = new Throttle(db, clock, "user", 5);
        for (int i = 0; i < 3; i++) one.failed("ann");
        for (int i = 0; i < 3; i++) other.failed("ann");
        assertEquals(Duration.ofSeconds(2), one.wait("ann"), "six failures, three at each node");
        other.succeeded("ann");
        assertEquals(Duration.ZERO, one.wait("ann"));
    }

    @Test
    void keysOfDifferentKindsNeverMeet() {
        Hand clock = new Hand();
        Throttle users = new Throttle(db, clock, "user", 5);
        for (int i = 0; i < 10; i++) users.failed("10.0.0.1");
        assertEquals(Duration.ZERO, new Throttle(db, clock, "address", 5).wait("10.0.0.1"));
    }

    @Test
    void aKeyWithoutFailuresForADayIsForgotten() {
        Hand clock = new Hand();
        Throttle t = new Throttle(db, clock, "user", 5);
        for (int i = 0; i < 10; i++) t.failed("ann");
        clock.now = clock.now.plus(Throttle.FORGET_AFTER).minusSeconds(1);
        Throttle.sweep(db, clock.now);
        t.failed("ann");
        assertEquals(Duration.ofSeconds(64), t.wait("ann"), "eleven failures: still counted");
        clock.now = clock.now.plus(Throttle.FORGET_AFTER).plusSeconds(1);
        Throttle.sweep(db, clock.now);
        for (int i = 0; i < 5; i++) t.failed("ann");
        assertEquals(Duration.ofSeconds(1), t.wait("ann"), "five failures since it was forgotten");
    }

    @Test
    void failuresCountedAtOnceAreAllKept() throws Exception {
        Throttle t = new Throttle(db, new Hand(), "user", 1000);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 40; i++) done.add(pool.submit(() -> t.failed("ann")));
            for (var f : done) f.get();
        } finally {
            pool.shutdown();
        }
        Throttle strict = new Throttle(db, new Hand(), "user", 40);
        assertEquals(Duration.ofSeconds(1), strict.wait("ann"), "forty failures, none lost");
    }

    @Test
    void theWaitIsCapped() {
        assertEquals(Duration.ofMinutes(15), Throttle.penalty(1000));
    }

    @Test
    void successClearsTheCount() {
        Throttle t = new Throttle(db, new Hand(), "user", 5);
        for (int i = 0; i < 10; i++) t.failed("user:ann");
        assertFalse(t.wait("user:ann").isZero());
        t.succeeded("user:ann");
        assertTrue(t.wait("user:ann").isZero());
    }
}
