package org.braid.platform.store;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.braid.core.model.ConflictException;
import org.junit.jupiter.api.Test;

class DemoLoadTest {

    @Test
    void aLoadThatFailsOnABusyMomentIsTriedAgainUntilItIsDecided() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch decided = new CountDownLatch(1);
        DemoLoad.start("test", Duration.ofSeconds(30), Duration.ofMillis(1), () -> {
            int n = attempts.incrementAndGet();
            if (n <= 2) return false; // what it builds on is not there yet
            if (n <= 4) throw new ConflictException("request", "another change to the same records was under way; try again");
            decided.countDown();
            return true;
        });
        assertTrue(decided.await(10, TimeUnit.SECONDS));
        Thread.sleep(50);
        assertEquals(5, attempts.get(), "not tried again once decided");
    }

    @Test
    void aLoadThatKeepsFailingGivesUp() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        DemoLoad.start("failing", Duration.ofSeconds(30), Duration.ofMillis(1), () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a fault");
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (attempts.get() < DemoLoad.FAILURES && System.nanoTime() < until) Thread.sleep(5);
        Thread.sleep(100);
        assertEquals(DemoLoad.FAILURES, attempts.get());
    }

    @Test
    void aStoppedLoadTriesNoMore() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        DemoLoad load = DemoLoad.start("stopped", Duration.ofSeconds(30), Duration.ofMillis(20), () -> attempts.incrementAndGet() < 0);
        Thread.sleep(100);
        load.stop();
        Thread.sleep(50);
        int after = attempts.get();
        Thread.sleep(200);
        assertEquals(after, attempts.get());
        assertTrue(after > 0);
    }
}
