package org.braid.platform.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.braid.platform.store.Database;

/**
 * Slows down password guessing without handing a stranger the power to lock an owner out. Failures
 * count per username and address together (5 free, then doubling waits up to 15 minutes), per
 * address (50 free: a district's users may share one), and per username from anywhere: the global
 * brake against guessing from many addresses (100 free, waits of at most a minute). A stranger's
 * failures from their address thus slow down that address, not the owner signing in from theirs.
 * The counts are in the store, so they add up across every node that shares it.
 */
final class SignInBrake {
    static final int FREE_PER_USER_AND_ADDRESS = 5;
    static final int FREE_PER_ADDRESS = 50;
    static final int FREE_PER_USER = 100;
    static final Duration GLOBAL_MAX_WAIT = Duration.ofMinutes(1);

    /** Forgotten keys are swept at most this often by each node. */
    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private final Clock clock;
    private final Throttle userAtAddress;
    private final Throttle address;
    private final Throttle user;
    private volatile Instant swept = Instant.MIN;

    SignInBrake(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        userAtAddress = new Throttle(db, clock, "user-at-address", FREE_PER_USER_AND_ADDRESS);
        address = new Throttle(db, clock, "address", FREE_PER_ADDRESS);
        user = new Throttle(db, clock, "user", FREE_PER_USER, GLOBAL_MAX_WAIT);
    }

    /** @return how long this username must still wait from this address; zero when it may try now */
    Duration wait(String username, String from) {
        Duration w = userAtAddress.wait(key(username, from));
        w = max(w, address.wait(from));
        return max(w, user.wait(name(username)));
    }

    /** Counts a failure; always in this order, so two transactions counting at once never wait for each other in a circle. */
    void failed(String username, String from) {
        userAtAddress.failed(key(username, from));
        address.failed(from);
        user.failed(name(username));
        Instant now = clock.instant();
        if (swept.plus(SWEEP_EVERY).isBefore(now)) {
            swept = now;
            Throttle.sweep(db, now);
        }
    }

    void succeeded(String username, String from) {
        userAtAddress.succeeded(key(username, from));
    }

    private static String name(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String key(String username, String from) {
        return name(username) + "@" + from;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
