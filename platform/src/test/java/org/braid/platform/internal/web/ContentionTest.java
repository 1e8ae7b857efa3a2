package org.braid.platform.internal.web;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.braid.core.model.ConflictException;
import org.braid.platform.internal.store.StoreContention;
import org.braid.platform.store.Database;
import org.braid.platform.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** A request whose transaction loses to a concurrent one runs again instead of failing. */
class ContentionTest {

    @Test
    void twoRequestsThatDeadlockBothSucceed() throws Exception {
        Database db = TestDatabases.memory("contention" + System.nanoTime());
        try (Connection c = TestDatabases.connection(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tally (id INT PRIMARY KEY, n INT NOT NULL)");
            s.execute("INSERT INTO tally VALUES (1, 0), (2, 0)");
            if (TestDatabases.store().equals("derby")) { // Derby looks for deadlocks after 20 s by default
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '1')");
            }
            if (!c.getAutoCommit()) c.commit();
        }
        // each takes one row, waits until the other has taken its row, then wants the other's: a deadlock, the first time
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = List.of(1, 2).stream().map(first -> pool.submit(() -> ApiServlet.againOnContention(() -> db.transaction(c -> {
                runs.incrementAndGet();
                bump(c, first);
                bothHoldOne.countDown();
                await(bothHoldOne);
                bump(c, 3 - first);
                return first;
            })))).toList();
            for (Future<Integer> f : done) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(runs.get() >= 3, "one of the two ran again: " + runs.get() + " runs");
        try (Connection c = TestDatabases.connection(db); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT SUM(n) FROM tally")) {
            rs.next();
            assertEquals(4, rs.getInt(1), "both requests' changes are there, each once");
        }
    }

    @Test
    void aTransactionThatKeepsLosingIsA409AfterItsAttempts() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(StoreContention.class, () -> ApiServlet.againOnContention(() -> {
            runs.incrementAndGet();
            throw new StoreContention();
        }));
        assertEquals(ApiServlet.ATTEMPTS, runs.get());
    }

    @Test
    void aConflictWithWhatIsStoredIsNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(ConflictException.class, () -> ApiServlet.againOnContention(() -> {
            runs.incrementAndGet();
            throw new ConflictException("ncesId", "another school has this NCES id");
        }));
        assertEquals(1, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void bump(Connection c, int id) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE tally SET n = n + 1 WHERE id = ?")) {
            ps.setInt(1, id);
            ps.executeUpdate();
        }
    }
}
