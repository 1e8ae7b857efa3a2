package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.braid.itests.hello.HelloKar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A module installed into the running distribution and removed again, over HTTP and through the {@code deploy/} folder:
 * its API answers at once and goes with it; a file that is not a module's KAR, or whose bundle does not resolve, is a
 * 400 that names the reason and leaves Braid serving as before; the standard modules are turned off, not uninstalled.
 * The framework an installed module brings is chosen for the network, and for a district where the state allows it.
 * Each test leaves the module uninstalled.
 */
class ModuleInstallIT {
    static final int PORT = 18297;
    static final String KAR = "application/octet-stream";
    static BraidProcess braid;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("modules", PORT, Path.of("target", "data-modules-" + System.nanoTime())).start(true);
        admin = braid.http.as("admin");
    }

    @AfterAll
    static void stop() throws Exception {
        if (braid != null) braid.close();
    }

    @Test
    void aModuleKarInstallsWhileBraidRunsAndUninstallsAgain() throws Exception {
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

        // a caller who may not install is answered before the body is read: the server waits for no 10 MB from a stranger
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/admin/modules HTTP/1.1\r\nHost: 127.0.0.1:" + PORT + "\r\nContent-Type: " + KAR
                    + "\r\nContent-Length: 10000000\r\nConnection: close\r\n\r\nPK").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 401"), status);
        }

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
        // Karaf's deployer removes the bundle a moment after its routes go; the standard modules are never restarted
        assertEquals("UP", admin.await("/health", r -> "UP".equals(r.body().path("status").asText()), Duration.ofSeconds(30)).text("status"));
    }

    /** The Modules page by keyboard: choose the file, Install, and Uninstall the module again; axe-core checks the page. */
    @Test
    void anAdminInstallsAndUninstallsAModuleOnTheModulesPageByKeyboard() throws Exception {
        Path file = Path.of("target", "hello-" + System.nanoTime() + ".kar").toAbsolutePath();
        Files.write(file, HelloKar.module());
        try (Browser browser = new Browser(PORT)) {
            browser.signIn("admin", Http.DEMO_PASSWORD);
            browser.open("#/admin/modules");
            browser.await(By.xpath("//h2[.='Install a module']"));
            browser.await(By.xpath("//h2[.='Coding framework']"));
            browser.checkPage("admin-modules-install");
            WebElement chooser = browser.await(By.id("module-file"));
            browser.js("arguments[0].focus()", chooser); // as Tab reaches it; the browser's own file dialog cannot be driven,
            chooser.sendKeys(file.toString());         // so the file is given to the field as choosing it does
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            assertEquals("Install", browser.driver.switchTo().activeElement().getText(), "the Install button follows the file field");
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            WebElement uninstall = browser.await(By.cssSelector("button[data-uninstall='hello']"));
            assertEquals(uninstall, browser.driver.switchTo().activeElement(), "focus lands on the installed module's Uninstall button");
            assertEquals(200, admin.get("/hello/greeting").status());
            browser.checkPage("admin-modules-installed");

            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
            assertTrue(browser.gone(By.cssSelector("button[data-uninstall='hello']"), Duration.ofSeconds(30)), "the module stays listed");
            assertEquals(404, admin.get("/hello/greeting").status());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void refused(Http admin, byte[] file, String reason) {
        Http.Reply r = admin.raw("POST", "/admin/modules", KAR, file);
        assertEquals(400, r.status(), r.body().toString());
        assertEquals("body", r.body().path("details").path(0).path("field").asText(), r.body().toString());
        assertTrue(r.body().path("details").path(0).path("message").asText().contains(reason), r.body().toString());
    }

    @Test
    void theFrameworkOfAnInstalledModuleIsChosenForTheNetworkAndWhereAllowedForADistrict() throws Exception {
        Http.Reply settings = admin.get("/admin/settings");
        assertEquals("four-domains", settings.text("codingFramework"));
        assertFalse(settings.body().path("districtsMayChoose").asBoolean());
        Http.Reply unknown = admin.put("/admin/settings", Http.obj("codingFramework", "hello-rubric"), settings.etag());
        assertEquals(400, unknown.status(), "not installed yet");
        assertEquals("codingFramework", unknown.body().path("details").path(0).path("field").asText());

        assertEquals(201, admin.raw("POST", "/admin/modules", KAR, HelloKar.module()).status());
        try {
            JsonNode walk = admin.get("/frameworks/hello-rubric/crosswalk/four-domains").body().path("items");
            assertEquals("[{\"code\":\"H1\",\"mapsTo\":[\"1A\",\"3B\"]},{\"code\":\"H2\",\"mapsTo\":[]}]", walk.toString());
            JsonNode back = admin.get("/frameworks/four-domains/crosswalk/hello-rubric").body().path("items");
            assertEquals(12, back.size(), "every Four Domains practice, mapped or not");
            assertEquals("[\"H1\"]", back.path(0).path("mapsTo").toString());
            assertEquals(404, admin.get("/frameworks/four-domains/crosswalk/no-such-framework").status());

            Http.Reply chosen = admin.put("/admin/settings", Http.obj("codingFramework", "hello-rubric", "districtsMayChoose", true), settings.etag());
            assertEquals(200, chosen.status(), chosen.body().toString());
            assertEquals(412, admin.put("/admin/settings", Http.obj("codingFramework", "four-domains"), settings.etag()).status(), "a stale version");
            assertEquals("hello-rubric", active(admin.get("/frameworks").body()));

            String district = admin.orgId("District A"), school = admin.orgId("School A");
            Http leader = braid.http.as("district-a");
            Http.Reply own = leader.put("/orgs/" + district + "/coding-framework", Http.obj("codingFramework", "four-domains"), null);
            assertEquals(200, own.status(), own.body().toString());
            assertEquals("four-domains", admin.get("/orgs/" + school + "/coding-framework").text("active"), "a school follows its district");
            // a district's own choice travels with its export, and an import names a framework not installed
            JsonNode core = admin.get("/orgs/" + district + "/export").body().path("sections").path("core");
            assertEquals("[{\"orgId\":\"" + district + "\",\"codingFramework\":\"four-domains\"}]", core.path("codingFrameworks").toString());
            String imported = "00000000-0000-4000-8000-00000000fa11";
            java.util.function.Function<String, Object> doc = framework -> Http.obj("format", "braid-export", "formatVersion", 1, "rootOrgId", imported,
                    "sections", Http.obj("core", Http.obj("organizations", java.util.List.of(Http.obj("id", imported, "type", "LEA", "name",
                            "Imported District", "parentId", admin.orgId("Demo State Department of Education"))),
                            "codingFrameworks", java.util.List.of(Http.obj("orgId", imported, "codingFramework", framework)))));
            Http.Reply refused = admin.post("/import/preview", doc.apply("no-such-framework"));
            assertEquals(400, refused.status(), refused.body().toString());
            assertEquals("sections.core.codingFrameworks[0].codingFramework", refused.body().path("details").path(0).path("field").asText());
            assertEquals(201, admin.post("/import", doc.apply("hello-rubric")).status());
            assertEquals("hello-rubric", admin.get("/orgs/" + imported + "/coding-framework").text("codingFramework"));
            assertEquals(422, braid.http.as("school-a").put("/orgs/" + school + "/coding-framework", Http.obj("codingFramework", "four-domains"), null).status());
            assertEquals(404, braid.http.as("coach").put("/orgs/" + district + "/coding-framework", Http.obj("codingFramework", "four-domains"), null).status(),
                    "outside a coach's organizations");

            Http.Reply closed = admin.put("/admin/settings", Http.obj("codingFramework", "hello-rubric", "districtsMayChoose", false), chosen.etag());
            assertEquals(200, closed.status(), closed.body().toString());
            assertEquals("hello-rubric", admin.get("/orgs/" + school + "/coding-framework").text("active"), "the state's, once districts may not choose");
            assertEquals(409, leader.put("/orgs/" + district + "/coding-framework", Http.obj("codingFramework", null), null).status());
        } finally {
            assertEquals(204, admin.delete("/admin/modules/hello", admin.get("/admin/modules/hello").etag()).status());
        }
        assertEquals("four-domains", active(admin.get("/frameworks").body()), "the chosen framework uninstalled: the configuration's");
    }

    private static String active(JsonNode frameworks) {
        for (JsonNode f : frameworks.path("items")) if (f.path("active").asBoolean()) return f.path("id").asText();
        return null;
    }
}
