package org.customergroups.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ticket sharing in a real browser (headless Chromium driven by the system chromedriver, as
 * {@link CustomerGroupsPageBrowserTest}): the project admin puts a group with two reporters into
 * HELP's catalog, an agent shares alice's ticket with it from the issue panel, bob (a member) then
 * sees the ticket and comments on it, and once alice leaves the group the group is gone from her
 * ticket, while bob's ticket keeps it and bob can no longer open hers. Also: the panel's confirmation,
 * errors and text-only rendering, the Customer Groups page's "Ticket sharing" box, and the delete
 * confirmation that counts the shared tickets.
 * <p>
 * Skipped when Chromium or chromedriver is missing ({@code CG_CHROMIUM}, {@code CG_CHROMEDRIVER},
 * default /usr/bin/chromium and /usr/bin/chromedriver), unless {@code CG_REQUIRE_BROWSER=true}.
 * With {@code -Dcg.screenshots=true} it saves docs/images/issue-shares-panel.png and
 * docs/images/sharing-setup.png.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TicketSharingBrowserTest extends BrowserTestBase {

    private static final String PAGE = "/jira/plugins/servlet/customer-groups/project/HELP";
    private static final String JIRA_REST = "/jira/rest/api/2";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAgentSharesATicketAMemberCommentsAndTheShareEndsWhenTheReporterLeavesTheGroup() throws IOException {
        // The project admin creates Acme on the Customer Groups page and adds alice and bob to it.
        browser.loginAndOpen("lead", PAGE);
        createGroup("Acme");
        openSidebar("Acme");
        addMembers("alice", "bob");
        wait.until(d -> row("Acme").findElement(By.className("cg-member-count")).getText().equals("2"));
        long acme = groupId("Acme");

        // The agent opens alice's ticket: not shared yet.
        browser.loginAndOpen("agent", "/jira/browse/HELP-1");
        waitForPanel();
        assertTrue(driver.findElement(By.id("cg-issue-shares-empty")).isDisplayed());

        // Type-ahead with the keyboard: "ac" finds Acme, arrow down + Enter picks it, Share shares it.
        WebElement input = driver.findElement(By.id("cg-issue-share-input"));
        input.sendKeys("ac");
        wait.until(d -> option(acme).findElement(By.className("cg-issue-share-option-name")).getText().equals("Acme"));
        assertEquals("true", input.getAttribute("aria-expanded"));
        highlight(input, acme);
        input.sendKeys(Keys.ENTER);
        assertEquals("Acme", input.getAttribute("value"));
        assertEquals("false", input.getAttribute("aria-expanded"));
        driver.findElement(By.id("cg-issue-share-submit")).click();
        WebElement share = shareItem(acme);
        assertEquals("AGENT", share.getAttribute("data-source"));
        assertEquals("AGENT", share.findElement(By.className("cg-issue-share-source")).getText().toUpperCase());
        assertTrue(share.findElement(By.className("cg-issue-share-meta")).getText().startsWith("Shared by Sam Agent on "),
                share.getText());
        assertTrue(driver.findElement(By.cssSelector("#cg-issue-shares-messages .aui-message-success")).getText()
                .contains("Shared with Acme."));
        assertFalse(driver.findElement(By.id("cg-issue-shares-empty")).isDisplayed());

        // The field shows the share (it is rendered by the server: after a reload).
        driver.navigate().refresh();
        waitForPanel();
        shareItem(acme);
        assertTrue(fieldText().contains("Acme"), fieldText());

        // Searching again marks Acme as already shared: it cannot be picked, the other group can.
        long partners = rest("POST", "/groups", "lead", "{\"name\":\"Acme Partners\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        WebElement search = driver.findElement(By.id("cg-issue-share-input"));
        search.sendKeys("acme");
        wait.until(d -> "true".equals(option(acme).getAttribute("aria-disabled"))
                && option(acme).getText().toLowerCase().contains("already shared")
                && option(partners).getAttribute("aria-disabled") == null);
        highlight(search, acme);
        search.sendKeys(Keys.ENTER);  // on the shared group: nothing is picked
        assertEquals("acme", search.getAttribute("value"));
        assertEquals("true", search.getAttribute("aria-expanded"));
        assertTrue(driver.findElement(By.id("cg-issue-share-status")).getText()
                .contains("This ticket is already shared with Acme."));
        highlight(search, partners);
        browser.screenshotOf("issue-shares-panel.png");
        search.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-issue-share-options")));
        assertEquals(List.of("Acme"), sharedGroupNames("HELP-1"));

        // Bob's own ticket is shared with Acme too (through the REST API this time).
        rest("POST", "/issues/HELP-4/shares", "agent", "{\"groupId\":" + acme + "}", 201);

        // Bob, a member of Acme, sees alice's ticket and comments on it.
        browser.loginAndOpen("bob", "/jira/browse/HELP-1");
        waitForPanel();
        shareItem(acme);
        assertTrue(driver.findElements(By.id("cg-issue-share-form")).isEmpty(), "bob may not change shares");
        String comment = "We see the same problem at our office - Bob";
        addComment(comment);
        wait.until(d -> commentsText().contains(comment));
        driver.navigate().refresh();
        assertTrue(commentsText().contains("Bob Baker"), commentsText());
        assertTrue(commentsText().contains(comment), commentsText());

        // Alice leaves Acme: the project admin removes her on the Customer Groups page.
        browser.loginAndOpen("lead", PAGE);
        openSidebar("Acme");
        WebElement alice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-members-body tr[data-username='alice']")));
        alice.findElement(By.className("cg-remove-member")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-confirm-submit"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#cg-members-body tr[data-username='alice']")));

        // Acme is gone from alice's ticket (panel and field); bob's ticket keeps it.
        browser.loginAndOpen("agent", "/jira/browse/HELP-1");
        waitForPanel();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-issue-shares-empty")));
        assertTrue(driver.findElements(By.cssSelector("#cg-issue-shares-list li")).isEmpty());
        assertFalse(fieldText().contains("Acme"), fieldText());
        driver.get(base + "/jira/browse/HELP-4");
        waitForPanel();
        shareItem(acme);
        assertTrue(fieldText().contains("Acme"), fieldText());
        assertEquals(List.of("Acme"), sharedGroupNames("HELP-4"));
        assertEquals(List.of(), sharedGroupNames("HELP-1"));

        // Bob can no longer open alice's ticket; his own he still can.
        browser.loginAndOpen("bob", "/jira/browse/HELP-1");
        assertNotFoundPage();
        jira("GET", "/issue/HELP-1", "bob", null, 404);
        jira("GET", "/issue/HELP-4", "bob", null, 200);
    }

    @Test
    void removingAShareAsksFirstAndServerErrorsAreShownInThePanel() {
        long globex = rest("POST", "/groups", "lead", "{\"name\":\"Globex Buyers\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        rest("POST", "/issues/HELP-6/shares", "agent", "{\"groupId\":" + globex + "}", 201);

        browser.loginAndOpen("agent", "/jira/browse/HELP-6");
        waitForPanel();
        WebElement share = shareItem(globex);
        WebElement remove = share.findElement(By.className("cg-issue-unshare"));
        assertEquals("Stop sharing with Globex Buyers", remove.getAttribute("aria-label"));

        // Cancel keeps the share; the dialog names the group and the ticket.
        remove.click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-issue-unshare-dialog")));
        assertEquals("alertdialog", dialog.findElement(By.cssSelector("section")).getAttribute("role"));
        assertEquals("Stop sharing with Globex Buyers?", driver.findElement(By.id("cg-issue-unshare-title")).getText());
        assertTrue(driver.findElement(By.id("cg-issue-unshare-text")).getText()
                .startsWith("HELP-6 will no longer be shared with Globex Buyers."));
        assertEquals("cg-issue-unshare-submit", driver.switchTo().activeElement().getAttribute("id"));
        driver.findElement(By.id("cg-issue-unshare-cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-issue-unshare-dialog")));
        assertEquals(List.of("Globex Buyers"), sharedGroupNames("HELP-6"));

        // Escape closes it too; confirming removes the share.
        shareItem(globex).findElement(By.className("cg-issue-unshare")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-issue-unshare-dialog")));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-issue-unshare-dialog")));
        shareItem(globex).findElement(By.className("cg-issue-unshare")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cg-issue-unshare-submit"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-issue-shares-empty")));
        assertTrue(driver.findElement(By.cssSelector("#cg-issue-shares-messages .aui-message-success")).getText()
                .contains("Globex Buyers was removed from this ticket."));
        assertEquals(List.of(), sharedGroupNames("HELP-6"));

        // A full name typed and sent with Enter goes by name; a group outside the catalog is refused
        // with the server's message, and what was typed stays.
        rest("POST", "/groups", "admin", "{\"name\":\"Initech Staff\"}", 201);
        WebElement input = driver.findElement(By.id("cg-issue-share-input"));
        input.sendKeys("Initech Staff");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cg-issue-share-status"),
                "No customer group of this project matches."));
        input.sendKeys(Keys.ENTER);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-issue-shares-messages .aui-message-error")));
        assertTrue(error.getText().contains("Initech Staff"), error.getText());
        assertEquals("Initech Staff", input.getAttribute("value"));
        assertEquals(List.of(), sharedGroupNames("HELP-6"));

        // The same by name for a catalog group works.
        input.clear();
        input.sendKeys("Globex Buyers", Keys.ENTER);
        shareItem(globex);
        assertEquals(List.of("Globex Buyers"), sharedGroupNames("HELP-6"));
    }

    @Test
    void theReporterSeesTheSharesButCannotChangeThem() {
        long group = rest("POST", "/groups", "lead", "{\"name\":\"Reporters Read Only\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        rest("POST", "/issues/HELP-7/shares", "agent", "{\"groupId\":" + group + "}", 201);
        browser.loginAndOpen("carol", "/jira/browse/HELP-7");
        waitForPanel();
        WebElement share = shareItem(group);
        assertTrue(share.findElements(By.className("cg-issue-unshare")).isEmpty());
        assertTrue(driver.findElements(By.id("cg-issue-share-form")).isEmpty());
        assertEquals("false", driver.findElement(By.id("cg-issue-shares")).getAttribute("data-can-edit"));
    }

    @Test
    void groupNamesInThePanelAreTextNeverMarkup() {
        String hostile = "<img src=x onerror=window.cgXss=1>";
        long group = rest("POST", "/groups", "lead",
                JSON.createObjectNode().put("name", hostile).put("projectKey", "HELP").toString(), 201).path("id").asLong();
        rest("POST", "/issues/HELP-3/shares", "agent", "{\"groupId\":" + group + "}", 201);
        browser.loginAndOpen("agent", "/jira/browse/HELP-3");
        waitForPanel();
        WebElement share = shareItem(group);
        assertEquals(hostile, share.findElement(By.className("cg-issue-share-name")).getText());
        WebElement input = driver.findElement(By.id("cg-issue-share-input"));
        input.sendKeys("onerror");
        wait.until(d -> hostile.equals(option(group).findElement(By.className("cg-issue-share-option-name")).getText()));
        assertTrue(driver.findElements(By.cssSelector("#cg-issue-shares img")).isEmpty());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.cgXss === undefined ? null : window.cgXss;"));
    }

    @Test
    void defaultGroupsCarryTheDefaultBadgeInTheTypeAhead() {
        long customers = rest("GET", "/groups?name=Customers", "admin", null, 200).at("/values/0/id").asLong();
        rest("POST", "/projects/HELP/catalog", "lead", "{\"groupIds\":[" + customers + "]}", 200);
        long plain = rest("POST", "/groups", "lead", "{\"name\":\"Customer Panel\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        try {
            browser.loginAndOpen("agent", "/jira/browse/HELP-5");
            waitForPanel();
            driver.findElement(By.id("cg-issue-share-input")).sendKeys("customer");
            WebElement badge = option(customers).findElement(By.className("cg-default-badge"));
            assertEquals("DEFAULT", badge.getText().toUpperCase());
            assertTrue(option(plain).findElements(By.className("cg-default-badge")).isEmpty());
        } finally {
            rest("DELETE", "/projects/HELP/catalog/" + customers, "lead", null, 204);
        }
    }

    @Test
    void theCustomerGroupsPageSaysWhetherSharingIsSetUpAndWhatIsMissing() throws IOException {
        // The sandbox's permission scheme grants both permissions to the field.
        browser.loginAndOpen("lead", PAGE);
        WebElement box = wait.until(d -> {
            WebElement s = d.findElement(By.id("cg-sharing-setup"));
            return "loading".equals(s.getAttribute("data-state")) ? null : s;
        });
        assertEquals("ready", box.getAttribute("data-state"));
        assertTrue(driver.findElement(By.cssSelector("#cg-sharing-setup-box.aui-message-success")).isDisplayed());
        assertTrue(driver.findElement(By.id("cg-sharing-setup-summary")).getText().startsWith("Ticket sharing is set up"));
        assertFalse(driver.findElement(By.id("cg-sharing-setup-fix")).isDisplayed());
        // ...and "User custom field value (Customer Admins)" Browse Projects: the optional customer-admin step is done.
        WebElement admins = driver.findElement(By.id("cg-sharing-setup-admins"));
        assertEquals("ready", admins.getAttribute("data-state"));
        assertEquals("Customer admins: set up. The permission scheme Sandbox Permission Scheme grants Browse Projects to"
                + " User custom field value (Customer Admins), so licensed customer admins open their customers'"
                + " tickets in Jira.", driver.findElement(By.id("cg-sharing-setup-admins-status")).getText());
        assertFalse(driver.findElement(By.id("cg-sharing-setup-admins-fix")).isDisplayed());

        // A Jira whose scheme lacks the grants and has no field: the page's request is answered by a
        // stand-in (installed before the page's scripts run) with what the REST API would then say.
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (function () {
                    var real = window.fetch;
                    window.fetch = function (url, init) {
                        if (String(url).indexOf('/sharing-setup') >= 0) {
                            return Promise.resolve(new Response(JSON.stringify({fieldId: null, fieldName: null,
                                schemeName: 'Helpdesk Permission Scheme', browseGranted: false,
                                addCommentsGranted: false, ready: false}),
                                {status: 200, headers: {'Content-Type': 'application/json'}}));
                        }
                        return real.apply(this, arguments);
                    };
                }());
                """));
        try {
            driver.navigate().refresh();
            wait.until(d -> "incomplete".equals(d.findElement(By.id("cg-sharing-setup")).getAttribute("data-state")));
            assertTrue(driver.findElement(By.cssSelector("#cg-sharing-setup-box.aui-message-warning")).isDisplayed());
            assertTrue(driver.findElement(By.id("cg-sharing-setup-summary")).getText()
                    .startsWith("Ticket sharing is not set up yet"));
            assertEquals(List.of(
                    "There is no Customer Groups field.",
                    "The permission scheme Helpdesk Permission Scheme does not grant Browse Projects to Group custom field value (Customer Groups).",
                    "The permission scheme Helpdesk Permission Scheme does not grant Add Comments to Group custom field value (Customer Groups)."),
                    browser.texts(By.cssSelector("#cg-sharing-setup-missing li")));
            List<String> steps = browser.texts(By.cssSelector("#cg-sharing-setup-steps li"));
            assertEquals(3, steps.size(), steps.toString());
            assertTrue(steps.get(0).startsWith("Create the field:"), steps.get(0));
            assertTrue(steps.get(1).startsWith("In the permission scheme Helpdesk Permission Scheme"), steps.get(1));
            assertTrue(steps.get(2).startsWith("Run a full reindex once"), steps.get(2));
            assertTrue(driver.findElement(By.id("cg-sharing-setup-guide")).getText().contains("Ticket sharing"));
            // No Customer Admins field either: the optional step says so and how to add it.
            assertEquals("incomplete", driver.findElement(By.id("cg-sharing-setup-admins")).getAttribute("data-state"));
            assertTrue(driver.findElement(By.id("cg-sharing-setup-admins-status")).getText()
                    .startsWith("Customer admins: not set up (optional)."));
            String fix = driver.findElement(By.id("cg-sharing-setup-admins-fix")).getText();
            assertTrue(fix.startsWith("To set it up, a Jira administrator creates the field (Administration > Issues >"
                    + " Custom fields > Add custom field, type Customer Admins"), fix);
            assertTrue(fix.contains("in the permission scheme Helpdesk Permission Scheme"), fix);
            browser.screenshotOf("sharing-setup.png", driver.findElement(By.id("cg-sharing-setup")));
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }

        // Sharing set up, the Customer Admins field present but not granted: still ready, the step names the grant.
        Map<String, Object> adminsOnly = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of(
                "source", """
                (function () {
                    var real = window.fetch;
                    window.fetch = function (url, init) {
                        if (String(url).indexOf('/sharing-setup') >= 0) {
                            return Promise.resolve(new Response(JSON.stringify({fieldId: 'customfield_10100',
                                fieldName: 'Customer Groups', schemeName: 'Helpdesk Permission Scheme',
                                browseGranted: true, addCommentsGranted: true, ready: true,
                                adminsFieldId: 'customfield_10300', adminsFieldName: 'Customer Admins',
                                adminsBrowseGranted: false, adminsReady: false}),
                                {status: 200, headers: {'Content-Type': 'application/json'}}));
                        }
                        return real.apply(this, arguments);
                    };
                }());
                """));
        try {
            driver.navigate().refresh();
            wait.until(d -> "ready".equals(d.findElement(By.id("cg-sharing-setup")).getAttribute("data-state")));
            assertTrue(driver.findElement(By.cssSelector("#cg-sharing-setup-box.aui-message-success")).isDisplayed());
            assertEquals("incomplete", driver.findElement(By.id("cg-sharing-setup-admins")).getAttribute("data-state"));
            assertTrue(driver.findElement(By.id("cg-sharing-setup-admins-status")).getText()
                    .startsWith("Customer admins: not set up (optional)."));
            assertEquals("To set it up, a Jira administrator grants Browse Projects to User custom field value, choosing"
                    + " the field Customer Admins, in the permission scheme Helpdesk Permission Scheme (Administration"
                    + " > Issues > Permission schemes > Permissions).",
                    driver.findElement(By.id("cg-sharing-setup-admins-fix")).getText());
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", adminsOnly.get("identifier")));
        }
    }

    @Test
    void theAccessExplainerNamesTheCustomerAdminPathAndWhetherJirasViewLetsThemIn() {
        jira("POST", "/user", "admin", "{\"name\":\"expladmin\",\"emailAddress\":\"expladmin@acme.example\","
                + "\"displayName\":\"Ella Explainer\"}", 201);
        long group = rest("POST", "/groups", "lead", "{\"name\":\"Explainer Co\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        rest("POST", "/groups/" + group + "/members", "lead", "{\"usernames\":[\"bob\",\"expladmin\"]}", 200);
        String key = jira("POST", "/issue", "bob", "{\"fields\":{\"project\":{\"key\":\"HELP\"},"
                + "\"summary\":\"Explain me\",\"issuetype\":{\"name\":\"Task\"}}}", 201).path("key").asText();
        long admins = -1;
        for (JsonNode g : rest("GET", "/groups?query=Customer%20Admins", "admin", null, 200).path("values")) {
            if ("Customer Admins".equals(g.path("name").asText())) {
                admins = g.path("id").asLong();
            }
        }
        rest("POST", "/groups/" + admins + "/members", "admin", "{\"usernames\":[\"expladmin\"]}", 200);
        try {
            browser.loginAndOpen("agent", "/jira/browse/" + key);
            waitForPanel();
            driver.findElement(By.id("cg-issue-access-toggle")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-issue-access-user")))
                    .sendKeys("expladmin", Keys.ENTER);
            wait.until(d -> "expladmin".equals(d.findElement(By.id("cg-issue-access-result"))
                    .getAttribute("data-username")));
            WebElement path = driver.findElement(By.cssSelector("#cg-issue-access-paths li[data-kind='CUSTOMER_ADMIN']"));
            assertEquals(String.valueOf(group), path.getAttribute("data-group-id"));
            // A licensed customer admin, and the sandbox's scheme grants Browse Projects to the Customer Admins field.
            assertEquals("Customer admin of Explainer Co: Ella Explainer (expladmin) is a member of Customer Admins and,"
                    + " like the reporter, of Explainer Co, a customer group of this project. Jira's issue view lets"
                    + " them in too.", path.getText());
        } finally {
            rest("DELETE", "/groups/" + admins + "/members/expladmin", "admin", null, 204);
        }
    }

    @Test
    void deletingAGroupSaysHowManyTicketsLoseTheirShareAndRemovesThem() {
        long group = rest("POST", "/groups", "lead", "{\"name\":\"Umbrella Team\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        rest("POST", "/issues/HELP-2/shares", "agent", "{\"groupId\":" + group + "}", 201);
        rest("POST", "/issues/HELP-5/shares", "agent", "{\"groupId\":" + group + "}", 201);

        browser.loginAndOpen("lead", PAGE);
        openSidebar("Umbrella Team");
        driver.findElement(By.id("cg-tab-link-settings")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cg-delete-group"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-confirm-dialog")));
        assertEquals("Delete Umbrella Team?", driver.findElement(By.id("cg-confirm-title")).getText());
        String text = driver.findElement(By.id("cg-confirm-text")).getText();
        assertTrue(text.startsWith("Umbrella Team is in the catalog of 1 project(s) and shared with 2 ticket(s)."), text);
        assertTrue(text.contains("Deleting it removes these shares"), text);
        assertTrue(text.contains("Remove from project (in the catalog) would keep the shares."), text);
        driver.findElement(By.id("cg-confirm-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-confirm-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#cg-messages .aui-message-success"),
                "Umbrella Team was deleted."));
        assertFalse(driver.findElement(By.id("cg-sidebar")).isDisplayed());
        assertTrue(driver.findElements(By.cssSelector("#cg-catalog-body tr[data-group-name='Umbrella Team']")).isEmpty());
        assertFalse(sharedGroupNames("HELP-2").contains("Umbrella Team"));
        assertFalse(sharedGroupNames("HELP-5").contains("Umbrella Team"));
    }

    // ---------------------------------------------------------------------------------------------

    private void openSidebar(String groupName) {
        row(groupName).findElement(By.className("cg-group-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cg-sidebar-title"), groupName));
    }

    private void addMembers(String... usernames) {
        driver.findElement(By.id("cg-add-members")).click();
        for (String username : usernames) {
            WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-user-search")));
            search.clear();
            search.sendKeys(username);
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#cg-user-results li[data-username='" + username + "'] input"))).click();
        }
        driver.findElement(By.id("cg-add-members-submit")).click();
        for (String username : usernames) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#cg-members-body tr[data-username='" + username + "']")));
        }
    }

    private long groupId(String groupName) {
        return Long.parseLong(row(groupName).getAttribute("data-group-id"));
    }

    /** The type-ahead's option for the group (looked up afresh: the list is re-drawn after each search). */
    private WebElement option(long groupId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-issue-share-options [role=option][data-group-id='" + groupId + "']")));
    }

    /** Presses the down arrow in the type-ahead until the group's option is the highlighted one. */
    private void highlight(WebElement input, long groupId) {
        int options = driver.findElements(By.cssSelector("#cg-issue-share-options [role=option]")).size();
        for (int i = 0; i < options && !option(groupId).getAttribute("id").equals(input.getAttribute("aria-activedescendant")); i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        WebElement option = option(groupId);
        assertEquals(option.getAttribute("id"), input.getAttribute("aria-activedescendant"));
        assertEquals("true", option.getAttribute("aria-selected"));
    }

    /** Waits until the issue panel has loaded its list. */
    private void waitForPanel() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cg-issue-shares")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-issue-shares-loading")));
        List<WebElement> errors = driver.findElements(By.cssSelector("#cg-issue-shares-messages .aui-message-error"));
        assertTrue(errors.isEmpty(), () -> errors.stream().map(WebElement::getText).toList().toString());
    }

    /** The panel's entry of the group, waiting for it to appear. */
    private WebElement shareItem(long groupId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-issue-shares-list li[data-group-id='" + groupId + "']")));
    }

    // The sandbox's issue page (sandbox/src/main/resources/sandbox-templates/issue.vm). ------------

    /**
     * The Customer Groups field's value as the page shows it; "" when the field has no value (the
     * page then keeps the row, hidden, as Jira hides fields without a value).
     */
    private String fieldText() {
        WebElement value = driver.findElement(By.id("sbx-customer-groups-value"));
        return value.isDisplayed() ? value.getText() : "";
    }

    private String commentsText() {
        return driver.findElement(By.id("sbx-comments")).getText();
    }

    private void addComment(String body) {
        driver.findElement(By.id("sbx-comment-body")).sendKeys(body);
        driver.findElement(By.id("sbx-comment-submit")).click();
    }

    private void assertNotFoundPage() {
        assertEquals("Not found", driver.getTitle());
        assertTrue(driver.findElements(By.id("sbx-issue")).isEmpty());
        assertTrue(driver.findElements(By.id("cg-issue-shares")).isEmpty());
    }

    // ---------------------------------------------------------------------------------------------

    /** The names of the groups the ticket is shared with, as the REST API says (as an admin). */
    private List<String> sharedGroupNames(String issueKey) {
        List<String> names = new ArrayList<>();
        for (JsonNode share : rest("GET", "/issues/" + issueKey + "/shares", "admin", null, 200).path("shares")) {
            names.add(share.path("groupName").asText());
        }
        return names;
    }

    private JsonNode jira(String method, String path, String user, String json, int expectedStatus) {
        return browser.call(method, JIRA_REST + path, user, json, expectedStatus);
    }
}
