package org.braid.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The distribution unpacked and started the way an administrator does: {@code bin/karaf server} with BRAID_* settings. */
final class BraidProcess implements AutoCloseable {
    /** The first administrator's password when started without the demo. */
    static final String ADMIN_PASSWORD = "first-secret-of-braid";

    final Path home;
    final Path data;
    final int port;
    final Http http;
    /** Further settings for the next starts, e.g. BRAID_SSH. */
    final java.util.Map<String, String> env = new java.util.HashMap<>();
    /** The PostgreSQL database of this Braid (kept across restarts), or empty on Derby. */
    final String database;
    private Process process;

    BraidProcess(String name, int port, Path data) throws IOException, InterruptedException {
        this(name, port, data, TestStore.newDatabase(name));
    }

    /** @param database the PostgreSQL database to run on (e.g. one restored from a dump), or empty on Derby */
    BraidProcess(String name, int port, Path data, String database) throws IOException, InterruptedException {
        this.home = Path.of("target", "braid-" + name).toAbsolutePath();
        this.data = data.toAbsolutePath();
        this.port = port;
        this.http = new Http(port);
        this.database = database;
        unpack();
    }

    /** Another Braid from this one's installation, with a data directory of its own, on the given database. */
    private BraidProcess(BraidProcess installation, int port, Path data, String database) {
        this.home = installation.home;
        this.data = data.toAbsolutePath();
        this.port = port;
        this.http = new Http(port);
        this.database = database;
    }

    /** @return a second Braid run from this one's installation (bin/karaf of the same home), not started yet */
    BraidProcess sameInstallation(String name, int port, Path data) {
        return new BraidProcess(this, port, data, TestStore.newDatabase(name));
    }

    /** @return another node of this Braid: the same installation and database, its own data directory; not started yet */
    BraidProcess anotherNode(int port, Path data) {
        return new BraidProcess(this, port, data, database);
    }

    /** @return the running JVM (for its command line), or empty when stopped */
    java.util.Optional<ProcessHandle> handle() {
        return java.util.Optional.ofNullable(process).map(Process::toHandle);
    }

    private void unpack() throws IOException, InterruptedException {
        if (Files.exists(home)) { // always the distribution just built, never one left from an earlier run
            try (var walk = Files.walk(home)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        {
            Files.createDirectories(home);
            String tarball = new File(System.getProperty("braid.tarball")).getAbsolutePath();
            run(new ProcessBuilder("tar", "xzf", tarball, "--strip-components=1", "-C", home.toString()));
        }
    }

    /** Starts Braid and waits until health is UP with every module ACTIVE. */
    BraidProcess start(boolean demo) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        pb.environment().put("BRAID_PORT", String.valueOf(port));
        pb.environment().put("BRAID_DATA", data.toString());
        pb.environment().put("BRAID_DEMO", String.valueOf(demo));
        pb.environment().put("BRAID_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().putAll(env);
        // PostgreSQL by the environment, as an administrator sets it (one database per data directory), else Derby
        if (!TestStore.URL.isBlank()) {
            pb.environment().put("BRAID_DB_URL", database);
            pb.environment().put("BRAID_DB_USER", TestStore.USER);
            pb.environment().put("BRAID_DB_PASSWORD", TestStore.PASSWORD);
        }
        pb.environment().put("KARAF_EXEC", "exec"); // java replaces the script, so SIGTERM reaches Karaf itself
        process = pb.start();
        // up, and no module still starting (a module turned off stays DISABLED); a machine busy with other builds takes minutes
        Http.Reply r = http.await("/health", x -> {
            if (x.status() != 200 || x.body().path("modules").size() != 5) return false;
            for (var m : x.body().path("modules")) if (!m.path("state").asText().matches("ACTIVE|DISABLED")) return false;
            return true;
        }, Duration.ofSeconds(180));
        if (r == null || r.status() != 200) {
            throw new IllegalStateException("Braid in " + home + " did not come up; see " + data.resolve("karaf/log/karaf.log")
                    + " and " + console() + "\n" + logTail());
        }
        // components register one by one: wait until sign-in is served too
        http.await("/session", x -> x.status() == 401, Duration.ofSeconds(30));
        return this;
    }

    /** The lines each part of Braid logs once it has written its share of the demo (in its transaction, just before it commits). */
    private static final List<String> DEMO_LOADED = List.of("Loaded the demo state", "Loaded the demo plans", "Loaded the demo needs assessments",
            "Loaded the demo's status reports", "Loaded the demo coach's comments", "Loaded District A's demo self-reflection");

    /** Waits until every module has logged that its part of the demo is loaded: they load in the background after Braid is up. */
    BraidProcess awaitDemo() throws IOException, InterruptedException {
        Path log = data.resolve("karaf/log/karaf.log");
        for (int i = 0; i < 240; i++) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (DEMO_LOADED.stream().allMatch(text::contains)) return this;
            Thread.sleep(500);
        }
        throw new IllegalStateException("the demo did not finish loading in two minutes\n" + logTail());
    }

    /** @return the last lines of the console and of Karaf's log, for a failure's message (CI shows only the report) */
    String logTail() {
        StringBuilder out = new StringBuilder();
        for (Path log : new Path[] {data.resolveSibling(data.getFileName() + "-console.log"), data.resolve("karaf/log/karaf.log")}) {
            try {
                List<String> lines = Files.readAllLines(log);
                out.append("--- ").append(log).append(" (last 40 lines)\n");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> out.append(l).append('\n'));
            } catch (IOException | RuntimeException e) {
                out.append("--- ").append(log).append(": ").append(e).append('\n');
            }
        }
        return out.toString();
    }

    /** @return where the process's own output goes: beside its data directory, since one installation may run several */
    private Path console() throws IOException {
        Files.createDirectories(data.getParent());
        return data.resolveSibling(data.getFileName() + "-console.log");
    }

    /** SIGKILL: the process dies at once, as in a power cut of the JVM. */
    void kill() throws InterruptedException {
        if (process == null) return;
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process = null;
    }

    /** SIGTERM, as a service manager stops it, then waits for a clean exit. */
    void stop() throws InterruptedException {
        if (process == null) return;
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Braid did not stop within 60 s of SIGTERM");
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.inheritIO().start();
        if (p.waitFor() != 0) throw new IOException("failed: " + pb.command());
    }
}
