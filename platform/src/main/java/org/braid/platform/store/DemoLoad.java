package org.braid.platform.store;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A module's demo data, loaded once in the background after the module starts (unless {@code braid.demo} is
 * {@code false}). An attempt runs in one transaction and says whether the load is decided (loaded now, loaded before,
 * not wanted); it is tried again while what it builds on is not there yet (the platform's demo network, another
 * module's demo) and when it failed, e.g. when its transaction lost to a request served meanwhile: a failed attempt
 * is rolled back whole, so the demo is never left half loaded.
 *
 * @since 1.3
 */
public final class DemoLoad {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoad.class);
    /** Failed attempts after which the load gives up: by then it is a fault, not a busy moment. */
    static final int FAILURES = 5;
    private final Thread thread;

    private DemoLoad(String name, Duration patience, Duration pause, Callable<Boolean> attempt) {
        this.thread = new Thread(() -> run(name, patience, pause, attempt), "braid-" + name + "-demo");
        thread.setDaemon(true);
    }

    /**
     * Starts trying, every {@code pause} for at most {@code patience}.
     *
     * @param name what is loaded, for the log and the thread's name, e.g. {@code planning}
     * @param attempt one transaction; returns whether the load is decided
     */
    public static DemoLoad start(String name, Duration patience, Duration pause, Callable<Boolean> attempt) {
        DemoLoad load = new DemoLoad(name, patience, pause, attempt);
        if (!"false".equalsIgnoreCase(System.getProperty("braid.demo", "true"))) load.thread.start();
        return load;
    }

    /** Stops trying (the module is stopping); an attempt under way is rolled back by its own failure or ends. */
    public void stop() {
        thread.interrupt();
    }

    private static void run(String name, Duration patience, Duration pause, Callable<Boolean> attempt) {
        long deadline = System.nanoTime() + patience.toNanos();
        int failures = 0;
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline) {
            try {
                if (attempt.call()) return;
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) return;
                if (++failures == FAILURES) {
                    LOG.warn("The {} demo is not loaded: {} attempts failed, the last with {}", name, failures, e.toString());
                    return;
                }
                LOG.info("The {} demo's load failed ({}); trying again", name, e.toString());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
