package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two nodes from one installation on one PostgreSQL, behind nginx as a round-robin proxy on loopback, as README's
 * "Running in production" describes: a user works through the proxy, and one node is killed in the middle of a stream
 * of writes while the other keeps serving.
 */
class MultiNodeIT {
    private static final String NGINX = "/usr/sbin/nginx";

    @Test
    void twoNodesBehindNginxServeOneBraidAndSurviveTheLossOfOne() throws Exception {
        Assumptions.assumeFalse(TestStore.URL.isBlank(),
                "two nodes need one shared server database: runs on PostgreSQL only (-Dbraid.pg.url=...); embedded Derby belongs to one process");
        assertTrue(Files.isExecutable(Path.of(NGINX)), "nginx is not installed (apt-get install nginx)");
        Path run = Path.of("target", "multinode-" + System.nanoTime()).toAbsolutePath();
        // fixed ports below the ephemeral range: a port found free by bind(0) can be taken, before the second node binds it,
        // as the local port of one of the first node's connections to PostgreSQL
        int port1 = 18981;
        int port2 = 18982;
        int proxyPort = 18983;
        try (BraidProcess one = new BraidProcess("node1", port1, run.resolve("node1"));
             BraidProcess two = one.anotherNode(port2, run.resolve("node2"))) {
            // the proxy is the only client whose X-Forwarded-For the nodes believe, as README says
            Files.writeString(one.home.resolve("etc/org.braid.web.cfg"), "trustedProxies = 127.0.0.1\n");
            // nodes starting at once from one installation must not write into its files: one would read another's half-written
            java.util.Map<Path, String> etc = files(one.home.resolve("etc"));
            // both start at once: migrations and the demo load take turns under advisory locks
            List<Throwable> secondFailed = new CopyOnWriteArrayList<>();
            Thread second = new Thread(() -> {
                try {
                    two.start(true);
                } catch (Exception | AssertionError e) {
                    secondFailed.add(e);
                }
            });
            second.start();
            long t0 = System.nanoTime();
            one.start(true);
            System.out.println("multinode: first node up after " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) + " s");
            second.join(TimeUnit.SECONDS.toMillis(240)); // longer than start() itself waits, so its own failure is what we see
            System.out.println("multinode: second node up after " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) + " s");
            assertFalse(second.isAlive(), () -> "the second node is still starting after 4 minutes\n" + two.logTail());
            assertTrue(secondFailed.isEmpty(), () -> "the second node came up: " + secondFailed + "\n" + two.logTail());
            // start() saw it UP; a moment later it must still be (if not at once, the wait is printed and the test goes on)
            long t1 = System.nanoTime();
            Http.Reply health = two.http.await("/health", r -> r.status() == 200 && r.text("status").equals("UP"), Duration.ofSeconds(60));
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1);
            if (waited > 1000) System.out.println("multinode: the second node answered UP again after " + waited + " ms\n" + two.logTail());
            assertNotNull(health, () -> "the second node does not answer\n" + two.logTail());
            assertEquals("UP", health.text("status"), () -> "the second node is up: " + health.status() + " " + health.body() + "\n" + two.logTail());
            // (Karaf's features may add a file that is missing, such as Pax Web's jetty.xml: only the files there are compared)
            java.util.Map<Path, String> etcAfter = files(one.home.resolve("etc"));
            assertEquals(List.of(), etc.keySet().stream().filter(f -> !etc.get(f).equals(etcAfter.get(f))).toList(),
                    "files of the installation's etc/ that starting the nodes wrote");
            assertTrue(one.handle().orElseThrow().info().arguments().map(List::of).orElse(List.of()).contains("-Xmx1024M"),
                    "bin/setenv gives the JVM a 1 GiB heap by default");

            try (Nginx proxy = new Nginx(run.resolve("nginx"), proxyPort, port1, port2)) {
                Http http = new Http(proxyPort).as("admin");
                Http atOne = http.via(port1);
                Http atTwo = http.via(port2);

                // a session signed in through the proxy works at both nodes
                assertEquals("admin", atOne.get("/session").text("username"));
                assertEquals("admin", atTwo.get("/session").text("username"));

                // a write at one node is read at the other at once, and through the proxy
                String district = http.orgId("District A");
                long schoolsAtTwo = atTwo.get("/orgs?type=SCHOOL&limit=1").body().path("total").asLong(); // counted and kept at two
                Http.Reply made = atOne.post("/orgs", Http.obj("type", "SCHOOL", "name", "Written At One", "parentId", district));
                assertEquals(201, made.status(), made.body().toString());
                assertEquals(schoolsAtTwo + 1, atTwo.get("/orgs?type=SCHOOL&limit=1").body().path("total").asLong(),
                        "the total kept at the other node is counted again");
                String id = made.text("id");
                assertEquals("Written At One", atTwo.get("/orgs/" + id).text("name"));
                Http.Reply renamed = atTwo.put("/orgs/" + id, Http.obj("type", "SCHOOL", "name", "Renamed At Two", "parentId", district), made.etag());
                assertEquals(200, renamed.status(), renamed.body().toString());
                assertEquals("Renamed At Two", atOne.get("/orgs/" + id).text("name"));
                Http.Reply stale = atOne.put("/orgs/" + id, Http.obj("type", "SCHOOL", "name", "Stale At One", "parentId", district), made.etag());
                assertEquals(412, stale.status(), "a stale version is refused at the other node too");
                for (int i = 0; i < 4; i++) assertEquals("Renamed At Two", http.get("/orgs/" + id).text("name"));

                signInThrottlingCountsAcrossNodes(proxyPort, port1, port2);
                aModuleTurnedOffAtOneNodeIsOffAtTheOtherWithinFiveSeconds(atOne, atTwo);
                aModuleInstalledAtOneNodeIsInstalledAtTheOther(atOne, atTwo);
                nothingAcknowledgedIsLostWhenANodeDies(http, one, district);
            }
        }
    }

    /** @return each file of the folder with its content's SHA-256 and its time of last change (a rewrite is a write too) */
    private static java.util.Map<Path, String> files(Path dir) throws Exception {
        java.util.Map<Path, String> out = new java.util.TreeMap<>();
        try (var list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                out.put(f.getFileName(), java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)))
                        + " " + Files.getLastModifiedTime(f));
            }
        }
        return out;
    }

    /**
     * Six failures through the proxy, spread over both nodes, slow the next attempt down at both: counted per node, neither
     * would have reached the five free ones, or one of them would not have seen the failures at all.
     */
    private static void signInThrottlingCountsAcrossNodes(int proxyPort, int port1, int port2) throws InterruptedException {
        Http anonymous = new Http(proxyPort);
        for (int i = 0; i < 6; i++) {
            if (i == 5) Thread.sleep(1_100); // five free, then a wait of 1 s before the sixth may be tried
            Http.Reply r = anonymous.post("/session", Http.obj("username", "school-a", "password", "not-the-password"));
            assertEquals(401, r.status(), "failure " + (i + 1) + ": " + r.body());
        }
        // six failures: the next try must wait 2 s, at whichever node it comes to
        for (int port : new int[] {port1, port2}) {
            Http.Reply r = new Http(port).post("/session", Http.obj("username", "school-a", "password", Http.DEMO_PASSWORD));
            assertEquals(429, r.status(), "node on port " + port + " counts the failures made at both nodes: " + r.body());
        }
        assertEquals(201, anonymous.post("/session", Http.obj("username", "coach", "password", Http.DEMO_PASSWORD)).status(),
                "another user is not slowed down");
    }

    private static void aModuleTurnedOffAtOneNodeIsOffAtTheOtherWithinFiveSeconds(Http atOne, Http atTwo) throws Exception {
        assertEquals("ACTIVE", atTwo.get("/admin/modules/monitoring").text("state"));
        assertEquals(200, atOne.put("/admin/modules/monitoring", Http.obj("enabled", false), null).status());
        long t0 = System.nanoTime();
        Http.Reply off = atTwo.await("/admin/modules/monitoring", r -> r.text("state").equals("DISABLED"), Duration.ofSeconds(5));
        assertEquals("DISABLED", off.text("state"), "turned off at the other node within 5 s");
        // its bundles stop just after the switch is read: the API goes within the same five seconds
        Http.Reply gone = atTwo.await("/monitoring/rollup", r -> r.status() == 404,
                Duration.ofNanos(Math.max(1, TimeUnit.SECONDS.toNanos(5) - (System.nanoTime() - t0))));
        assertEquals(404, gone.status(), "its API is gone at the other node within 5 s");
        System.out.println("multinode: module off at the other node after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");

        assertEquals(200, atTwo.put("/admin/modules/monitoring", Http.obj("enabled", true), null).status());
        t0 = System.nanoTime();
        Http.Reply on = atOne.await("/admin/modules/monitoring", r -> r.text("state").equals("ACTIVE"), Duration.ofSeconds(5));
        assertEquals("ACTIVE", on.text("state"), "turned on again at the first node within 5 s");
        System.out.println("multinode: module on at the other node after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
        // the node whose change it was must not flip back when it reads its own change
        Thread.sleep(3 * 1000);
        assertEquals("ACTIVE", atTwo.get("/admin/modules/monitoring").text("state"));
        assertEquals("ACTIVE", atOne.get("/admin/modules/monitoring").text("state"));
    }

    /** A state pack installed at one node runs at the other within seconds, and uninstalled there, goes at the first. */
    private static void aModuleInstalledAtOneNodeIsInstalledAtTheOther(Http atOne, Http atTwo) throws Exception {
        byte[] kar = StatePackIT.kar("braid.sfss.kar");
        Http.Reply installed = atOne.raw("POST", "/admin/modules", StatePackIT.KAR, kar);
        assertEquals(201, installed.status(), installed.body().toString());
        long t0 = System.nanoTime();
        Http.Reply there = atTwo.await("/admin/modules/sfss", r -> r.status() == 200 && r.text("state").equals("ACTIVE"), Duration.ofSeconds(60));
        assertEquals("ACTIVE", there.text("state"), () -> "installed at the other node: " + there.status() + " " + there.body());
        System.out.println("multinode: module installed at the other node after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
        assertEquals(200, atTwo.await("/frameworks/sfss/crosswalk/four-domains", r -> r.status() == 200, Duration.ofSeconds(30)).status(),
                "its API answers at the other node");
        assertEquals(409, atTwo.raw("POST", "/admin/modules", StatePackIT.KAR, kar).status(), "it is installed there already");

        Http.Reply module = atTwo.get("/admin/modules/sfss");
        assertEquals(204, atTwo.delete("/admin/modules/sfss", module.etag()).status());
        t0 = System.nanoTime();
        Http.Reply gone = atOne.await("/admin/modules/sfss", r -> r.status() == 404, Duration.ofSeconds(60));
        assertEquals(404, gone.status(), () -> "uninstalled at the first node: " + gone.body());
        System.out.println("multinode: module uninstalled at the other node after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
    }

    /** SIGKILL of one node amid writes through the proxy: the other keeps serving, and every acknowledged write is there. */
    private static void nothingAcknowledgedIsLostWhenANodeDies(Http http, BraidProcess one, String district) throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<Integer> refused = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int i = 0; !stop.get(); i++) {
                try {
                    Http.Reply school = http.post("/orgs", Http.obj("type", "SCHOOL", "name", "Stream " + i, "parentId", district));
                    if (school.status() != 201) {
                        refused.add(school.status()); // e.g. 502: the request was under way at the node that died
                        continue;
                    }
                    String id = school.text("id");
                    Http.Reply d = http.put("/orgs/" + id + "/direction", DurabilityIT.direction(2), "\"0\"");
                    if (d.status() == 200) acknowledged.add(id);
                    else refused.add(d.status());
                } catch (RuntimeException e) {
                    refused.add(-1);
                }
            }
        });
        writer.start();
        while (acknowledged.size() < 20) Thread.sleep(20);
        one.kill();
        int atKill = acknowledged.size();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < atKill + 30 && System.nanoTime() < end) Thread.sleep(50);
        stop.set(true);
        writer.join(30_000);
        assertTrue(acknowledged.size() >= atKill + 30, "the other node kept serving: " + (acknowledged.size() - atKill)
                + " writes acknowledged after the kill; refused " + refused);

        for (String id : acknowledged) {
            assertEquals(200, http.get("/orgs/" + id).status(), "acknowledged school " + id + " lost");
            assertEquals(2, http.get("/orgs/" + id + "/direction").body().path("goals").size(), "acknowledged direction of " + id + " lost");
        }
        for (JsonNode s : http.get("/orgs?q=Stream&limit=1000").body().path("items")) {
            int goals = http.get("/orgs/" + s.path("id").asText() + "/direction").body().path("goals").size();
            assertTrue(goals == 0 || goals == 2, "half-written direction with " + goals + " goals");
        }
        System.out.println("multinode: " + acknowledged.size() + " acknowledged writes (" + atKill + " before the kill) all found; refused "
                + refused);
    }

    /** Debian's nginx as a round-robin proxy on loopback, with its own prefix, configuration, pid and logs, not as root. */
    private static final class Nginx implements AutoCloseable {
        private final Path dir;
        private final Process process;

        Nginx(Path dir, int port, int... upstreams) throws IOException, InterruptedException {
            this.dir = dir;
            Files.createDirectories(dir.resolve("logs"));
            StringBuilder servers = new StringBuilder();
            for (int u : upstreams) servers.append("        server 127.0.0.1:").append(u).append(" max_fails=1 fail_timeout=10s;\n");
            Files.writeString(dir.resolve("nginx.conf"), """
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log warn;
                    events { worker_connections 256; }
                    http {
                        access_log %1$s/logs/access.log;
                        client_body_temp_path %1$s/client_body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        upstream braid {
                    %2$s    }
                        server {
                            listen 127.0.0.1:%3$d;
                            client_max_body_size 20m;
                            location / {
                                proxy_pass http://braid;
                                proxy_set_header Host $http_host;
                                proxy_set_header X-Forwarded-Proto $scheme;
                                proxy_set_header X-Forwarded-For $remote_addr;
                                proxy_connect_timeout 2s;
                                proxy_read_timeout 120s;
                                # a node that refuses the connection (down) or fails before answering: the next one. nginx
                                # never resends a POST or PATCH once it reached a node (no non_idempotent), which may have
                                # written it; idempotent methods (GET, PUT, DELETE with If-Match) are safe to resend
                                proxy_next_upstream error timeout;
                                proxy_next_upstream_tries 2;
                            }
                        }
                    }
                    """.formatted(dir, servers, port));
            // never as root: when the tests run as root, nginx runs as nobody, in a folder nobody may write
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            if (root) Files.setPosixFilePermissions(dir.resolve("logs"), PosixFilePermissions.fromString("rwxrwxrwx"));
            List<String> command = new java.util.ArrayList<>(List.of(NGINX, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-e", dir.resolve("logs/error.log").toString(), "-g", "daemon off;"));
            if (root) command.addAll(0, List.of("runuser", "-u", "nobody", "--"));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile()).start();
            Http.Reply up = new Http(port).await("/health", r -> r.status() == 200, Duration.ofSeconds(20));
            if (up == null || up.status() != 200) {
                close();
                throw new IllegalStateException("nginx did not come up: " + Files.readString(dir.resolve("console.log")));
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
            System.out.println("multinode: nginx logs in " + dir.resolve("logs"));
        }
    }
}
