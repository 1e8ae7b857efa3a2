package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The operator's braid:* commands through {@code bin/client} against the real distribution with the ssh console
 * turned on, each checked through the HTTP API; and no ssh port without the setting.
 */
class ShellIT {
    private static final String OPERATOR_PASSWORD = "operator-secret-7";

    @Test
    void operatorCommandsChangeWhatTheApiServes() throws Exception {
        Path exportFile = Path.of("target", "shell-export-" + System.nanoTime() + ".json").toAbsolutePath();
        try (BraidProcess a = new BraidProcess("shell-a", 18791, Path.of("target", "data-shell-a-" + System.nanoTime()));
             BraidProcess b = new BraidProcess("shell-b", 18792, Path.of("target", "data-shell-b-" + System.nanoTime()))) {
            sshPort(b, 18802);
            b.start(false);
            assertFalse(listening(18802), "without BRAID_SSH no ssh console listens");
            assertTrue(Files.readString(b.home.resolve("etc/users.properties")).lines().allMatch(l -> l.isBlank() || l.startsWith("#")),
                    "no Karaf user without BRAID_SSH");
            b.stop();

            // the console on without a password: Braid refuses to start, and nothing listens
            ProcessBuilder noPassword = new ProcessBuilder(b.home.resolve("bin/karaf").toString(), "server").redirectErrorStream(true);
            noPassword.environment().remove("BRAID_SSH_PASSWORD");
            noPassword.environment().put("BRAID_SSH", "true");
            noPassword.environment().put("BRAID_PORT", "18792");
            noPassword.environment().put("BRAID_DATA", b.data.toString());
            Process refused = noPassword.start();
            String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(refused.waitFor(60, TimeUnit.SECONDS), "bin/karaf returns at once");
            assertNotEquals(0, refused.exitValue(), said);
            assertTrue(said.contains("BRAID_SSH_PASSWORD"), said);
            assertFalse(listening(18802));
            assertFalse(listening(18792));

            sshPort(a, 18801);
            a.env.put("BRAID_SSH", "true");
            a.env.put("BRAID_SSH_PASSWORD", OPERATOR_PASSWORD);
            a.start(true);
            Http admin = a.http.as("admin");

            String store = shell(a, 18801, "braid:store");
            assertTrue(store.contains("store:   " + TestStore.name()), store);
            assertEquals(TestStore.name(), a.http.get("/health").text("store"), "the store health names");
            assertTrue(shell(a, 18801, "braid:modules").contains("monitoring"));

            // a module off: its operations are gone; on again: they serve
            assertEquals(200, admin.get("/monitoring/calendar").status());
            assertTrue(shell(a, 18801, "braid:module-disable monitoring").contains("off"));
            assertEquals("DISABLED", LifecycleIT.module(admin, "monitoring").path("state").asText());
            assertEquals(404, admin.get("/monitoring/calendar").status());
            shell(a, 18801, "braid:module-enable monitoring");
            assertEquals(200, admin.await("/monitoring/calendar", r -> r.status() == 200, java.time.Duration.ofSeconds(30)).status());

            // users: bad input is a message naming the field, not a stack trace
            String district = admin.orgId("District A");
            String bad = shell(a, 18801, "braid:user-add --role viewer --org " + district + " ops-viewer short");
            assertTrue(bad.contains("password"), bad);
            assertFalse(bad.contains("Exception") || bad.contains("\tat "), bad);
            assertTrue(shell(a, 18801, "braid:user-add --role viewer --org " + district + " --name Ops ops-viewer watch-the-district-9").contains("created"));
            a.http.as("ops-viewer", "watch-the-district-9"); // signs in, or fails the test
            assertTrue(shell(a, 18801, "braid:users").contains("ops-viewer"));
            shell(a, 18801, "braid:user-password ops-viewer a-fresh-password-12");
            assertEquals(401, a.http.post("/session", Http.obj("username", "ops-viewer", "password", "watch-the-district-9")).status());
            a.http.as("ops-viewer", "a-fresh-password-12");
            shell(a, 18801, "braid:user-disable ops-viewer");
            assertEquals(401, a.http.post("/session", Http.obj("username", "ops-viewer", "password", "a-fresh-password-12")).status());
            assertTrue(shell(a, 18801, "braid:user-disable nobody-here").contains("nobody-here"));

            // backup: a complete database under the data directory
            String backup = shell(a, 18801, "braid:backup");
            Path dir = Path.of(backup.substring(backup.indexOf("backup in ") + 10).strip().lines().findFirst().orElseThrow());
            assertTrue(Files.isDirectory(dir.resolve("db")), backup);

            // export to a file, import into another Braid
            String sea = admin.orgId("Demo State Department of Education");
            String export = shell(a, 18801, "braid:export " + sea + " " + exportFile);
            assertTrue(export.contains("exported "), export);
            JsonNode exported = Http.JSON.readTree(exportFile.toFile());
            assertEquals(sea, exported.path("rootOrgId").asText());
            assertTrue(shell(a, 18801, "braid:export " + sea + " " + exportFile).contains("exists"), "an export never overwrites a file");

            // every change above is in the audit trail with the operator as actor
            JsonNode trail = admin.get("/audit?limit=100").body().path("items");
            long byOperator = 0;
            for (JsonNode e : trail) if (e.path("username").asText().equals("karaf:braid")) byOperator++;
            assertEquals(6, byOperator, trail.toString());
            a.stop();

            sshPort(b, 18802);
            b.env.put("BRAID_SSH", "true");
            b.env.put("BRAID_SSH_PASSWORD", OPERATOR_PASSWORD);
            b.start(false);
            int organizations = exported.path("sections").path("core").path("organizations").size();
            assertTrue(export.contains("exported " + organizations + " organizations"), export);
            String imported = shell(b, 18802, "braid:import " + exportFile);
            assertTrue(imported.contains("imported " + organizations + " organizations"), imported);
            Http adminB = b.http.as("admin", BraidProcess.ADMIN_PASSWORD);
            assertEquals("Demo State Department of Education", adminB.get("/orgs/" + sea).text("name"));
            String again = shell(b, 18802, "braid:import " + exportFile);
            assertFalse(again.contains("imported"), "a second import conflicts and changes nothing: " + again);
        } finally {
            Files.deleteIfExists(exportFile);
        }
    }

    /** Runs one command through bin/client as the operator and returns what it printed. */
    private static String shell(BraidProcess p, int port, String command) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(p.home.resolve("bin/client").toString(), "-h", "127.0.0.1", "-a", String.valueOf(port), "-u", "braid",
                "-p", OPERATOR_PASSWORD, "-r", "10", "-b").redirectErrorStream(true).start();
        client.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(client.waitFor(60, TimeUnit.SECONDS), command);
        return out;
    }

    private static void sshPort(BraidProcess p, int port) throws IOException {
        Path cfg = p.home.resolve("etc/org.apache.karaf.shell.cfg");
        Files.writeString(cfg, Files.readString(cfg).replaceAll("(?m)^sshPort = .*$", "sshPort = " + port));
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
