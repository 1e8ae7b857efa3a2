package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
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
 * The self-assessment pages in a real browser against a real Braid: a member rates elements with the keyboard, each
 * saved on its own, the API's error next to the levels; the lead records a consensus; the team summary and the state's
 * view with its charts and tables. axe-core checks every page (no serious or critical violation), at 1280 px and
 * narrower; screenshots go to target/screenshots.
 */
class SelfAssessmentWebIT {
    static BraidProcess braid;
    static Browser browser;
    static Http lead;
    static String reflection;

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("self-assessment-web", 18684, Path.of("target", "data-self-assessment-web-" + System.nanoTime())).start(true).awaitDemo();
        lead = braid.http.as("district-a");
        Http member = braid.http.as("district-a-2");
        String district = lead.orgId("District A");
        Http.Reply r = lead.post("/self-assessment/reflections", Http.obj("orgId", district, "schoolYear", "2036-37", "teamUserIds",
                List.of(lead.get("/session").text("userId"), member.get("/session").text("userId")), "leadUserId", lead.get("/session").text("userId")));
        assertEquals(201, r.status(), r.body().toString());
        reflection = r.text("id");
        browser = new Browser(18684);
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
    void aMemberRatesElementsWithTheKeyboardEachSavedOnItsOwn() throws Exception {
        browser.signIn("district-a-2", "braid-demo");
        browser.open("#/self-assessment/reflections/" + reflection);
        browser.await(By.xpath("//h1[starts-with(., 'Self-reflection 2036-37')]"));
        // no level chosen: the API names the field and the page shows it beside the levels
        WebElement save2 = browser.driver.findElement(By.cssSelector("#rate-1a2 button[type=submit]"));
        save2.sendKeys(Keys.ENTER);
        browser.await(By.cssSelector("#rate-1a2 p.error"));
        browser.checkPage("self-assessment-rating-error");

        // level 3 of 1a1: Space on the radio button, evidence typed, Enter on Save
        browser.driver.findElement(By.id("lv-1a1-3")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.id("ev-1a1")).sendKeys("Board minutes, March");
        browser.driver.findElement(By.cssSelector("#rate-1a1 button[type=submit]")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//form[@id='rate-1a1']//span[@role='status' and .='Saved 1a1']"));
        // arrow keys move through the levels of 1a2
        browser.driver.findElement(By.id("lv-1a2-1")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.id("lv-1a2-1")).sendKeys(Keys.ARROW_RIGHT);
        browser.driver.findElement(By.cssSelector("#rate-1a2 button[type=submit]")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//form[@id='rate-1a2']//span[@role='status' and .='Saved 1a2']"));

        JsonNode mine = braid.http.as("district-a-2").get("/self-assessment/reflections/" + reflection + "/my-ratings").body();
        assertEquals(2, mine.path("total").asInt(), mine.toString());
        assertEquals(3, mine.path("items").get(0).path("level").asInt());
        assertEquals("Board minutes, March", mine.path("items").get(0).path("evidence").asText());
        assertEquals(2, mine.path("items").get(1).path("level").asInt());
        browser.checkPage("self-assessment-rating");
        browser.checkWidths("self-assessment-rating", 768, 390);

        // one element at a time: only 1a1 shows; saving moves on to the next
        browser.driver.findElement(By.xpath("//button[.='One element at a time']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[@role='status' and .='Element 1 of 37']"));
        assertTrue(browser.driver.findElement(By.id("rate-1a1")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("rate-1a2")).isDisplayed());
        browser.driver.findElement(By.cssSelector("#rate-1a1 button[type=submit]")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//p[@role='status' and .='Element 2 of 37']"));
        assertTrue(browser.driver.findElement(By.id("rate-1a2")).isDisplayed());
        browser.checkPage("self-assessment-rating-one");

        browser.open("#/self-assessment/reflections/" + reflection + "/summary");
        browser.await(By.xpath("//h1[starts-with(., 'Self-reflection 2036-37')]"));
        browser.await(By.xpath("//caption[starts-with(., '1A ')]"));
        browser.checkPage("self-assessment-summary");
    }

    @Test
    void theLeadRecordsAConsensus() throws Exception {
        browser.signIn("district-a", "braid-demo");
        browser.open("#/self-assessment/reflections/" + reflection + "/consensus");
        browser.await(By.xpath("//h1[starts-with(., 'Self-reflection 2036-37')]"));
        WebElement section = browser.await(By.xpath("//section[h2[@id='c-1b2']]"));
        section.findElement(By.name("level")).sendKeys("2");
        section.findElement(By.name("evidence")).sendKeys("Data review of March");
        section.findElement(By.name("notes")).sendKeys("Agreed after the data review");
        section.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//*[@id='notice' and contains(., 'Consensus on 1b2 saved')]"));
        JsonNode v = lead.get("/self-assessment/reflections/" + reflection).body();
        JsonNode consensus = null;
        for (JsonNode e : v.path("elements")) if (e.path("code").asText().equals("1b2")) consensus = e.path("consensus");
        assertEquals(2, consensus.path("level").asInt(), v.toString());
        assertEquals("Agreed after the data review", consensus.path("notes").asText());
        assertEquals("Data review of March", consensus.path("evidence").asText());
        browser.checkPage("self-assessment-consensus");
        browser.checkWidths("self-assessment-consensus", 768, 390);
    }

    @Test
    void theTeamIsChosenBySearchingTheDistrictsUsers() throws Exception {
        browser.signIn("district-a", "braid-demo");
        browser.open("#/self-assessment");
        WebElement find = browser.await(By.id("sa-find-user"));
        find.sendKeys("a-3");
        browser.await(By.xpath("//p[@id='sa-find-user-hint' and starts-with(., '1 of ')]"));
        List<WebElement> shown = browser.driver.findElements(By.cssSelector("select[name=teamUserIds] option:not([hidden])"));
        assertEquals(List.of("district-a-3"), shown.stream().map(WebElement::getText).toList());
        browser.checkPage("self-assessment-team-search");
    }

    @Test
    void theProcessSelfAssessmentGoesStepByStep() throws Exception {
        String district = lead.orgId("District A");
        Http.Reply created = lead.post("/self-assessment/process-assessments", Http.obj("orgId", district, "schoolYear", "2037-38"));
        assertEquals(201, created.status(), created.body().toString());
        String id = created.text("id");
        browser.signIn("district-a", "braid-demo");
        browser.open("#/self-assessment/process/" + id);
        browser.await(By.xpath("//h1[starts-with(., 'Process self-assessment 2037-38')]"));
        for (int step = 1; step <= 5; step++) browser.await(By.xpath("//h2[starts-with(., 'Step " + step + ".')]"));
        // step 1: a member of the team; step 3: what the district does today to plan; step 4: a support; step 5: a next step
        browser.driver.findElement(By.xpath("(//section[h2[starts-with(., 'Step 1.')]])[1]//button[.='Add a row']")).sendKeys(Keys.ENTER);
        browser.driver.findElement(By.name("team[0].name")).sendKeys("A. Rivera");
        browser.driver.findElement(By.name("team[0].roleResponsibility")).sendKeys("facilitator");
        browser.driver.findElement(By.name("process[2].current")).sendKeys("Schools write plans in May");
        browser.driver.findElement(By.xpath("//section[h2[starts-with(., 'Step 4.')]]//button[.='Add a row']")).sendKeys(Keys.ENTER);
        browser.driver.findElement(By.name("supports[0].support")).sendKeys("Plan review");
        browser.driver.findElement(By.name("supports[0].steps")).sendKeys("plan, select");
        browser.driver.findElement(By.xpath("//section[h2[starts-with(., 'Step 5.')]]//button[.='Add a row']")).sendKeys(Keys.ENTER);
        browser.driver.findElement(By.name("nextSteps[0].step")).sendKeys("Check plans against evidence");
        browser.driver.findElement(By.xpath("//button[.='Save the process self-assessment']")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//*[@id='notice' and contains(., 'Saved.')]"));
        JsonNode p = lead.get("/self-assessment/process-assessments/" + id).body();
        assertEquals("A. Rivera", p.path("team").get(0).path("name").asText(), p.toString());
        assertEquals("Schools write plans in May", p.path("process").get(2).path("current").asText());
        assertEquals("[\"plan\",\"select\"]", p.path("supports").get(0).path("steps").toString());
        assertEquals("Check plans against evidence", p.path("nextSteps").get(0).path("step").asText());
        browser.checkPage("self-assessment-process");
        browser.checkWidths("self-assessment-process", 768, 390);

        // the saved next step becomes a priority area of the district's 2037-38 plan (the page, loaded again, lists it)
        browser.driver.navigate().refresh();
        browser.await(By.xpath("//button[.='Make it a priority area of the plan']")).sendKeys(Keys.ENTER);
        WebElement link = browser.await(By.xpath("//a[starts-with(., 'In the plan as priority area')]"));
        assertTrue(link.getAttribute("href").contains("#/planning/plans/"), link.getAttribute("href"));
        browser.checkPage("self-assessment-process-plan");
    }

    @Test
    void lowElementsSentToTheNeedsAssessmentAreOfferedAsCandidatePriorityAreas() throws Exception {
        // a round of its own year: the lead agrees one element low and one not, and sends the low one
        String district = lead.orgId("District A");
        String me = lead.get("/session").text("userId");
        String member = braid.http.as("district-a-2").get("/session").text("userId");
        Http.Reply r = lead.post("/self-assessment/reflections", Http.obj("orgId", district, "schoolYear", "2038-39", "teamUserIds", List.of(me, member),
                "leadUserId", me));
        assertEquals(201, r.status(), r.body().toString());
        String round = r.text("id");
        assertEquals(200, lead.put("/self-assessment/reflections/" + round + "/consensus/2b1", Http.obj("level", 1), null).status());
        assertEquals(200, lead.put("/self-assessment/reflections/" + round + "/consensus/1a1", Http.obj("level", 3), null).status());
        assertEquals(200, lead.post("/self-assessment/reflections/" + round + "/concerns", null).status());
        String assessment = null;
        for (JsonNode a : lead.get("/needs-assessment/assessments?orgId=" + district).body().path("items")) {
            if (a.path("schoolYear").asText().equals("2038-39")) assessment = a.path("id").asText();
        }
        assertNotNull(assessment, "the concern started the year's needs assessment");

        browser.signIn("district-a", "braid-demo");
        browser.open("#/needs-assessment/assessments/" + assessment);
        WebElement offered = browser.await(By.xpath("//section[h2[@id='na-candidates']]//li"));
        assertTrue(offered.getText().startsWith("2b1: "), offered.getText());
        assertEquals(1, browser.driver.findElements(By.xpath("//section[h2[@id='na-candidates']]//li")).size(), "only the low element");
        browser.checkPage("needs-assessment-candidates");
        offered.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        browser.await(By.xpath("//*[@id='notice' and contains(., 'is a priority area')]"));
        assertTrue(browser.gone(By.id("na-candidates"), Duration.ofSeconds(10)), "taken, it is no longer offered");
        JsonNode areas = lead.get("/needs-assessment/assessments/" + assessment).body().path("priorityAreas");
        assertEquals(1, areas.size(), areas.toString());
        assertTrue(areas.get(0).path("title").asText().startsWith("2b1: "), areas.toString());
    }

    @Test
    void theStateSeesAChartPerPracticeWithItsTable() throws Exception {
        browser.signIn("sea", "braid-demo");
        browser.open("#/self-assessment/state");
        browser.await(By.xpath("//h1[.='Where the districts stand']"));
        browser.await(By.cssSelector("svg.chart"));
        assertEquals(12, browser.driver.findElements(By.cssSelector("svg.chart[role=img]")).size());
        assertEquals(12, browser.driver.findElements(By.cssSelector("svg.chart > title")).size(), "each chart has its title");
        assertEquals(12, browser.driver.findElements(By.cssSelector("svg.chart > desc")).size(), "and its description");
        assertFalse(browser.driver.findElements(By.cssSelector("table.compact caption")).isEmpty());
        browser.checkPage("self-assessment-state");
        browser.checkWidths("self-assessment-state", 768, 390);
    }
}
