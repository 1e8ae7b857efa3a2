package org.braid.platform.internal.security;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ThrottleTest {
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
        Throttle t = new Throttle(clock, 5);
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
    void theWaitIsCapped() {
        assertEquals(Duration.ofMinutes(15), Throttle.penalty(1000));
    }

    @Test
    void successClearsTheCount() {
        Throttle t = new Throttle(new Hand(), 5);
        for (int i = 0; i < 10; i++) t.failed("user:ann");
        assertFalse(t.wait("user:ann").isZero());
        t.succeeded("user:ann");
        assertTrue(t.wait("user:ann").isZero());
    }
}
