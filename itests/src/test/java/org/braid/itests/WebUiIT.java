package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web application in a real browser against a real Braid: sign-in, the network, the direction
 * editor with the API's errors next to the fields and the stale-edit warning, scope, and modules
 * turned off and on live. axe-core checks every page; screenshots go to target/screenshots.
 */
class WebUiIT {
    static BraidProcess braid;
    static Browser browser;
    static Http admin;
    static final List<String> accessibility = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("web", 18296, Path.of("target", "data-web-" + System.nanoTime())).start(true);
        admin = braid.http.as("admin");
        browser = new Browser(18296);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (braid != null) braid.close();
    }

    /** Each journey starts signed out, whatever the one before left behind. */
    @org.junit.jupiter.api.BeforeEach
    void signedOut() {
        browser.open("");
        browser.driver.manage().deleteAllCookies();
    }

    static void checkPage(String name) throws Exception {
        browser.screenshot(name);
        for (String p : browser.accessibilityProblems()) accessibility.add(name + ": " + p);
        assertEquals(List.of(), accessibility, "serious or critical accessibility problems");
    }

    @Test
    void aSchoolLeaderSeesTheirSchoolAndTheApiErrorsNextToTheFields() throws Exception {
        String schoolA = LifecycleIT.findId(admin, "School A");
        String schoolB = LifecycleIT.findId(admin, "School B");
        browser.open("");
        browser.await(By.id("username"));
        checkPage("sign-in");
        var timing = browser.timing();
        System.out.println("first page: DOMContentLoaded " + timing.get("domContentLoaded") + " ms, load " + timing.get("load") + " ms");

        browser.signIn("school-a", "braid-demo");
        checkPage("home");
        browser.await(By.linkText("School A")).click();
        browser.await(By.xpath("//h1[.='School A']"));
        checkPage("school-overview");

        browser.await(By.linkText("Edit direction")).click();
        WebElement statement = browser.await(By.name("goals[0].statement"));
        statement.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.driver.findElement(By.xpath("//button[.='Save direction']")).click();
        WebElement error = browser.await(By.cssSelector("input[name='goals[0].statement'] + p.error"));
        assertEquals("is required", error.getText());
        assertEquals("true", browser.driver.findElement(By.name("goals[0].statement")).getAttribute("aria-invalid"));
        checkPage("direction-error");

        // someone else saves meanwhile: the save is refused, the typed text stays
        statement = browser.driver.findElement(By.name("goals[0].statement"));
        statement.sendKeys("Each student will meet his or her growth targets, every year.");
        Http.Reply theirs = admin.get("/orgs/" + schoolA + "/direction");
        com.fasterxml.jackson.databind.node.ObjectNode changed = theirs.body().deepCopy();
        changed.put("vision", "Changed by someone else");
        assertEquals(200, admin.put("/orgs/" + schoolA + "/direction", changed, theirs.etag()).status());
        browser.driver.findElement(By.xpath("//button[.='Save direction']")).click();
        browser.await(By.cssSelector(".stale"));
        assertEquals("Each student will meet his or her growth targets, every year.",
                browser.driver.findElement(By.name("goals[0].statement")).getAttribute("value"));
        checkPage("direction-stale");
        browser.driver.findElement(By.xpath("//button[starts-with(., 'Reload their version')]")).click();
        browser.await(By.xpath("//p[starts-with(., 'Their version is loaded')]"));
        browser.driver.findElement(By.xpath("//button[.='Save direction']")).click();
        browser.await(By.xpath("//h1[.='School A']"));
        assertEquals("Each student will meet his or her growth targets, every year.",
                admin.get("/orgs/" + schoolA + "/direction").body().path("goals").path(0).path("statement").asText());

        // another school is out of scope: it looks absent
        browser.open("#/orgs/" + schoolB);
        browser.await(By.xpath("//h1[.='Not found']"));
        checkPage("out-of-scope");
        browser.signOut();
    }

    @Test
    void anAdminTurnsAModuleOffAndItsMenuEntryGoesWithoutAReload() throws Exception {
        browser.signIn("admin", "braid-demo");
        browser.await(By.linkText("Reporting calendar")).click();
        browser.await(By.xpath("//h1[starts-with(., 'Reporting calendar')]"));
        checkPage("monitoring-calendar");
        browser.await(By.linkText("Network")).click();
        browser.await(By.xpath("//h1[.='Network']"));
        checkPage("network");
        browser.await(By.linkText("Modules")).click();
        browser.await(By.xpath("//h1[.='Modules']"));
        checkPage("admin-modules");
        browser.js("window.__sameDocument = true");

        browser.await(By.cssSelector("button[data-module='monitoring']")).click();
        assertTrue(browser.gone(By.linkText("Reporting calendar"), Duration.ofSeconds(5)), "the menu entry stays after turning monitoring off");
        assertEquals("DISABLED", browser.await(By.cssSelector("td[data-state='monitoring']")).getText());
        browser.open("#/monitoring/calendar");
        browser.await(By.xpath("//h1[.='Page not found']"));
        browser.driver.navigate().back();
        browser.await(By.xpath("//h1[.='Modules']"));
        browser.await(By.cssSelector("button[data-module='monitoring']")).click();
        browser.await(By.linkText("Reporting calendar"));
        assertEquals(Boolean.TRUE, browser.js("return window.__sameDocument === true"), "the page was reloaded");

        // an API change made elsewhere reaches the open page too
        assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", false), null).status());
        assertTrue(browser.gone(By.linkText("Reporting calendar"), Duration.ofSeconds(5)));
        assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", true), null).status());
        browser.await(By.linkText("Reporting calendar"));

        browser.await(By.linkText("Users")).click();
        browser.await(By.xpath("//h1[.='Users']"));
        checkPage("admin-users");
        browser.width(768);
        browser.await(By.linkText("Network")).click();
        browser.await(By.xpath("//h1[.='Network']"));
        checkPage("network-768");
        browser.width(1280);
        browser.signOut();
    }
}
