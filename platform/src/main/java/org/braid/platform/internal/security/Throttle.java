package org.braid.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down repeated failures for a key (see {@link SignInBrake}): after {@code free} failures each
 * further attempt must wait twice as long as the one before (1 s, 2 s, ... up to a maximum). A
 * success clears the key. Kept in memory: per node, reset by restart.
 */
final class Throttle {
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int free;
    private final Duration maxWait;

    Throttle(Clock clock, int free) {
        this(clock, free, MAX_WAIT);
    }

    Throttle(Clock clock, int free, Duration maxWait) {
        this.clock = clock;
        this.free = free;
        this.maxWait = maxWait;
    }

    /** @return how long the caller must still wait before trying this key again; zero when it may try now */
    Duration wait(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free) return Duration.ZERO;
        Duration penalty = min(penalty(f.count() - free), maxWait);
        Duration left = Duration.between(clock.instant(), f.last().plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(String key) {
        Instant now = clock.instant();
        failures.merge(key, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        if (failures.size() > 100_000) failures.clear(); // bounded: a flood of addresses must not exhaust memory
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** @param over failures beyond the free ones, 0 for the first slowed attempt */
    static Duration penalty(int over) {
        int doublings = Math.min(over, 20);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }
}
