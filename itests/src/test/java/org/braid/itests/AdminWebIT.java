package org.braid.itests;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The administrator's users page and the audit trail in a real browser against a real Braid, by keyboard alone: an
 * admin finds a coach by name, gives them a second role and an assigned organization with the organization picker,
 * saves, and reads the change, roles before and after, in the audit trail filtered by that user. axe-core checks
 * every page, also at 768 px and 390 px. Then the paging and filters of {@code GET /api/users} and
 * {@code GET /api/audit} over HTTP.
 */
class AdminWebIT {
    static final int PORT = 18799;
    static BraidProcess braid;
    static Browser browser;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        braid = new BraidProcess("admin-web", PORT, Path.of("target", "data-admin-web-" + System.nanoTime())).start(true).awaitDemo();
        admin = braid.http.as("admin");
        browser = new Browser(PORT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (braid != null) braid.close();
    }

    @Test
    void anAdminGivesACoachASecondRoleAndAnOrganizationByKeyboardAndTheTrailShowsIt() throws Exception {
        String district = admin.orgId("District A");
        String schoolC = admin.orgId("School C");
        Http.Reply made = admin.post("/users", Http.obj("username", "pat.rivera", "displayName", "Pat Rivera", "password", "a-coach-of-district-a",
                "orgId", district, "roles", List.of("coach")));
        assertEquals(201, made.status(), made.body().toString());
        String pat = made.text("id");

        signInByKeyboard("admin");
        tabTo(By.linkText("Users"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Users']"));

        type(tabTo(By.id("user-q")), "RIVERA");
        keys(Keys.ENTER);
        browser.await(By.xpath("//h2[.='1 user found']"));
        tabTo(By.cssSelector("button[data-edit='pat.rivera']"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//h2[.='Edit pat.rivera']"));
        tabTo(By.id("role-viewer"));
        keys(Keys.SPACE);
        WebElement picker = tabTo(By.cssSelector("#user-editor input[role=combobox][name=assigned]"));
        type(picker, "School C");
        browser.await(By.xpath("//ul[@role='listbox']/li[@role='option' and starts-with(., 'School C')]"));
        assertEquals("true", picker.getAttribute("aria-expanded"));
        keys(Keys.ARROW_DOWN);
        String active = picker.getAttribute("aria-activedescendant");
        assertTrue(browser.driver.findElement(By.id(active)).getText().startsWith("School C"), "the arrow key moves to the option");
        browser.checkPage("admin-users-picker");
        keys(Keys.ENTER);
        browser.await(By.xpath("//ul[@class='chips']/li[starts-with(., 'School C')]"));
        assertEquals("false", picker.getAttribute("aria-expanded"));
        browser.checkPage("admin-users-edit");
        browser.checkWidths("admin-users-edit", 768, 640, 390);
        tabTo(By.xpath("//button[.='Save pat.rivera']"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//div[@id='notice' and .='pat.rivera saved.']"));

        JsonNode saved = admin.get("/users/" + pat).body();
        assertEquals(List.of("coach", "viewer"), texts(saved.path("roles")));
        assertEquals(List.of(schoolC), texts(saved.path("assigned")));
        assertEquals(district, saved.path("orgId").asText(), "the organization stays");

        // someone else saves first: the page says so and reloads their version
        tabTo(By.cssSelector("button[data-edit='pat.rivera']"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//h2[.='Edit pat.rivera']"));
        Http.Reply now = admin.get("/users/" + pat);
        ((com.fasterxml.jackson.databind.node.ObjectNode) now.body()).put("displayName", "Pat Rivera-Lopez");
        assertEquals(200, admin.put("/users/" + pat, now.body(), now.etag()).status());
        tabTo(By.xpath("//button[.='Save pat.rivera']"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//div[@role='alert' and contains(., 'Someone changed this user')]"));
        assertEquals("Pat Rivera-Lopez", browser.await(By.id("edit-name")).getAttribute("value"), "their version is loaded");

        tabTo(By.linkText("Audit trail"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Audit trail']"));
        type(tabTo(By.id("audit-user")), "pat.rivera");
        showChanges(Keys.ENTER);
        String roles = "//article[.//th[.='roles']][.//td[.='coach']][.//td[.='coach, viewer']]";
        WebElement change = browser.await(By.xpath(roles));
        assertTrue(change.getText().contains("PUT /users/{id}"), change.getText());
        browser.await(By.xpath(roles + "//tr[@data-field='assigned'][td[1]='none'][td[2]='School C']"));
        List<WebElement> entries = browser.driver.findElements(By.xpath("//article"));
        assertEquals(3, entries.size(), "its creation, the roles, the name; the stale save wrote nothing");
        assertTrue(entries.stream().allMatch(a -> a.getText().contains(pat)), "only entries about the user");
        browser.checkPage("admin-audit");
        browser.checkWidths("admin-audit", 768, 640, 390);
        browser.signOut();
    }

    @Test
    void anAdminSetsANewPasswordForAUserByKeyboard() throws Exception {
        String org = admin.orgId("School B");
        assertEquals(201, admin.post("/users", Http.obj("username", "sam.reset", "password", "the-first-password", "orgId", org,
                "roles", List.of("school-leader"))).status());
        browser.open("");
        browser.driver.manage().deleteAllCookies();
        // the page still believes in the last test's session until it loads again
        browser.driver.navigate().refresh();
        signInByKeyboard("admin");
        tabTo(By.linkText("Users"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Users']"));
        type(tabTo(By.id("user-q")), "sam.reset");
        keys(Keys.ENTER);
        browser.await(By.xpath("//h2[.='1 user found']"));
        tabTo(By.xpath("//summary[.='New password for sam.reset']"));
        keys(Keys.ENTER);
        // too short: the API's answer beside the field, and the old password still works
        type(tabTo(By.cssSelector("details[open] input[name='password']")), "short");
        keys(Keys.ENTER);
        assertFalse(browser.await(By.cssSelector("details[open] input[name='password'] + p.error")).getText().isBlank());
        assertEquals(201, braid.http.post("/session", Http.obj("username", "sam.reset", "password", "the-first-password")).status());
        browser.checkPage("admin-users-password");
        WebElement password = browser.driver.switchTo().activeElement();
        assertEquals("password", password.getAttribute("name"), "the keyboard is at the field in error");
        password.sendKeys(Keys.chord(Keys.CONTROL, "a"), "a-second-password", Keys.ENTER);
        browser.await(By.xpath("//div[@id='notice' and .='Password of sam.reset changed; their sessions ended.']"));
        assertEquals("sam.reset", browser.driver.switchTo().activeElement().getAttribute("data-reset"), "the keyboard stays at the user");
        assertEquals(401, braid.http.post("/session", Http.obj("username", "sam.reset", "password", "the-first-password")).status());
        assertEquals(201, braid.http.post("/session", Http.obj("username", "sam.reset", "password", "a-second-password")).status());
        browser.signOut();
    }

    @Test
    void stateStaffReadTheTrailOfAnOrganizationChosenWithThePicker() throws Exception {
        String schoolA = admin.orgId("School A");
        Http.Reply before = admin.get("/orgs/" + schoolA + "/publication");
        boolean published = before.body().path("published").asBoolean();
        assertEquals(200, admin.put("/orgs/" + schoolA + "/publication", Http.obj("published", !published), null).status());

        signInByKeyboard("sea");
        assertTrue(browser.driver.findElements(By.linkText("Users")).isEmpty(), "users are the administrator's");
        tabTo(By.linkText("Audit trail"));
        keys(Keys.ENTER);
        browser.await(By.xpath("//h1[.='Audit trail']"));
        type(tabTo(By.cssSelector("form[role=search] input[role=combobox]")), "School A");
        browser.await(By.xpath("//li[@role='option' and starts-with(., 'School A')]"));
        keys(Keys.ARROW_DOWN, Keys.ENTER);
        tabTo(By.xpath("//button[.='Show changes']"));
        showChanges(Keys.ENTER);
        browser.await(By.xpath("//article[.//tr[@data-field='published'][td[1]='" + published + "'][td[2]='" + !published + "']]"));
        assertTrue(browser.driver.findElements(By.xpath("//article")).stream().allMatch(a -> a.getText().contains("School A")),
                "only School A's changes");
        browser.checkPage("audit-state-staff");
        browser.signOut();
    }

    @Test
    void usersAndTheTrailArePagedAndFilteredOnTheServerAndBadValuesNameTheirField() throws Exception {
        String district = admin.orgId("District A");
        for (int i = 1; i <= 7; i++) {
            assertEquals(201, admin.post("/users", Http.obj("username", "page-user-0" + i, "displayName", "Paging Person " + i,
                    "password", "a-page-of-users-" + i, "orgId", district, "roles", List.of("viewer"))).status());
        }
        JsonNode first = admin.get("/users?q=page-user&limit=3").body();
        assertEquals(7, first.path("total").asInt());
        assertEquals(List.of("page-user-01", "page-user-02", "page-user-03"), usernames(first));
        assertEquals(List.of("page-user-07"), usernames(admin.get("/users?q=page-user&limit=3&offset=6").body()));
        assertEquals(7, admin.get("/users?q=PERSON").body().path("total").asInt(), "the name, any case");
        assertEquals(0, admin.get("/users?q=" + enc("100%")).body().path("total").asInt(), "% is a character, not a wildcard");
        assertEquals(7, admin.get("/users?q=page-user&orgId=" + district).body().path("total").asInt());
        assertEquals(0, admin.get("/users?q=page-user&orgId=" + admin.orgId("School C")).body().path("total").asInt());
        assertTrue(admin.get("/users").body().path("items").size() <= 50, "the default page");
        assertEquals(200, admin.get("/users?limit=500").status());
        assertEquals(403, braid.http.as("district-a").get("/users?q=page").status());

        badField("/users?limit=0", "limit");
        badField("/users?limit=501", "limit");
        badField("/users?limit=abc", "limit");
        badField("/users?offset=-1", "offset");
        badField("/users?q=" + "z".repeat(201), "q");
        badField("/users?orgId=" + "y".repeat(65), "orgId");

        // the trail: by the user who made a change or whose account it changed, by operation and by time
        JsonNode about = admin.get("/audit?user=page-user-03").body().path("items");
        assertEquals(1, about.size(), about.toString());
        assertEquals("POST /users", about.path(0).path("operation").asText());
        assertEquals("admin", about.path(0).path("username").asText());
        JsonNode creations = admin.get("/audit?operation=" + enc("POST /users") + "&limit=5").body().path("items");
        assertEquals(5, creations.size());
        for (JsonNode e : creations) assertEquals("POST /users", e.path("operation").asText());
        String at = about.path(0).path("at").asText();
        assertEquals(0, admin.get("/audit?user=page-user-03&until=" + enc(at)).body().path("items").size(), "until leaves out its instant");
        assertEquals(1, admin.get("/audit?user=page-user-03&since=" + enc(at) + "&until=" + enc(java.time.Instant.parse(at).plusMillis(1).toString()))
                .body().path("items").size());
        assertEquals(0, admin.get("/audit?until=2000-01-01T00:00:00Z").body().path("items").size());

        badField("/audit?since=2026-11-30T00:00:00Z&until=2026-11-29T00:00:00Z", "until");
        badField("/audit?until=yesterday", "until");
        badField("/audit?until=" + enc("+10000-01-01T00:00:00Z"), "until");
        badField("/audit?user=" + "u".repeat(65), "user");
        badField("/audit?operation=" + "o".repeat(301), "operation");
    }

    private static void badField(String path, String field) {
        Http.Reply r = admin.get(path);
        assertEquals(400, r.status(), path + ": " + r.body());
        assertEquals(field, r.body().path("details").path(0).path("field").asText(), path);
        String value = path.substring(path.lastIndexOf('=') + 1);
        if (value.length() > 3) assertFalse(r.body().toString().contains(value), "the answer does not repeat the input");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> usernames(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(u -> out.add(u.path("username").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** Presses Tab (Shift+Tab when it is above) until the element has the focus, as a keyboard user moves through the page. */
    /** Signs a demo user in on the sign-in page by keyboard and waits for the welcome page. */
    private static void signInByKeyboard(String username) {
        browser.open("#/signin");
        type(tabTo(By.id("username")), username);
        type(tabTo(By.id("password")), Http.DEMO_PASSWORD);
        keys(Keys.ENTER);
        browser.await(By.xpath("//h1[starts-with(., 'Welcome')]"));
    }

    private static WebElement tabTo(By by) {
        WebElement target = browser.await(by);
        boolean above = Boolean.TRUE.equals(browser.js("return !!(document.activeElement.compareDocumentPosition(arguments[0]) & Node.DOCUMENT_POSITION_PRECEDING)",
                target));
        for (int i = 0; i < 150; i++) {
            if (target.equals(browser.driver.switchTo().activeElement())) return target;
            if (above) new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            else keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + by);
    }

    /** Sends the keys that apply the audit trail's filter, and waits for the filtered page to replace the unfiltered one. */
    private static void showChanges(CharSequence... keys) {
        WebElement unfiltered = browser.await(By.xpath("//h2[.='Changes, page 1']"));
        keys(keys);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(unfiltered));
        browser.await(By.xpath("//h2[.='Changes, page 1']"));
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private static void type(WebElement focused, String text) {
        assertEquals(focused, browser.driver.switchTo().activeElement());
        keys(text);
    }
}
