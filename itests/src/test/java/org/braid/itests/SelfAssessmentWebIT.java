package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
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
        braid = new BraidProcess("self-assessment-web", 18684, Path.of("target", "data-self-assessment-web-" + System.nanoTime())).start(true);
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
