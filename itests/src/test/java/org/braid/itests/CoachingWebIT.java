package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The coaching pages in a real browser against a real Braid: the demo coach finds School B with its open comments,
 * opens its comments and resolves one, then reads a step's coaching questions. axe-core checks every page, also at
 * 768 px and 390 px; screenshots go to target/screenshots.
 */
class CoachingWebIT {
    static BraidProcess braid;
    static Browser browser;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("coaching-web", 18798, Path.of("target", "data-coaching-web-" + System.nanoTime())).start(true).awaitDemo();
        admin = braid.http.as("admin");
        String schoolB = admin.orgId("School B");
        assertEquals(3, admin.await("/coaching/comments?orgId=" + schoolB, r -> r.body().path("total").asInt() >= 3, Duration.ofSeconds(60))
                .body().path("total").asInt(), "the demo comments are loaded");
        browser = new Browser(18798);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (braid != null) braid.close();
    }

    @Test
    void theCoachSeesTheAssignedSchoolResolvesACommentAndReadsAStepsQuestions() throws Exception {
        browser.signIn("coach", "braid-demo");
        browser.await(By.linkText("Coaching")).click();
        browser.await(By.xpath("//h1[.='Coaching']"));
        assertEquals("3", browser.await(By.xpath("//tr[th[starts-with(., 'School B')]]/td[2]")).getText(), "School B's open comments");
        // the practices where School B's work lags, as monitoring matches them: the demo's reports put some behind
        JsonNode behind = admin.get("/monitoring/supports/matches?orgId=" + admin.orgId("School B")).body().path("items");
        assertTrue(behind.size() > 0, behind.toString());
        String lagging = browser.await(By.xpath("//tr[th[starts-with(., 'School B')]]/td[1]")).getText();
        assertTrue(lagging.startsWith(behind.get(0).path("practice").asText() + " ") && lagging.contains("% of "), lagging);
        browser.await(By.linkText("Lagging work of School B"));
        browser.checkPage("coaching-caseload");
        browser.checkWidths("coaching-caseload", 768, 390);
        browser.fullViewport();

        browser.await(By.linkText("Comments on School B")).click();
        browser.await(By.xpath("//h1[.='Comments on School B']"));
        assertEquals(3, browser.driver.findElements(By.cssSelector("article.card")).size());
        browser.checkPage("coaching-comments");
        browser.driver.findElements(By.xpath("//button[.='Resolve']")).get(0).click();
        assertTrue(browser.gone(By.xpath("(//article[contains(@class,'card')])[3]"), Duration.ofSeconds(5)), "the resolved comment leaves the open list");
        String schoolB = admin.orgId("School B");
        assertEquals(2, admin.get("/coaching/comments?orgId=" + schoolB + "&resolved=false").body().path("total").asInt());

        browser.await(By.linkText("Coaching questions")).click();
        browser.await(By.xpath("//h1[.='Coaching questions for each step']"));
        browser.await(By.linkText("Implement")).click();
        browser.await(By.xpath("//h1[.='Step 4: Implement']"));
        assertEquals(17, browser.driver.findElements(By.cssSelector("main section.card li")).size());
        browser.checkPage("coaching-step");
        browser.checkWidths("coaching-step", 768, 390);
        browser.fullViewport();

        // beside the dashboard, where step 5's work is done: its questions, and the school's open comments
        browser.open("#/monitoring/dashboard/" + schoolB);
        browser.await(By.xpath("//aside//summary[starts-with(., 'Coaching questions for step 5')]")).click();
        assertFalse(browser.driver.findElements(By.xpath("//aside//details[@open]//li")).isEmpty(), "the step's questions open");
        assertEquals("Open comments: 2", browser.await(By.xpath("//aside//a[starts-with(., 'Open comments')]")).getText());
        browser.checkPage("coaching-beside-dashboard");
        browser.signOut();

        // and beside the direction, step 1's, for the district's own team
        browser.signIn("district-a", "braid-demo");
        browser.open("#/orgs/" + admin.orgId("District A") + "/direction");
        browser.await(By.xpath("//aside//summary[starts-with(., 'Coaching questions for step 1')]"));
        browser.checkPage("coaching-beside-direction");
    }
}
