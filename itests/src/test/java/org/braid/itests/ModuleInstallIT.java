package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.braid.itests.hello.HelloKar;
import org.junit.jupiter.api.Test;

/**
 * A module installed into the running distribution and removed again, over HTTP and through the {@code deploy/} folder:
 * its API answers at once and goes with it; a file that is not a module's KAR, or whose bundle does not resolve, is a
 * 400 that names the reason and leaves Braid serving as before; the standard modules are turned off, not uninstalled.
 */
class ModuleInstallIT {
    static final int PORT = 18297;
    static final String KAR = "application/octet-stream";

    @Test
    void aModuleKarInstallsWhileBraidRunsAndUninstallsAgain() throws Exception {
        try (BraidProcess braid = new BraidProcess("modules", PORT, Path.of("target", "data-modules-" + System.nanoTime()))) {
            braid.start(true);
            Http admin = braid.http.as("admin");
            byte[] kar = HelloKar.module();
            assertEquals(404, admin.get("/hello/greeting").status());
            assertEquals(403, braid.http.as("district-a").raw("POST", "/admin/modules", KAR, kar).status(), "only administrators install");
            assertEquals(415, admin.raw("POST", "/admin/modules", "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status());

            Http.Reply installed = admin.raw("POST", "/admin/modules", KAR, kar);
            assertEquals(201, installed.status(), installed.body().toString());
            assertEquals("hello", installed.text("id"));
            assertEquals("ACTIVE", installed.text("state"));
            assertTrue(installed.body().path("removable").asBoolean());
            Http.Reply greeting = admin.get("/hello/greeting");
            assertEquals(200, greeting.status(), "the module's API answers with no restart");
            assertEquals("hello", greeting.text("greeting"));
            assertTrue(admin.get("/openapi.json").body().path("paths").has("/hello/greeting"));
            Http.Reply again = admin.raw("POST", "/admin/modules", KAR, kar);
            assertEquals(409, again.status(), again.body().toString());

            Http.Reply planning = admin.get("/admin/modules/planning");
            assertFalse(planning.body().path("removable").asBoolean());
            Http.Reply standard = admin.delete("/admin/modules/planning", planning.etag());
            assertEquals(409, standard.status(), "a standard module is turned off, not uninstalled");
            assertTrue(standard.body().toString().contains("turn it off"), standard.body().toString());

            Http.Reply hello = admin.get("/admin/modules/hello");
            assertEquals(412, admin.delete("/admin/modules/hello", "\"1\"").status(), "an uninstall names the version it saw");
            assertEquals(204, admin.delete("/admin/modules/hello", hello.etag()).status());
            assertEquals(404, admin.get("/hello/greeting").status());
            assertEquals(404, admin.get("/admin/modules/hello").status());

            refused(admin, "not a zip".getBytes(StandardCharsets.UTF_8), "not a KAR");
            refused(admin, HelloKar.withoutFeatures(), "no features repository");
            refused(admin, HelloKar.unresolvable(), "org.braid.no.such.api");
            assertEquals(404, admin.get("/admin/modules/hello").status(), "a refused KAR leaves nothing installed");
            assertEquals("UP", admin.get("/health").text("status"));
            assertEquals(5, admin.get("/admin/modules").body().path("items").size(), "the five standard modules, as before");

            // installed again after a failed attempt, then through the deploy folder, as an operator does
            assertEquals(201, admin.raw("POST", "/admin/modules", KAR, kar).status());
            assertEquals(204, admin.delete("/admin/modules/hello", admin.get("/admin/modules/hello").etag()).status());
            Path dropped = braid.home.resolve("deploy/hello.kar");
            Files.write(dropped, kar);
            assertEquals(200, admin.await("/hello/greeting", r -> r.status() == 200, Duration.ofSeconds(30)).status(), "deploy/ installs it");
            Files.delete(dropped);
            assertEquals(404, admin.await("/hello/greeting", r -> r.status() == 404, Duration.ofSeconds(30)).status(), "removing the file uninstalls it");
            assertEquals("UP", admin.get("/health").text("status"));
        }
    }

    private static void refused(Http admin, byte[] file, String reason) {
        Http.Reply r = admin.raw("POST", "/admin/modules", KAR, file);
        assertEquals(400, r.status(), r.body().toString());
        assertEquals("body", r.body().path("details").path(0).path("field").asText(), r.body().toString());
        assertTrue(r.body().path("details").path(0).path("message").asText().contains(reason), r.body().toString());
    }
}
