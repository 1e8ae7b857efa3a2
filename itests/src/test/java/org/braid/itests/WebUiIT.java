package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("web", 18296, Path.of("target", "data-web-" + System.nanoTime())).start(true).awaitDemo();
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

    @Test
    void aSchoolLeaderSeesTheirSchoolAndTheApiErrorsNextToTheFields() throws Exception {
        String schoolA = admin.orgId("School A");
        String schoolB = admin.orgId("School B");
        browser.open("");
        browser.await(By.id("username"));
        browser.checkPage("sign-in");
        var timing = browser.timing();
        System.out.println("first page: DOMContentLoaded " + timing.get("domContentLoaded") + " ms, load " + timing.get("load") + " ms");

        browser.signIn("school-a", "braid-demo");
        browser.checkPage("home");
        browser.await(By.linkText("School A")).click();
        browser.await(By.xpath("//h1[.='School A']"));
        browser.checkPage("school-overview");

        browser.await(By.linkText("Edit direction")).click();
        WebElement statement = browser.await(By.name("goals[0].statement"));
        statement.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.driver.findElement(By.xpath("//button[.='Save direction']")).click();
        WebElement error = browser.await(By.cssSelector("input[name='goals[0].statement'] + p.error"));
        assertEquals("is required", error.getText());
        assertEquals("true", browser.driver.findElement(By.name("goals[0].statement")).getAttribute("aria-invalid"));
        browser.checkPage("direction-error");

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
        browser.checkPage("direction-stale");
        browser.driver.findElement(By.xpath("//button[starts-with(., 'Reload their version')]")).click();
        browser.await(By.xpath("//p[starts-with(., 'Their version is loaded')]"));
        browser.driver.findElement(By.xpath("//button[.='Save direction']")).click();
        browser.await(By.xpath("//h1[.='School A']"));
        assertEquals("Each student will meet his or her growth targets, every year.",
                admin.get("/orgs/" + schoolA + "/direction").body().path("goals").path(0).path("statement").asText());

        // another school is out of scope: it looks absent
        browser.open("#/orgs/" + schoolB);
        browser.await(By.xpath("//h1[.='Not found']"));
        browser.checkPage("out-of-scope");
        browser.signOut();
    }

    @Test
    void anAdminTurnsAModuleOffAndItsMenuEntryGoesWithoutAReload() throws Exception {
        browser.signIn("admin", "braid-demo");
        browser.await(By.linkText("Reporting calendar")).click();
        browser.await(By.xpath("//h1[starts-with(., 'Reporting calendar')]"));
        browser.checkPage("monitoring-calendar");
        browser.await(By.linkText("Network")).click();
        browser.await(By.xpath("//h1[.='Network']"));
        browser.checkPage("network");
        browser.await(By.linkText("Modules")).click();
        browser.await(By.xpath("//h1[.='Modules']"));
        browser.checkPage("admin-modules");
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
        // (the shell asks every three seconds while the tab is visible)
        assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", false), null).status());
        assertTrue(browser.gone(By.linkText("Reporting calendar"), Duration.ofSeconds(10)));
        assertEquals(200, admin.put("/admin/modules/monitoring", Http.obj("enabled", true), null).status());
        browser.await(By.linkText("Reporting calendar"));

        browser.await(By.linkText("Users")).click();
        browser.await(By.xpath("//h1[.='Users']"));
        browser.checkPage("admin-users");
        browser.await(By.xpath("//button[.='Disable coach']")).click();
        browser.await(By.xpath("//td[@data-user='coach' and .='disabled']"));
        assertEquals(401, braid.http.post("/session", Http.obj("username", "coach", "password", "braid-demo")).status());
        browser.await(By.xpath("//button[.='Enable coach']")).click();
        browser.await(By.xpath("//td[@data-user='coach' and .='active']"));
        assertEquals(201, braid.http.post("/session", Http.obj("username", "coach", "password", "braid-demo")).status());

        // a needs assessment, step by step, with the fishbone drawn by the API
        String district = admin.orgId("District A");
        Http.Reply nas = admin.get("/needs-assessment/assessments?orgId=" + district);
        String na = nas.body().path("total").asInt() > 0 ? nas.body().path("items").path(0).path("id").asText()
                : admin.post("/needs-assessment/assessments", Http.obj("orgId", district, "schoolYear", "2026-27", "scope", "COMPREHENSIVE")).text("id");
        browser.await(By.linkText("Needs assessment")).click();
        browser.await(By.xpath("//h1[.='Needs assessments']"));
        browser.open("#/needs-assessment/assessments/" + na);
        browser.await(By.xpath("//h2[.='5 Whys']"));
        browser.checkPage("needs-assessment");
        browser.width(768);
        browser.await(By.linkText("Network")).click();
        browser.await(By.xpath("//h1[.='Network']"));
        browser.checkPage("network-768");
        browser.width(1280);
        browser.signOut();
    }

    @Test
    void aSchoolLeaderBuildsAPlanInToolAShape() throws Exception {
        String schoolC = admin.orgId("School C");
        Http.Reply leader = admin.post("/users", Http.obj("username", "c-leader", "password", "school-c-2026", "orgId", schoolC,
                "roles", java.util.List.of("school-leader")));
        assertEquals(201, leader.status());
        browser.signIn("c-leader", "school-c-2026");
        browser.await(By.linkText("Plans")).click();
        browser.await(By.xpath("//h1[.='Plans']"));
        browser.await(By.name("schoolYear")).sendKeys("2026-27");
        browser.driver.findElement(By.xpath("//button[.='Start the plan']")).click();
        browser.await(By.xpath("//h1[starts-with(., 'Plan 2026-27')]"));

        open("Add a priority area");
        fill("title", "Student engagement");
        submit("Add a priority area");
        browser.await(By.xpath("//h3[.='1. Student engagement']"));

        open("Add a strategy to 1");
        fill("if", "engage our instructional teams in developing standards-aligned units");
        fill("and", "each student will meet his or her growth targets each year");
        submit("Add a strategy to 1");
        WebElement error = browser.await(By.cssSelector("textarea[name='then'] + p.error"));
        assertFalse(error.getText().isBlank());
        browser.checkPage("plan-then-missing");
        fill("then", "teachers will plan and deliver standards-based personalized instruction");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.cssSelector("details[open] select[name='codes']"))).selectByValue("3C");
        submit("Add a strategy to 1");
        browser.await(By.xpath("//h4[starts-with(., 'Strategy 1.1')]"));

        open("Add a milestone to 1.1");
        fill("description", "Units of instruction for grades 6-8 are written and reviewed");
        fillDate("dueDate", "2027-01-31");
        submit("Add a milestone to 1.1");
        browser.await(By.xpath("//h6[starts-with(., 'Milestone 1.1.1')]"));

        open("Add an action to 1.1.1");
        fill("description", "Train the grade 6 team on unit design");
        fill("owner", "Instructional coach");
        fillDate("startDate", "2026-09-01");
        fillDate("dueDate", "2026-10-15");
        submit("Add an action to 1.1.1");
        browser.await(By.xpath("//td[.='1.1.1.1']"));
        browser.await(By.cssSelector("aside h2#check-title"));
        browser.await(By.xpath("//aside//summary[starts-with(., 'Coaching questions')]"));
        browser.checkPage("plan-builder");

        // submitting snapshots version 1; the diff against it lists what changes afterwards
        browser.await(By.xpath("//button[.='Submit this plan']")).click();
        browser.await(By.xpath("//li[starts-with(., 'Version 1, submitted')]"));
        browser.await(By.xpath("//button[.='Changes since version 1']")).click();
        browser.await(By.xpath("//h3[.='Changes since version 1']"));
        browser.checkPage("plan-submitted");

        // another school's plan is out of reach: it looks absent
        String schoolB = admin.orgId("School B");
        Http.Reply others = admin.get("/planning/plans?orgId=" + schoolB);
        String otherPlan = others.body().path("total").asInt() > 0 ? others.body().path("items").path(0).path("id").asText()
                : admin.post("/planning/plans", Http.obj("orgId", schoolB, "schoolYear", "2026-27")).text("id");
        browser.open("#/planning/plans/" + otherPlan);
        browser.await(By.xpath("//h1[.='Not found']"));
        browser.signOut();
    }

    @Test
    void anAdministratorRehearsesAnImportThenImportsItAndExportsAnOrganization() throws Exception {
        String sea = admin.orgId("Demo State Department of Education");
        String id = "00000000-0000-4000-8000-0000000f00d5";
        Path file = java.nio.file.Files.createTempFile("braid-import", ".json");
        java.nio.file.Files.writeString(file, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Http.obj("format", "braid-export",
                "formatVersion", 1, "rootOrgId", id, "sections", Http.obj("core", Http.obj(
                        "organizations", List.of(Http.obj("id", id, "type", "LEA", "name", "Imported Valley District", "parentId", sea)),
                        "directions", List.of(Http.obj("orgId", id, "vision", "Every learner ready")))))));
        browser.signIn("admin", "braid-demo");
        browser.await(By.linkText("Export and import")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Export, import and backup']"));
        // by keyboard alone: Tab to the file field and choose the file there (the browser's file dialog, which WebDriver stands in for)
        tabTo(By.id("import-file")).sendKeys(file.toString());
        // the rehearsal says what would come, and nothing is there yet
        browser.await(By.xpath("//p[@role='status' and .='Rehearsed: the import would add 1 organization; nothing is added until you import.']"));
        WebElement region = tabTo(By.cssSelector("#import-preview [role='region']"));
        assertTrue(region.getText().contains("What braid-import"), "the preview is read where the keyboard is: " + region.getText());
        assertEquals("1", region.findElement(By.xpath(".//tr[th[.='organizations']]/td[2]")).getText());
        assertEquals(404, admin.get("/orgs/" + id).status(), "a preview imports nothing");
        browser.checkPage("admin-transfer");
        browser.checkWidths("admin-transfer", 768, 640, 390);
        // every text the status shows is kept, to see the import announced between the upload and the answer
        browser.js("window.__status = []; new MutationObserver(() => window.__status.push(document.getElementById('import-status').textContent))"
                + ".observe(document.getElementById('import-status'), { childList: true, characterData: true, subtree: true })");
        tabTo(By.xpath("//button[.='Import']"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//p[@role='status' and .='Imported 1 organization.']"));
        assertEquals("Every learner ready", admin.get("/orgs/" + id + "/direction").text("vision"));
        assertTrue(String.valueOf(browser.js("return window.__status.join('|')")).contains("Sent. Braid is importing it"),
                "the server's import is announced once the file is sent: " + browser.js("return window.__status.join('|')"));
        // the same file again would clash: the rehearsal says so, naming the record
        tabTo(By.id("import-file")).sendKeys(file.toString());
        browser.await(By.xpath("//div[@role='alert']//li[starts-with(., 'sections.core.organizations[0]')]"));

        // an online backup, and the answer shown beside the button
        tabTo(By.xpath("//button[.='Back up now']"));
        keys(Keys.ENTER);
        WebElement backedUp = browser.await(By.xpath("//section[@aria-labelledby='backup-title']//p[@role='status' and starts-with(., 'Backed up to ')]"));
        String directory = backedUp.getText().substring("Backed up to ".length(), backedUp.getText().length() - 1);
        assertTrue(java.nio.file.Files.isDirectory(Path.of(directory)), "the backup is where the page says: " + directory);

        // an export from the organization's page, with its progress
        browser.open("#/orgs/" + admin.orgId("District A"));
        browser.await(By.xpath("//button[.='Export District A and everything under it']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[@role='status' and starts-with(., 'Exported District A and everything under it')]"));
        browser.signOut();
    }

    @Test
    void aDistrictLeaderAddsASchoolAndClosesItAndTheStateRenamesOne() throws Exception {
        browser.signIn("district-a", "braid-demo");
        browser.open("#/orgs/" + admin.orgId("District A"));
        browser.await(By.xpath("//summary[.='Add a school to District A']")).sendKeys(Keys.ENTER);
        browser.await(By.cssSelector("details[open] [name='name']")).sendKeys("Riverside Middle", Keys.ENTER);
        browser.await(By.xpath("//h1[.='Riverside Middle']"));
        browser.checkPage("org-manage");
        browser.await(By.xpath("//summary[.='Close Riverside Middle']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//button[.='Close Riverside Middle']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[@class='closed-note' and starts-with(., 'Closed on')]"));
        assertEquals(0, admin.get("/orgs?q=Riverside").body().path("total").asInt(), "a closed school leaves the lists");
        browser.checkWidths("org-manage", 768, 640, 390);
        browser.fullViewport();
        browser.signOut();

        browser.signIn("admin", "braid-demo");
        String schoolC = admin.orgId("School C");
        browser.open("#/orgs/" + schoolC);
        browser.await(By.xpath("//summary[.='Edit School C']")).sendKeys(Keys.ENTER);
        browser.await(By.cssSelector("details[open] [name='name']")).sendKeys(" (Lincoln)", Keys.ENTER);
        browser.await(By.xpath("//h1[.='School C (Lincoln)']"));
        Http.Reply now = admin.get("/orgs/" + schoolC);
        assertEquals(200, admin.put("/orgs/" + schoolC, renamed(now, "School C"), now.etag()).status(), "the demo's name back, for the other tests");

        // a school moves to another district, found with the picker by keyboard
        String sea = admin.orgId("Demo State Department of Education");
        String hillside = admin.post("/orgs", Http.obj("type", "LEA", "name", "Hillside District", "parentId", sea, "essaStatus", "NONE")).text("id");
        String moving = admin.post("/orgs", Http.obj("type", "SCHOOL", "name", "Moving Elementary", "parentId", admin.orgId("District A"),
                "essaStatus", "NONE")).text("id");
        browser.open("#/orgs/" + moving);
        browser.await(By.xpath("//summary[.='Move Moving Elementary to another district']")).sendKeys(Keys.ENTER);
        WebElement picker = browser.await(By.cssSelector("details[open] input[role='combobox']"));
        picker.sendKeys("Hillside");
        browser.await(By.xpath("//ul[@role='listbox']/li[starts-with(., 'Hillside District')]"));
        picker.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.await(By.xpath("//button[.='Move Moving Elementary']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[a[.='Hillside District']]"));
        assertEquals(hillside, admin.get("/orgs/" + moving).text("parentId"));

        // the direction's glossary
        browser.open("#/orgs/" + moving + "/direction");
        browser.await(By.xpath("//button[.='Add a term']")).sendKeys(Keys.ENTER);
        browser.await(By.name("glossary[0].term")).sendKeys("Walkthrough");
        browser.driver.findElement(By.name("glossary[0].definition")).sendKeys("A short classroom visit with look-fors");
        browser.driver.findElement(By.xpath("//button[.='Save direction']")).sendKeys(Keys.ENTER);
        assertEquals("Walkthrough", admin.await("/orgs/" + moving + "/direction", r -> r.body().path("glossary").size() == 1, Duration.ofSeconds(10))
                .body().path("glossary").get(0).path("term").asText());
        browser.open("#/orgs/" + moving);
        browser.await(By.xpath("//summary[.='Glossary (1 term)']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//dt[.='Walkthrough']"));
        browser.checkPage("org-glossary");
        browser.signOut();
    }

    @Test
    void anAdministratorAddsAStateFromTheNetworkPage() throws Exception {
        browser.signIn("admin", "braid-demo");
        browser.await(By.linkText("Network")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Network']"));
        tabTo(By.xpath("//summary[.='Add a state']"));
        keys(Keys.ENTER);
        type(tabTo(By.cssSelector("details[open] [name='name']")), "Northern Territory Department of Education");
        type(tabTo(By.cssSelector("details[open] [name='ncesId']")), "123");
        keys(Keys.ENTER);
        // a state's NCES id has two digits: the API's answer lands beside the field, and nothing is added
        assertFalse(browser.await(By.cssSelector("details[open] input[name='ncesId'] + p.error")).getText().isBlank());
        assertEquals(0, admin.get("/orgs?q=Northern%20Territory").body().path("total").asInt());
        browser.checkPage("network-add-state-error");
        WebElement nces = browser.driver.switchTo().activeElement();
        assertEquals("ncesId", nces.getAttribute("name"), "the keyboard is at the field in error");
        nces.sendKeys(Keys.chord(Keys.CONTROL, "a"), "61", Keys.ENTER);
        browser.await(By.xpath("//h1[.='Northern Territory Department of Education']"));
        Http.Reply found = admin.get("/orgs?type=SEA&q=Northern%20Territory");
        assertEquals(1, found.body().path("total").asInt());
        JsonNode state = found.body().path("items").path(0);
        assertEquals("SEA", state.path("type").asText());
        assertEquals("61", state.path("ncesId").asText());
        assertTrue(state.path("parentId").isNull() || state.path("parentId").isMissingNode(), "a state has no parent");
        browser.await(By.xpath("//summary[.='Add a district to Northern Territory Department of Education']"));
        browser.signOut();

        // no one else is offered the form
        browser.signIn("district-a", "braid-demo");
        browser.await(By.linkText("Network")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Network']"));
        assertTrue(browser.driver.findElements(By.xpath("//summary[.='Add a state']")).isEmpty());
        browser.signOut();
    }

    @Test
    void theNetworkSearchPagesOnTheServer() throws Exception {
        String district = admin.orgId("District A");
        for (int i = 1; i <= 51; i++) {
            assertEquals(201, admin.post("/orgs", Http.obj("type", "SCHOOL", "name", String.format("Pager School %02d", i), "parentId", district,
                    "essaStatus", "NONE")).status());
        }
        browser.signIn("admin", "braid-demo");
        browser.await(By.linkText("Network")).sendKeys(Keys.ENTER);
        browser.await(By.id("q")).sendKeys("Pager School", Keys.ENTER);
        browser.await(By.xpath("//h2[.='51 found']"));
        browser.await(By.xpath("//p[.='1–50 of 51']"));
        assertEquals(50, browser.driver.findElements(By.xpath("//table//a[starts-with(., 'Pager School')]")).size());
        browser.await(By.xpath("//button[.='Next 50']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[.='51–51 of 51']"));
        browser.await(By.xpath("//table//a[.='Pager School 51']"));
        browser.await(By.xpath("//button[.='Previous 50']"));
        browser.checkPage("network-paged");

        // the tree reads a district's schools 50 at a time, and the next ones when asked, by keyboard
        int schools = admin.get("/orgs?parentId=" + district + "&limit=1").body().path("total").asInt();
        assertTrue(schools > 51, "the district has more schools than a page");
        browser.await(By.xpath("//summary[.='Schools of District A']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//li[@class='more']/span[.='50 of " + schools + " schools shown. ']"));
        assertEquals(50, browser.driver.findElements(By.xpath("//details[summary[.='Schools of District A']]/ul/li[a]")).size());
        browser.await(By.xpath("//button[.='Show the next " + (schools - 50) + " schools of District A']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//li[.='All " + schools + " schools shown.']"));
        assertEquals(schools, browser.driver.findElements(By.xpath("//details[summary[.='Schools of District A']]/ul/li[a]")).size());
        assertEquals("a", browser.driver.switchTo().activeElement().getTagName(), "the keyboard goes on at the first school added");

        // the district's page shows a page of its schools, says how many, and pages on the server
        browser.open("#/orgs/" + district);
        browser.await(By.xpath("//h2[.='Schools (" + schools + ")']"));
        browser.await(By.xpath("//p[.='1–50 of " + schools + " schools']"));
        assertEquals(50, browser.driver.findElements(By.xpath("//section[h2[@id='children-title']]//tbody/tr")).size());
        browser.await(By.xpath("//button[.='Next " + (schools - 50) + " schools']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[.='51–" + schools + " of " + schools + " schools']"));
        assertEquals("children-title", browser.driver.switchTo().activeElement().getAttribute("id"), "the keyboard goes to the new page's heading");
        browser.await(By.xpath("//button[.='Previous 50 schools']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[.='1–50 of " + schools + " schools']"));
        browser.checkPage("org-schools-paged");
        browser.signOut();
    }

    /** Presses Tab (Shift+Tab when it is above) until the element has the focus, as a keyboard user moves through the page. */
    private static WebElement tabTo(By by) {
        WebElement target = browser.await(by);
        boolean above = Boolean.TRUE.equals(browser.js(
                "return !!(document.activeElement.compareDocumentPosition(arguments[0]) & Node.DOCUMENT_POSITION_PRECEDING)", target));
        for (int i = 0; i < 150; i++) {
            if (target.equals(browser.driver.switchTo().activeElement())) return target;
            if (above) new org.openqa.selenium.interactions.Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            else keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + by);
    }

    private static void type(WebElement focused, String text) {
        assertEquals(focused, browser.driver.switchTo().activeElement());
        keys(text);
    }

    private static void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(keys).perform();
    }

    private static Object renamed(Http.Reply org, String name) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) org.body()).put("name", name);
    }

    private static void open(String summary) {
        WebElement s = browser.await(By.xpath("//summary[.='" + summary + "']"));
        if (s.findElement(By.xpath("..")).getAttribute("open") == null) s.click();
    }

    private static void fill(String name, String text) {
        WebElement el = browser.await(By.cssSelector("details[open] [name='" + name + "']"));
        el.clear();
        el.sendKeys(text);
    }

    private static void fillDate(String name, String isoDate) {
        WebElement el = browser.await(By.cssSelector("details[open] [name='" + name + "']"));
        browser.js("arguments[0].value = arguments[1]", el, isoDate);
    }

    private static void submit(String label) {
        browser.driver.findElement(By.xpath("//button[.='" + label + "']")).click();
    }
}
