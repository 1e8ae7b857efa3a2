package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The monitoring pages in a real browser against a real Braid: a school leader reports every action of the plan for a
 * month in one save, with the API's errors next to the fields and a stale save that keeps what was typed; the state
 * reads its dashboard (heat map with its table) and drills down to a school's plan. axe-core checks every page, at
 * 1280 px, 768 px, 640 px (1280 px at 200 % zoom) and 390 px; screenshots go to target/screenshots.
 */
class MonitoringWebIT {
    static BraidProcess braid;
    static Browser browser;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("monitoring-web", 18298, Path.of("target", "data-monitoring-web-" + System.nanoTime())).start(true).awaitDemo();
        admin = braid.http.as("admin");
        // the demo's reports are filed in one transaction once the demo plans exist, shortly after Braid is up: its last
        // step is the walkthrough, so the dashboard is read only when the whole demo is there
        String schoolB = admin.orgId("School B");
        assertEquals(1, admin.await("/monitoring/walkthroughs?orgId=" + schoolB, r -> r.body().path("total").asInt() > 0, Duration.ofSeconds(60))
                .body().path("total").asInt(), "the demo's monitoring is loaded");
        browser = new Browser(18298);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (braid != null) braid.close();
    }

    @BeforeEach
    void signedOut() {
        browser.fullViewport();
        browser.open("");
        browser.driver.manage().deleteAllCookies();
        // the page still believes in the last test's session until it loads again
        browser.driver.navigate().refresh();
    }

    @Test
    void aSchoolLeaderReportsEveryActionOfAMonthInOneSave() throws Exception {
        String schoolA = admin.orgId("School A");
        JsonNode plan = admin.get("/planning/plans?orgId=" + schoolA).body().path("items").path(0);
        String planId = plan.path("id").asText();
        List<String> actions = new ArrayList<>();
        for (JsonNode a : admin.get("/planning/plans/" + planId).body().path("priorityAreas")) {
            for (JsonNode s : a.path("strategies")) for (JsonNode m : s.path("milestones")) for (JsonNode x : m.path("actions")) actions.add(x.path("id").asText());
        }
        assertTrue(actions.size() > 2, "the demo plan has actions");

        browser.signIn("school-a", "braid-demo");
        browser.await(By.linkText("Reporting")).click();
        browser.await(By.xpath("//h1[.='Reporting']"));
        browser.await(By.partialLinkText("Report a month on plan")).click();
        browser.await(By.xpath("//h1[starts-with(., 'Monthly report')]"));
        String period = browser.await(By.id("report-period")).getAttribute("value");
        assertTrue(period.matches("\\d{4}-\\d{2}"), period);
        long before = admin.get("/monitoring/status-reports?planId=" + planId + "&period=" + period).body().path("total").asLong();

        // no status for the first action (the others may carry last month's): the API names the field, the page shows it there
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.name("reports[0].status"))).selectByValue("");
        browser.driver.findElement(By.name("reports[0].spent")).clear();
        browser.driver.findElement(By.name("reports[0].spent")).sendKeys("-5");
        submitWithKeyboard();
        WebElement error = browser.await(By.cssSelector("select[name='reports[0].status'] + p.error"));
        assertFalse(error.getText().isBlank());
        assertEquals("true", browser.driver.findElement(By.name("reports[0].status")).getAttribute("aria-invalid"));
        assertEquals("true", browser.driver.findElement(By.name("reports[0].spent")).getAttribute("aria-invalid"));
        browser.driver.findElement(By.name("reports[0].spent")).clear();
        assertEquals(before, admin.get("/monitoring/status-reports?planId=" + planId + "&period=" + period).body().path("total").asLong(),
                "a refused report wrote nothing");
        browser.checkPage("monitoring-report-error");

        // every action, with the keyboard: type into each status list, a note and an amount for the first
        for (int i = 0; i < actions.size(); i++) browser.driver.findElement(By.name("reports[" + i + "].status")).sendKeys(i == 0 ? "Off" : "On");
        browser.driver.findElement(By.name("reports[0].note")).clear();
        browser.driver.findElement(By.name("reports[0].note")).sendKeys("Substitute shortage delayed the training.");
        browser.driver.findElement(By.name("reports[0].spent")).sendKeys("120");
        int last = actions.size() - 1;
        browser.driver.findElement(By.name("reports[" + last + "].status")).sendKeys("Com");
        List<WebElement> outputs = browser.driver.findElements(By.cssSelector("input[type=checkbox][name='reports[" + last + "].outputsCompleted']"));
        if (!outputs.isEmpty()) outputs.get(0).sendKeys(Keys.SPACE);
        submitWithKeyboard();
        browser.await(By.xpath("//p[@id='report-state' and starts-with(., '" + actions.size() + " of " + actions.size() + " actions reported')]"));

        // the month may have been fully reported before (the demo's), so the state line alone does not say the save is done
        browser.await(By.xpath("//div[@id='notice' and starts-with(., 'Saved')]"));
        JsonNode filed = admin.await("/monitoring/status-reports?planId=" + planId + "&period=" + period + "&limit=1000",
                r -> r.status() == 200 && r.body().path("total").asLong() >= before + actions.size(), Duration.ofSeconds(10)).body();
        assertEquals(before + actions.size(), filed.path("total").asLong(), "one save filed every action");
        JsonNode first = latest(filed, actions.get(0));
        assertEquals("OFF_TRACK", first.path("status").asText());
        assertEquals("Substitute shortage delayed the training.", first.path("note").asText());
        assertEquals(120, first.path("spent").asInt());
        assertEquals("COMPLETE", latest(filed, actions.get(last)).path("status").asText());
        for (int i = 1; i < last; i++) assertEquals("ON_TRACK", latest(filed, actions.get(i)).path("status").asText());
        browser.checkPage("monitoring-report");
        browser.checkWidths("monitoring-report", 768, 640, 390);

        // someone else files for the month meanwhile: nothing is saved, the typed text stays, then it saves on their base
        assertEquals(201, admin.post("/monitoring/plans/" + planId + "/status-reports", Http.obj("period", period, "reports",
                List.of(Http.obj("elementId", actions.get(1), "status", "OFF_TRACK", "note", "Filed by the district")))).status());
        WebElement note = browser.driver.findElement(By.name("reports[1].note"));
        note.clear();
        note.sendKeys("Second cycle planned with the team.");
        submitWithKeyboard();
        browser.await(By.cssSelector(".stale"));
        assertEquals("Second cycle planned with the team.", browser.driver.findElement(By.name("reports[1].note")).getAttribute("value"));
        browser.checkPage("monitoring-report-stale");
        browser.await(By.xpath("//button[.='Load their reports and keep my text']")).click();
        browser.await(By.xpath("//p[starts-with(., 'Their reports are loaded')]"));
        submitWithKeyboard();
        // the notice of the first save may still show, so the report itself is awaited
        browser.await(By.xpath("//div[@id='notice' and starts-with(., 'Saved')]"));
        Http.Reply saved = admin.await("/monitoring/status-reports?planId=" + planId + "&period=" + period + "&limit=1000",
                r -> r.status() == 200 && latest(r.body(), actions.get(1)).path("note").asText().equals("Second cycle planned with the team."), Duration.ofSeconds(10));
        assertEquals("Second cycle planned with the team.", latest(saved.body(), actions.get(1)).path("note").asText());

        // the plan's progress in Tool A's layout shows the statuses just reported
        browser.await(By.xpath("//nav[@aria-label='This plan']//a[.='Progress']")).click();
        browser.await(By.xpath("//h1[starts-with(., 'Progress')]"));
        assertTrue(browser.await(By.cssSelector("tr[data-element='" + actions.get(0) + "']")).getText().contains("Off track"));
        browser.checkPage("monitoring-progress");
        browser.await(By.xpath("//nav[@aria-label='This plan']//a[.='Reviews']")).click();
        browser.await(By.xpath("//h2[.='Quarterly milestone review']"));
        browser.checkPage("monitoring-reviews");

        // another school's plan is out of reach
        String schoolB = admin.orgId("School B");
        String otherPlan = admin.get("/planning/plans?orgId=" + schoolB).body().path("items").path(0).path("id").asText();
        browser.open("#/monitoring/plans/" + otherPlan + "/report");
        browser.await(By.xpath("//h1[.='Not found']"));
        browser.signOut();
    }

    @Test
    void theStateReadsItsDashboardAndDrillsDownToASchool() throws Exception {
        browser.signIn("sea", "braid-demo");
        browser.await(By.linkText("Dashboard")).click();
        browser.await(By.xpath("//h1[starts-with(., 'Dashboard — ')]"));
        WebElement heat = browser.await(By.cssSelector("svg.chart.heat[role='img']"));
        assertFalse(heat.findElement(By.tagName("title")).getAttribute("textContent").isBlank());
        assertFalse(heat.findElement(By.tagName("desc")).getAttribute("textContent").isBlank());
        WebElement table = browser.await(By.cssSelector("table.heat-table"));
        assertEquals(12 + 4, table.findElements(By.cssSelector("tbody tr")).size(), "twelve practices and four domains");
        browser.await(By.xpath("//h2[.='Month by month']"));
        browser.checkPage("monitoring-dashboard");
        browser.checkWidths("monitoring-dashboard", 768, 640, 390);

        // from a cell to the organizations behind it, then on to a school's plan, with the keyboard
        WebElement cell = browser.await(By.cssSelector("table.heat-table tbody a"));
        cell.sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h2[.='Organizations behind the cell'] | //caption[.='Organizations behind the cell']"));
        browser.checkPage("monitoring-drill-down");
        String url = browser.driver.getCurrentUrl();
        String[] parts = url.substring(url.indexOf("#/monitoring/dashboard/") + "#/monitoring/dashboard/".length()).split("/");
        JsonNode behind = admin.get("/monitoring/rollup/organizations?orgId=" + parts[0] + "&schoolYear=" + parts[1] + "&practice=" + parts[3]
                + "&status=" + parts[4]).body();
        assertEquals(behind.path("total").asInt(), browser.driver.findElements(By.cssSelector("tr[data-org]")).size(), "the page lists the organizations of the API");
        for (int depth = 0; depth < 3; depth++) {
            WebElement school = browser.driver.findElements(By.cssSelector("tr[data-org] a")).stream()
                    .filter(a -> a.getAttribute("href").contains("/plan/")).findFirst().orElse(null);
            if (school != null) {
                school.sendKeys(Keys.ENTER);
                break;
            }
            browser.await(By.cssSelector("tr[data-org] a")).sendKeys(Keys.ENTER);
            browser.await(By.cssSelector("table.heat-table tbody a")).sendKeys(Keys.ENTER);
            browser.await(By.cssSelector("tr[data-org]"));
        }
        browser.await(By.xpath("//h1[starts-with(., 'Progress — School')]"));
        browser.checkPage("monitoring-school-progress");
        browser.signOut();
    }

    @Test
    void theStateSeesWhichSupportsGotWorkBackOnTrack() throws Exception {
        String sea = admin.orgId("Demo State Department of Education");
        JsonNode table = admin.get("/monitoring/supports/effectiveness?orgId=" + sea).body();
        assertEquals(2, table.path("total").asInt(), "the demo's two supports: " + table);
        List<Integer> improved = new ArrayList<>();
        for (JsonNode row : table.path("items")) improved.add(row.path("improved").asInt());
        assertTrue(improved.contains(1) && improved.contains(0), "one assignment worked and one did not: " + table);

        browser.signIn("sea", "braid-demo");
        browser.await(By.linkText("Supports")).click();
        browser.await(By.xpath("//h1[starts-with(., 'Supports: ')]"));
        assertEquals(2, browser.driver.findElements(By.cssSelector("table tbody tr")).size(), "the catalog lists both supports");
        browser.checkPage("supports-catalog");
        browser.await(By.xpath("//nav[@aria-label='Supports']//a[.='Effect of supports']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h1[starts-with(., 'Effect of supports')]"));
        // sorted by mean change, best first; the keyboard turns the order round
        String best = browser.await(By.cssSelector("table tbody tr th a")).getText();
        browser.await(By.xpath("//th/button[.='Mean change']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//th[@aria-sort='ascending']/button[.='Mean change']"));
        assertNotEquals(best, browser.driver.findElement(By.cssSelector("table tbody tr th a")).getText());
        browser.checkPage("supports-effect");
        browser.checkWidths("supports-effect", 768, 390);
        browser.driver.findElement(By.linkText(best)).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h2[.='Did work get back on track?']"));
        browser.await(By.xpath("//h2[.='Who needs it most']"));
        browser.checkPage("support");
        browser.signOut();

        browser.signIn("district-a", "braid-demo");
        browser.await(By.linkText("Supports")).click();
        browser.await(By.xpath("//nav[@aria-label='Supports']//a[.='Where work lags']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h1[starts-with(., 'Where work lags')]"));
        browser.checkPage("supports-matches");
        browser.signOut();
    }

    @Test
    void aDistrictTellsItsYearAndPublishesItsProgressPage() throws Exception {
        String districtA = admin.orgId("District A");
        browser.signIn("district-a", "braid-demo");
        browser.await(By.linkText("Annual report")).click();
        browser.await(By.xpath("//h1[starts-with(., 'District A: our year')]"));
        browser.await(By.xpath("//h2[.='What we changed, and why']"));
        assertFalse(browser.driver.findElements(By.cssSelector("svg.chart[role='img']")).isEmpty(), "charts, each with its table");
        browser.checkPage("annual-report");
        browser.checkWidths("annual-report", 768, 390);
        browser.fullViewport();
        browser.await(By.xpath("//button[.='Publish the progress page']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//a[.='the public progress page']"));
        assertTrue(admin.get("/orgs/" + districtA + "/publication").body().path("published").asBoolean());
        browser.signOut();

        // no sign-in: the public page reads as it is
        browser.driver.manage().deleteAllCookies();
        browser.open("public/orgs/" + districtA);
        browser.await(By.xpath("//h1[starts-with(., 'District A: our year')]"));
        browser.await(By.xpath("//h2[.='What we did']"));
        browser.checkPage("public-progress");
        browser.checkWidths("public-progress", 390);
        browser.fullViewport();
        assertEquals(200, braid.http.as("district-a").put("/orgs/" + districtA + "/publication", java.util.Map.of("published", false), null).status());
        browser.open("public/orgs/" + districtA);
        browser.await(By.xpath("//h1[.='Not found']"));
        // the demo publishes School A's page
        browser.open("public/orgs/" + admin.orgId("School A"));
        browser.await(By.xpath("//h1[starts-with(., 'School A: our year')]"));
    }

    /** Step 6: the school team changes an action of its plan from the progress page, says why, and keeps it off the public page. */
    @Test
    void aSchoolTeamAdjustsCourseAndKeepsItOffThePublicPage() throws Exception {
        String schoolA = admin.orgId("School A");
        String planId = null;
        for (JsonNode p : admin.get("/planning/plans?orgId=" + schoolA).body().path("items")) {
            if (p.path("schoolYear").asText().equals("2025-26")) planId = p.path("id").asText();
        }
        assertNotNull(planId, "the demo's plan of School A");
        JsonNode action = admin.get("/planning/plans/" + planId).body().path("priorityAreas").get(0).path("strategies").get(0).path("milestones").get(0)
                .path("actions").get(0);
        String cause = "The literacy coach left in October " + System.nanoTime();
        int before = admin.get("/monitoring/adjustments?orgId=" + schoolA).body().path("total").asInt();

        browser.signIn("school-a", "braid-demo");
        browser.open("#/monitoring/plans/" + planId + "/progress");
        browser.await(By.cssSelector("a[aria-label='Adjust action " + action.path("number").asText() + "']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h1[starts-with(., 'Adjust action " + action.path("number").asText() + "')]"));
        browser.checkPage("monitoring-adjust");
        // a cause and nothing changed: the API says what is missing, and nothing is written
        browser.driver.findElement(By.name("cause")).sendKeys(cause);
        browser.driver.findElement(By.cssSelector("form.element-form button[type=submit]")).sendKeys(Keys.ENTER);
        assertTrue(browser.await(By.cssSelector(".form-error")).getText().contains("change"));
        assertEquals(before, admin.get("/monitoring/adjustments?orgId=" + schoolA).body().path("total").asInt(), "a refused adjustment wrote nothing");

        WebElement owner = browser.driver.findElement(By.name("change.owner"));
        owner.clear();
        owner.sendKeys("Assistant principal");
        browser.driver.findElement(By.name("evidence")).sendKeys("October and November status reports");
        browser.driver.findElement(By.name("internal")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.cssSelector("form.element-form button[type=submit]")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//h1[starts-with(., 'Adjustments')]"));
        browser.await(By.xpath("//tr[td[.='" + cause + "']]/td[.='Internal: not told']"));
        browser.checkPage("monitoring-adjustments");

        JsonNode made = null;
        for (JsonNode a : admin.get("/monitoring/adjustments?orgId=" + schoolA).body().path("items")) if (a.path("cause").asText().equals(cause)) made = a;
        assertNotNull(made, "the adjustment is kept");
        assertTrue(made.path("internal").asBoolean());
        assertEquals("October and November status reports", made.path("evidence").asText());
        assertEquals("{\"owner\":\"Assistant principal\"}", made.path("change").toString(), "only what was changed");
        assertEquals("Assistant principal", admin.get("/planning/plans/" + planId).body().path("priorityAreas").get(0).path("strategies").get(0)
                .path("milestones").get(0).path("actions").get(0).path("owner").asText());
        // School A's page is public (the demo publishes it): the internal cause is not on it
        Http.Reply page = braid.http.get("/public/orgs/" + schoolA + "/progress?schoolYear=2025-26");
        assertEquals(200, page.status());
        assertFalse(page.body().toString().contains(cause), page.body().toString());
    }

    private static void submitWithKeyboard() {
        browser.driver.findElement(By.cssSelector("#monthly-report button[type=submit]")).sendKeys(Keys.ENTER);
    }

    /** @return the latest filing for an element in a list the API gives newest first */
    private static JsonNode latest(JsonNode list, String elementId) {
        for (JsonNode r : list.path("items")) if (r.path("elementId").asText().equals(elementId)) return r;
        throw new AssertionError("no report for " + elementId);
    }
}
