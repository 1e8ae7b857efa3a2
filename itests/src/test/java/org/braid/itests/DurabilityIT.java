package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** An acknowledged write is on disk, a write is whole or absent, and a backup restores into a fresh Braid. */
class DurabilityIT {

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndNoneIsHalfWritten() throws Exception {
        try (BraidProcess braid = new BraidProcess("durable", 18293, Path.of("target", "data-durable-" + System.nanoTime()))) {
            braid.start(true);
            Http http = braid.http.as("admin");
            String district = http.orgId("District A");
            List<String> acknowledged = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        Http.Reply school = http.post("/orgs", Http.obj("type", "SCHOOL", "name", "Durable " + i, "parentId", district));
                        if (school.status() != 201) continue;
                        String id = school.text("id");
                        // a direction is many rows (goals, measures, targets): it must land whole or not at all
                        Http.Reply d = http.put("/orgs/" + id + "/direction", direction(3), "\"0\"");
                        if (d.status() == 200) acknowledged.add(id);
                    } catch (RuntimeException killed) {
                        return;
                    }
                }
            });
            writer.start();
            while (acknowledged.size() < 15) Thread.sleep(20);
            braid.kill();
            stop.set(true);
            writer.join(10_000);
            int acked = acknowledged.size();

            braid.start(true);
            Http after = braid.http.as("admin");
            for (String id : acknowledged) {
                assertEquals(200, after.get("/orgs/" + id).status(), "acknowledged school " + id + " lost");
                assertEquals(3, after.get("/orgs/" + id + "/direction").body().path("goals").size(), "acknowledged direction of " + id + " lost");
            }
            JsonNode schools = after.get("/orgs?q=Durable&limit=1000").body().path("items");
            for (JsonNode s : schools) {
                int goals = after.get("/orgs/" + s.path("id").asText() + "/direction").body().path("goals").size();
                assertTrue(goals == 0 || goals == 3, "half-written direction with " + goals + " goals");
                for (JsonNode g : after.get("/orgs/" + s.path("id").asText() + "/direction").body().path("goals")) {
                    assertEquals(1, g.path("measures").size());
                    assertEquals(2, g.path("measures").path(0).path("targets").size());
                }
            }
            assertTrue(schools.size() >= acked);
            System.out.println("durability: " + acked + " acknowledged writes survived SIGKILL; " + schools.size() + " schools found");
        }
    }

    @Test
    void anOnlineBackupRestoresIntoAFreshBraid() throws Exception {
        Path data = Path.of("target", "data-backup-" + System.nanoTime()).toAbsolutePath();
        Path restored = Path.of("target", "data-restored-" + System.nanoTime()).toAbsolutePath();
        JsonNode original;
        String sea;
        try (BraidProcess braid = new BraidProcess("backup", 18294, data)) {
            braid.start(true).awaitDemo();
            Http http = braid.http.as("admin");
            sea = http.orgId("Demo State Department of Education");
            http.post("/orgs", Http.obj("type", "LEA", "name", "District Backup", "parentId", sea));
            original = settled(http, sea);
            Http.Reply backup = http.post("/admin/backup", Http.obj());
            if (!TestStore.URL.isBlank()) {
                // PostgreSQL is backed up with its own tools, as README says: refused here, then pg_dump and a restore
                assertEquals(409, backup.status(), backup.body().toString());
                assertTrue(backup.text("error").contains("pg_dump"), backup.body().toString());
                Path dump = data.resolve("braid.sql");
                Files.createDirectories(data);
                TestStore.run("pg_dump", "--no-owner", "--file=" + dump, TestStore.libpq(braid.database));
                http.post("/orgs", Http.obj("type", "LEA", "name", "District After Backup", "parentId", sea));
                braid.stop();
                String copy = TestStore.newDatabase("restored");
                TestStore.run("psql", "--quiet", "--set=ON_ERROR_STOP=1", "--file=" + dump, TestStore.libpq(copy));
                try (BraidProcess fresh = new BraidProcess("restored", 18295, restored, copy)) {
                    fresh.start(false);
                    assertRestored(fresh, sea, original);
                }
                return;
            }
            assertEquals(201, backup.status(), backup.body().toString());
            assertEquals(403, braid.http.as("sea").post("/admin/backup", Http.obj()).status());
            // written after the backup: must not be in the restored copy
            http.post("/orgs", Http.obj("type", "LEA", "name", "District After Backup", "parentId", sea));
            Path copy = data.resolve(backup.text("relativeToData")).resolve("db");
            assertTrue(Files.isDirectory(copy), copy.toString());
            braid.stop();
            // restore as README says: the backup's db folder becomes the db folder of a data directory
            copyTree(copy, restored.resolve("db"));
        }
        try (BraidProcess fresh = new BraidProcess("restored", 18295, restored)) {
            fresh.start(false);
            assertRestored(fresh, sea, original);
        }
    }

    /**
     * The state's export once the demo has finished loading in the background (its modules fill in their parts a few
     * seconds after Braid is up): two exports a second apart agree.
     */
    private static JsonNode settled(Http http, String sea) throws InterruptedException {
        JsonNode before = http.get("/orgs/" + sea + "/export").body();
        for (int i = 0; i < 60; i++) {
            Thread.sleep(1000);
            JsonNode now = http.get("/orgs/" + sea + "/export").body();
            ((ObjectNode) before).remove("exportedAt");
            ((ObjectNode) now).remove("exportedAt");
            if (now.equals(before)) return now;
            before = now;
        }
        throw new AssertionError("the demo did not settle within a minute");
    }

    /** The restored Braid holds what was there at the backup, and nothing written after it. */
    private static void assertRestored(BraidProcess fresh, String sea, JsonNode original) throws Exception {
        Http http = fresh.http.as("admin");
        JsonNode again = http.get("/orgs/" + sea + "/export").body();
        ((ObjectNode) original).remove("exportedAt");
        ((ObjectNode) again).remove("exportedAt");
        assertEquals(Optional.empty(), firstDifference("", original, again), "the restored state differs from the backed-up one");
        assertEquals(0, http.get("/orgs?q=After%20Backup").body().path("total").asInt());
    }

    /** @return where two documents first differ (a JSON pointer with both values), for a failure CI can show whole */
    static Optional<String> firstDifference(String at, JsonNode a, JsonNode b) {
        if (a.equals(b)) return Optional.empty();
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> keys = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                Optional<String> d = firstDifference(at + "/" + k, a.path(k), b.path(k));
                if (d.isPresent()) return d;
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                Optional<String> d = firstDifference(at + "/" + i, a.get(i), b.get(i));
                if (d.isPresent()) return d;
            }
        }
        return Optional.of(at + ": " + cut(a) + " then " + cut(b));
    }

    private static String cut(JsonNode n) {
        String s = n.toString();
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    static Map<String, Object> direction(int goals) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int g = 0; g < goals; g++) {
            list.add(Map.of("statement", "Goal " + g, "measures", List.of(Map.of("indicator", "Growth", "dataSource", "State assessment",
                    "baseline", "18%", "targets", Map.of("2026-27", "30%", "2027-28", "50%")))));
        }
        return Map.of("mission", "Durable", "goals", list);
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
