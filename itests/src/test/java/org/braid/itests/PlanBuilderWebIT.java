package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The plan builder's further pages in a real browser against a real Braid with the demo: District A's leader edits an
 * action's description and codes and deletes a strategy measure with the keyboard alone, meets someone else's save,
 * compares two versions of School C's plan, reads the funding summary and marks an initiative to retire, weighs a
 * candidate, reads the district's loose-tight view and a school's required CSI plan with what it lacks. axe-core checks every page, also at 768 px and 390 px.
 */
class PlanBuilderWebIT {
    static BraidProcess braid;
    static Browser browser;
    static Http admin;
    static String districtA;
    static String districtPlan;

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("plan-builder-web", 18797, Path.of("target", "data-plan-builder-web-" + System.nanoTime())).start(true).awaitDemo();
        admin = braid.http.as("admin");
        districtA = admin.orgId("District A");
        districtPlan = admin.await("/planning/plans?orgId=" + districtA, r -> r.body().path("total").asInt() >= 1, Duration.ofSeconds(60))
                .body().path("items").path(0).path("id").asText();
        // the schools' demo plans load in the same transaction as the district's
        assertEquals(4, admin.get("/planning/goal-alignment?orgId=" + districtA).body().path("items").path(0).path("strategies").size(),
                "the district goal is served by its own strategy and one in each school");
        browser = new Browser(18797);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (braid != null) braid.close();
    }

    @BeforeEach
    void signedIn() {
        browser.open("");
        browser.driver.manage().deleteAllCookies();
        // the page still believes in the last test's session until it loads again
        browser.driver.navigate().refresh();
        browser.signIn("district-a", "braid-demo");
    }

    @Test
    void theDistrictLeaderEditsAnActionAndDeletesAMeasureByKeyboardAlone() throws Exception {
        JsonNode strategy = admin.get("/planning/plans/" + districtPlan).body().path("priorityAreas").path(0).path("strategies").path(0);
        JsonNode milestone = strategy.path("milestones").path(0);
        String training = milestone.path("actions").path(1).path("id").asText();
        String publishing = milestone.path("actions").path(2).path("id").asText();
        String measure = strategy.path("measures").path(0).path("id").asText();
        assertEquals("Train one portfolio lead per school on the guidelines", admin.get("/planning/actions/" + training).text("description"));

        browser.open("#/planning/plans/" + districtPlan);
        browser.await(By.xpath("//h1[.='Plan 2025-26 — District A']"));
        browser.await(By.xpath("//aside//h2[.='Plan check']/following-sibling::*[not(.='Checking…')]"));
        assertTrue(browser.await(By.xpath("//article[h4[starts-with(., 'Strategy 1.1')]]//li[contains(., '(District A)')]")).getText()
                .startsWith("Each student will meet his or her growth targets"), "the strategy names the district goal it serves");

        tabTo(el -> "summary".equals(el.getTagName()) && el.getText().equals("Edit action 1.1.1.2"));
        press(Keys.ENTER);
        press(Keys.TAB);
        WebElement description = active();
        assertEquals("description", description.getAttribute("name"));
        description.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Train two portfolio leads per school on the guidelines");
        tabTo(el -> "codes".equals(el.getAttribute("name")) && "2A".equals(el.getAttribute("value")));
        press(Keys.SPACE);
        tabTo(el -> el.getText().equals("Save action 1.1.1.2"));
        press(Keys.ENTER);
        browser.await(By.xpath("//td[.='Train two portfolio leads per school on the guidelines']"));
        JsonNode saved = admin.get("/planning/actions/" + training).body();
        assertEquals("Train two portfolio leads per school on the guidelines", saved.path("description").asText());
        assertEquals(List.of("2A"), codes(saved), "the action's own codes");
        assertEquals("Director of Professional Learning", saved.path("owner").asText(), "what the form did not change is kept");
        assertEquals("action-" + training, active().getAttribute("id"), "the keyboard stays at the action");
        browser.checkPage("plan-builder-edited");

        tabTo(el -> "Delete strategy measure 1.1 M1".equals(el.getAttribute("aria-label")), Keys.chord(Keys.SHIFT, Keys.TAB));
        press(Keys.ENTER);
        assertEquals("Yes, delete strategy measure 1.1 M1", active().getText(), "the question takes the focus");
        press(Keys.ENTER);
        assertTrue(browser.gone(By.xpath("//p[strong[.='Measure 1.1 M1']]"), Duration.ofSeconds(5)));
        assertEquals(404, admin.get("/planning/measures/" + measure).status());
        assertEquals(0, admin.get("/planning/plans/" + districtPlan).body().path("priorityAreas").path(0).path("strategies").path(0)
                .path("measures").size());
        assertEquals("strategy-" + strategy.path("id").asText(), active().getAttribute("id"), "the keyboard goes on at the strategy");

        // someone else saves the same action first: nothing is saved, and the page shows their change
        tabTo(el -> "summary".equals(el.getTagName()) && el.getText().equals("Edit action 1.1.1.3"));
        press(Keys.ENTER);
        tabTo(el -> "owner".equals(el.getAttribute("name")));
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "Communications office");
        Http.Reply current = admin.get("/planning/actions/" + publishing);
        ObjectNode theirs = (ObjectNode) current.body();
        theirs.put("owner", "Webmaster");
        assertEquals(200, admin.put("/planning/actions/" + publishing, theirs, current.etag()).status());
        tabTo(el -> el.getText().equals("Save action 1.1.1.3"));
        press(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("notice")).getText().startsWith("Someone else changed this"));
        browser.await(By.xpath("//td[.='Webmaster']"));
        assertEquals("Webmaster", admin.get("/planning/actions/" + publishing).text("owner"));

        browser.checkWidths("plan-builder", 768, 640, 390);
    }

    @Test
    void theDistrictLeaderLinksAStrategyToTheStatesGoalAndNamesAnActionsCollaboratorsByKeyboard() throws Exception {
        JsonNode strategy = admin.get("/planning/plans/" + districtPlan).body().path("priorityAreas").path(0).path("strategies").path(0);
        String strategyId = strategy.path("id").asText();
        List<String> linked = texts(strategy.path("goalIds"));
        String stateGoal = null;
        for (JsonNode g : admin.get("/planning/plans/" + districtPlan + "/goals").body().path("items")) {
            if ("Demo State Department of Education".equals(g.path("orgName").asText())) stateGoal = g.path("id").asText();
        }
        assertNotNull(stateGoal, "the state's goal is offered to the district's strategies");
        assertFalse(linked.contains(stateGoal));
        String action = strategy.path("milestones").path(0).path("actions").path(0).path("id").asText();
        String number = strategy.path("milestones").path(0).path("actions").path(0).path("number").asText();

        browser.open("#/planning/plans/" + districtPlan);
        browser.await(By.xpath("//h1[.='Plan 2025-26 — District A']"));
        browser.await(By.xpath("//aside//h2[.='Plan check']/following-sibling::*[not(.='Checking…')]"));
        try {
            // the strategy's goal links: its district's goal stays ticked, the state's is ticked with the space bar
            tabTo(el -> "summary".equals(el.getTagName()) && el.getText().equals("Edit strategy 1.1"));
            press(Keys.ENTER);
            String goal = stateGoal;
            tabTo(el -> "goalIds".equals(el.getAttribute("name")) && goal.equals(el.getAttribute("value")));
            press(Keys.SPACE);
            tabTo(el -> el.getText().equals("Save strategy 1.1"));
            press(Keys.ENTER);
            browser.await(By.xpath("//article[h4[starts-with(., 'Strategy 1.1')]]//li[starts-with(., 'Each student will meet or exceed readiness benchmarks')"
                    + " and contains(., '(Demo State Department of Education)')]"));
            List<String> now = texts(admin.get("/planning/strategies/" + strategyId).body().path("goalIds"));
            assertTrue(now.contains(stateGoal) && now.containsAll(linked) && now.size() == linked.size() + 1, now.toString());
            assertEquals("strategy-" + strategyId, active().getAttribute("id"), "the keyboard stays at the strategy");

            // the action's collaborators, one per line
            tabTo(el -> "summary".equals(el.getTagName()) && el.getText().equals("Edit action " + number));
            press(Keys.ENTER);
            tabTo(el -> "collaborators".equals(el.getAttribute("name")));
            active().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Reading coach", Keys.ENTER, "Data team");
            tabTo(el -> el.getText().equals("Save action " + number));
            press(Keys.ENTER);
            browser.await(By.xpath("//td[.='Reading coach; Data team']"));
            assertEquals(List.of("Reading coach", "Data team"), texts(admin.get("/planning/actions/" + action).body().path("collaborators")));
            assertEquals("action-" + action, active().getAttribute("id"), "the keyboard stays at the action");
            browser.checkPage("plan-builder-links");
        } finally {
            // the links as the demo has them, for the loose-tight view
            Http.Reply s = admin.get("/planning/strategies/" + strategyId);
            ObjectNode back = (ObjectNode) s.body();
            back.set("goalIds", new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(linked));
            assertEquals(200, admin.put("/planning/strategies/" + strategyId, back, s.etag()).status());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void twoVersionsCompareFieldByField() throws Exception {
        String schoolC = admin.orgId("School C");
        String plan = admin.get("/planning/plans?orgId=" + schoolC).body().path("items").path(0).path("id").asText();
        assertEquals(201, admin.post("/planning/plans/" + plan + "/submit", Http.obj()).status());
        assertEquals(200, retried(() -> admin.post("/planning/plans/" + plan + "/reopen", Http.obj())).status());
        String action = admin.get("/planning/plans/" + plan).body().path("priorityAreas").path(0).path("strategies").path(0)
                .path("milestones").path(0).path("actions").path(0).path("id").asText();
        Http.Reply read = admin.get("/planning/actions/" + action);
        String before = read.body().path("owner").asText();
        ObjectNode changed = (ObjectNode) read.body();
        changed.put("owner", "Dean of students");
        assertEquals(200, retried(() -> admin.put("/planning/actions/" + action, changed, read.etag())).status());
        assertEquals(201, retried(() -> admin.post("/planning/plans/" + plan + "/submit", Http.obj())).status());

        browser.open("#/planning/plans/" + plan);
        browser.await(By.linkText("Compare versions")).click();
        browser.await(By.xpath("//h1[.='Compare versions — Plan 2025-26, School C']"));
        new Select(browser.await(By.id("from"))).selectByValue("1");
        new Select(browser.driver.findElement(By.id("to"))).selectByValue("2");
        browser.driver.findElement(By.xpath("//button[.='Show the changes']")).click();
        browser.await(By.xpath("//h2[.='From version 1 to version 2']"));
        browser.await(By.xpath("//h4[.='Changed (1)']"));
        WebElement owner = browser.await(By.xpath("//li[strong[.='Action 1.1.1.1']]//li[span[.='Owner: ']]"));
        assertEquals(before.isEmpty() ? "(empty)" : before, owner.findElement(By.tagName("del")).getText());
        assertEquals("Dean of students", owner.findElement(By.tagName("ins")).getText());
        browser.checkPage("plan-versions");
        browser.checkWidths("plan-versions", 768, 640, 390);
    }

    @Test
    void theFundingSummaryAndTheInitiativesToRetire() throws Exception {
        browser.open("#/planning/plans/" + districtPlan);
        browser.await(By.partialLinkText("Funding by source")).click();
        browser.await(By.xpath("//h1[.='Funding — Plan 2025-26, District A']"));
        assertEquals("$12,000.00", amount("Budgets by funding source", "Title I, Part A"));
        assertEquals("$18,500.00", amount("Budgets by funding source", "Title II, Part A"));
        assertEquals("$3,000.00", amount("Budgets by funding source", "General fund"));
        assertEquals("$33,500.00", amount("Budgets by funding source", "Total"));
        assertEquals("$33,500.00", amount("Budgets by strategy", "1.1"));

        browser.await(By.xpath("//summary[.='Mark an initiative to retire']")).click();
        field("initiative").sendKeys("Legacy reading software licences");
        field("freedAmount").sendKeys("-5");
        browser.driver.findElement(By.xpath("//button[.='Mark an initiative to retire']")).click();
        assertFalse(browser.await(By.cssSelector("input[name='freedAmount'] + p.error")).getText().isBlank(), "the error beside the amount");
        field("freedAmount").clear();
        field("freedAmount").sendKeys("7500");
        field("fundingSource").sendKeys("Title I, Part A");
        browser.driver.findElement(By.xpath("//button[.='Mark an initiative to retire']")).click();
        browser.await(By.xpath("//th[.='Legacy reading software licences']"));
        assertEquals("$7,500.00", amount("Initiatives to retire", "Total freed"));
        assertTrue(browser.driver.findElement(By.cssSelector("p.lead")).getText()
                .equals("Budgeted in all: $33,500.00 over 3 actions. Freed by retiring initiatives: $7,500.00."));
        assertEquals("7500.00", admin.get("/planning/plans/" + districtPlan + "/funding").body().path("freed").decimalValue().setScale(2).toPlainString());
        browser.checkPage("plan-funding");
        browser.checkWidths("plan-funding", 768, 640, 390);

        // candidates weighed with the questions
        browser.open("#/planning/plans/" + districtPlan + "/candidates");
        browser.await(By.xpath("//h1[.='Candidate strategies — Plan 2025-26, District A']"));
        browser.await(By.xpath("//summary[.='Weigh a candidate strategy']")).click();
        field("title").sendKeys("Family learning nights");
        new Select(field("answers.root-cause.answer")).selectByValue("yes");
        new Select(field("answers.systemic.answer")).selectByValue("partly");
        field("rank").sendKeys("1");
        browser.driver.findElement(By.xpath("//button[.='Weigh a candidate strategy']")).click();
        browser.await(By.xpath("//h2[.='1. Family learning nights']"));
        assertEquals("3 of 14", browser.await(By.xpath("//tr[th[.='Family learning nights']]/td[2]")).getText());
        assertEquals(3, admin.get("/planning/plans/" + districtPlan + "/candidates").body().path("items").path(0).path("score").asInt());
        browser.checkPage("plan-candidates");
        browser.checkWidths("plan-candidates", 768, 640, 390);
    }

    @Test
    void aSchoolsRequiredPlansShowWhatThePlanLacksByKeyboard() throws Exception {
        String plan = admin.get("/planning/plans?orgId=" + admin.orgId("School A")).body().path("items").path(0).path("id").asText();
        browser.open("#/planning/plans/" + plan);
        browser.await(By.xpath("//section[h2[.='Required plans']]//a[.='Comprehensive support and improvement plan']"));
        tabTo(e -> e.getText().equals("Comprehensive support and improvement plan"));
        press(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Comprehensive support and improvement plan — Plan 2025-26, School A']"));
        WebElement inequities = browser.await(By.xpath("//section[h2[starts-with(., 'Resource inequities')]]//div[@class='missing-components']//li"));
        assertTrue(inequities.getText().startsWith("Identifies resource inequities"), inequities.getText());
        browser.await(By.partialLinkText("Print the Comprehensive support and improvement plan"));
        browser.checkPage("plan-required");
        browser.checkWidths("plan-required", 768, 640, 390);
    }

    @Test
    void theDistrictSeesWhichStrategiesServeEachOfItsGoals() throws Exception {
        browser.open("#/planning");
        browser.await(By.partialLinkText("Loose-tight: the goals of District A")).click();
        browser.await(By.xpath("//h1[.='Loose-tight: the goals of District A and the strategies serving them']"));
        assertEquals("4 strategies in 4 organizations serve this goal.", browser.await(By.cssSelector("section p.count")).getText());
        List<WebElement> rows = browser.driver.findElements(By.xpath("//section[1]//table/tbody/tr"));
        assertEquals(List.of("District A", "School A", "School B", "School C"),
                rows.stream().map(r -> r.findElement(By.tagName("th")).getText()).sorted().toList());
        WebElement schoolB = browser.driver.findElement(By.xpath("//section[1]//tbody/tr[th[.='School B']]"));
        assertEquals("3.1", schoolB.findElement(By.xpath("td[2]")).getText());
        assertEquals("4C", schoolB.findElement(By.xpath("td[4]")).getText());
        browser.await(By.xpath("//section[1]//p[.='Every organization below District A serves it.']"));
        browser.checkPage("plan-loose-tight");
        browser.checkWidths("plan-loose-tight", 768, 640, 390);
    }

    @Test
    void looseTightLooksThroughADistrictsSchoolsAPageAtATime() throws Exception {
        String sea = admin.orgId("Demo State Department of Education");
        String wide = admin.post("/orgs", Http.obj("type", "LEA", "name", "Wide District", "parentId", sea, "essaStatus", "NONE")).text("id");
        assertEquals(200, admin.put("/orgs/" + wide + "/direction", Http.obj("goals", List.of(Http.obj("statement", "Every student reads by grade 3",
                "measures", List.of()))), admin.get("/orgs/" + wide + "/direction").etag()).status());
        for (int i = 1; i <= 51; i++) {
            assertEquals(201, admin.post("/orgs", Http.obj("type", "SCHOOL", "name", String.format("Wide School %02d", i), "parentId", wide,
                    "essaStatus", "NONE")).status());
        }
        browser.signOut();
        browser.signIn("admin", "braid-demo");
        browser.open("#/planning/loose-tight/" + wide);
        browser.await(By.xpath("//h1[.='Loose-tight: the goals of Wide District and the strategies serving them']"));
        String first = browser.await(By.xpath("//section[1]//p[starts-with(., 'Not serving it yet')]")).getText();
        assertTrue(first.startsWith("Not serving it yet, among the first 50 of 51 schools: Wide School 01, "), first);
        assertFalse(first.contains("Wide School 51"), "only the first page is read");
        browser.await(By.xpath("//button[.='Look through 1 more of the 51 schools for goal 1']")).sendKeys(Keys.ENTER);
        WebElement all = browser.await(By.xpath("//section[1]//p[starts-with(., 'Not serving it yet:')]"));
        assertTrue(all.getText().endsWith("Wide School 50, Wide School 51."), all.getText());
        assertEquals(all, active(), "the keyboard goes to the list");
        assertTrue(browser.driver.findElements(By.xpath("//button[starts-with(., 'Look through')]")).isEmpty());
        browser.checkPage("plan-loose-tight-paged");
    }

    /** Monitoring catches up with a plan after a submit or a reopen; a change meeting it is told to try again (409). */
    private static Http.Reply retried(java.util.function.Supplier<Http.Reply> call) throws InterruptedException {
        Http.Reply r = call.get();
        for (int i = 0; i < 10 && r.status() == 409; i++) {
            Thread.sleep(1000);
            r = call.get();
        }
        return r;
    }

    private static List<String> codes(JsonNode action) {
        List<String> out = new java.util.ArrayList<>();
        action.path("codes").forEach(c -> out.add(c.asText()));
        return out;
    }

    private static String amount(String table, String row) {
        return browser.await(By.xpath("//table[caption[.='" + table + "']]//tr[th[.='" + row + "']]/td[last()]")).getText();
    }

    private static WebElement field(String name) {
        return browser.await(By.cssSelector("details[open] [name='" + name + "']"));
    }

    private static WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private static void press(CharSequence key) {
        active().sendKeys(key);
    }

    /** Presses Tab until the focused element is the one wanted, as a keyboard user would. */
    private static void tabTo(Predicate<WebElement> wanted) {
        tabTo(wanted, Keys.TAB);
    }

    /** @param key Tab, or Shift+Tab to go back */
    private static void tabTo(Predicate<WebElement> wanted, CharSequence key) {
        for (int i = 0; i < 400; i++) {
            press(key);
            if (wanted.test(active())) return;
        }
        fail("not reached with Tab: last focused " + active().getTagName() + " " + active().getText());
    }
}
