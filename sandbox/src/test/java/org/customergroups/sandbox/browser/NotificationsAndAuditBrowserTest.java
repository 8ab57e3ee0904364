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
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications and the audit trail in a real browser (headless Chromium driven by the system chromedriver, as
 * {@link TicketSharingBrowserTest}): bob, a member of Acme, turns "Shared with my customer groups" on in his
 * profile settings; an agent shares alice's ticket with Acme from the issue panel; the administrator finds the
 * mail to bob in the sandbox's outbox; the panel's History shows the share and "Why can this user see this
 * ticket?" says why bob can see it; the group's History tab and the admin audit page (filters, export, retention)
 * show the entries; once bob turns the subscription off, another share mails him nothing.
 * <p>
 * Skipped when Chromium or chromedriver is missing ({@code CG_CHROMIUM}, {@code CG_CHROMEDRIVER}, default
 * /usr/bin/chromium and /usr/bin/chromedriver), unless {@code CG_REQUIRE_BROWSER=true}. With
 * {@code -Dcg.screenshots=true} it saves docs/images/profile-subscriptions.png, issue-panel-history.png,
 * outbox-mail.png, group-history.png and audit-admin.png.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NotificationsAndAuditBrowserTest extends BrowserTestBase {

    private static final String PROJECT_PAGE = "/jira/plugins/servlet/customer-groups/project/HELP";
    private static final String AUDIT_PAGE = "/jira/plugins/servlet/customer-groups/audit";
    private static final String PROFILE_PAGE = "/jira/secure/ViewProfile.jspa";
    private static final String OUTBOX_PAGE = "/jira/sandbox/outbox";
    private static final String HELP_1 = "Cannot log in to the customer portal after a password reset";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSubscribedMemberGetsMailWhenAnAgentSharesAndEveryStepIsInTheAuditTrail() throws IOException {
        // The project admin puts Acme (alice and bob, both reporter accounts) into HELP's catalog.
        long acme = rest("POST", "/groups", "lead", "{\"name\":\"Acme\",\"projectKey\":\"HELP\"}", 201).path("id").asLong();
        rest("POST", "/groups/" + acme + "/members", "lead", "{\"usernames\":[\"alice\",\"bob\"]}", 200);

        // Bob turns "Shared with my customer groups" on in his profile settings (reporter accounts start with it off).
        browser.loginAndOpen("bob", PROFILE_PAGE);
        WebElement panel = profilePanel("default");
        WebElement enabled = driver.findElement(By.id("cg-profile-enabled"));
        assertFalse(enabled.isSelected());
        assertEquals("false", panel.getAttribute("data-enabled"));
        assertTrue(driver.findElement(By.id("cg-profile-state")).getText()
                .startsWith("No mail: this is the default for your account."), panel.getText());
        assertFalse(driver.findElement(By.id("cg-profile-mode-digest")).isEnabled(), "no delivery to choose while off");
        enabled.click();
        wait.until(d -> "chosen".equals(panel.getAttribute("data-state")) && "true".equals(panel.getAttribute("data-enabled")));
        assertTrue(driver.findElement(By.cssSelector("#cg-profile-messages .aui-message-success")).getText().contains("Saved."));
        assertEquals("One mail for each event: you chose this setting.", driver.findElement(By.id("cg-profile-state")).getText());
        assertEquals(true, rest("GET", "/me/subscriptions", "bob", null, 200).path("enabled").asBoolean());

        // Daily digest and back, with the keyboard-reachable radio buttons.
        driver.findElement(By.id("cg-profile-mode-digest")).click();
        wait.until(d -> "DIGEST".equals(panel.getAttribute("data-mode")));
        assertEquals("DIGEST", rest("GET", "/me/subscriptions", "bob", null, 200).path("mode").asText());
        browser.screenshotOf("profile-subscriptions.png", panel);
        driver.findElement(By.id("cg-profile-mode-immediate")).click();
        wait.until(d -> "IMMEDIATE".equals(panel.getAttribute("data-mode"))
                && driver.findElement(By.id("cg-profile-mode-immediate")).isEnabled());
        JsonNode subscription = rest("GET", "/me/subscriptions", "bob", null, 200);
        assertEquals("IMMEDIATE", subscription.path("mode").asText(), subscription.toString());
        assertFalse(subscription.path("isDefault").asBoolean(), subscription.toString());

        // Someone else's profile has no such setting: nobody changes another user's mail.
        driver.get(base + PROFILE_PAGE + "?name=alice");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sbx-profile")));
        assertTrue(driver.findElements(By.id("cg-profile-subscriptions")).isEmpty());

        // The agent shares alice's ticket HELP-1 with Acme from the issue panel.
        browser.loginAndOpen("agent", "/jira/browse/HELP-1");
        waitForPanel();
        WebElement input = driver.findElement(By.id("cg-issue-share-input"));
        input.sendKeys("Acme");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-issue-share-options [role=option][data-group-id='" + acme + "']")));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        driver.findElement(By.id("cg-issue-share-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-issue-shares-list li[data-group-id='" + acme + "']")));

        // History: the share, newest first, in words.
        driver.findElement(By.id("cg-issue-history-toggle")).click();
        assertEquals("true", driver.findElement(By.id("cg-issue-history-toggle")).getAttribute("aria-expanded"));
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-issue-history-list li.cg-issue-history-item")));
        assertEquals("SHARE_ADDED", first.getAttribute("data-action"));
        assertEquals("Sam Agent shared HELP-1 with Acme",
                first.findElement(By.className("cg-issue-history-text")).getText());
        assertNoPanelError();

        // "Why can this user see this ticket?": bob through Acme; alice as reporter and through Acme; carol not.
        driver.findElement(By.id("cg-issue-access-toggle")).click();
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-issue-access-user")));
        assertEquals(user, driver.switchTo().activeElement(), "opening the explainer puts the focus in its field");
        user.sendKeys("bob", Keys.ENTER);
        wait.until(d -> "bob".equals(d.findElement(By.id("cg-issue-access-result")).getAttribute("data-username")));
        WebElement result = driver.findElement(By.id("cg-issue-access-result"));
        assertEquals("true", result.getAttribute("data-can-see"));
        assertEquals("Bob Baker (bob) can see HELP-1:", driver.findElement(By.id("cg-issue-access-verdict")).getText());
        List<WebElement> paths = driver.findElements(By.cssSelector("#cg-issue-access-paths li"));
        assertEquals(1, paths.size(), result.getText());
        assertEquals("SHARED_GROUP", paths.get(0).getAttribute("data-kind"));
        assertEquals(String.valueOf(acme), paths.get(0).getAttribute("data-group-id"));
        String why = paths.get(0).getText();
        assertTrue(why.startsWith("Member of Acme: Sam Agent shared the ticket with it on "), why);
        assertTrue(why.endsWith("(Agent)."), why);
        assertFalse(driver.findElement(By.id("cg-issue-access-setup")).isDisplayed(), "the sandbox's sharing setup is complete");
        browser.screenshotOf("issue-panel-history.png", driver.findElement(By.id("cg-issue-shares")));

        askWhy("alice");
        assertEquals(List.of("REPORTER", "SHARED_GROUP"),
                browser.attributes(By.cssSelector("#cg-issue-access-paths li"), "data-kind").stream().sorted().toList());
        assertEquals("Alice Archer (alice) reported this ticket.",
                driver.findElement(By.cssSelector("#cg-issue-access-paths li[data-kind='REPORTER']")).getText());
        askWhy("carol");
        assertEquals("false", driver.findElement(By.id("cg-issue-access-result")).getAttribute("data-can-see"));
        assertEquals("Carol Chen (carol) cannot see HELP-1.", driver.findElement(By.id("cg-issue-access-verdict")).getText());
        assertTrue(driver.findElements(By.cssSelector("#cg-issue-access-paths li")).isEmpty());
        // An unknown user: the server's message, no answer left over from before.
        WebElement who = driver.findElement(By.id("cg-issue-access-user"));
        who.clear();
        who.sendKeys("nobody-here", Keys.ENTER);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-issue-access-messages .aui-message-error")));
        assertFalse(error.getText().isBlank());
        assertFalse(driver.findElement(By.id("cg-issue-access-result")).isDisplayed());

        // The administrator finds the mail to bob in the sandbox's outbox (polled: the page shows what is queued).
        browser.loginAndOpen("admin", OUTBOX_PAGE);
        By bobsMail = By.cssSelector("#sbx-mails li.sbx-mail[data-to='bob']");
        wait.until(d -> {
            if (d.findElements(bobsMail).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        List<WebElement> toBob = driver.findElements(bobsMail);
        assertEquals(1, toBob.size());
        WebElement mail = toBob.get(0);
        assertEquals("[HELP-1] Shared with your customer group: " + HELP_1,
                mail.findElement(By.className("sbx-mail-subject")).getText());
        assertTrue(driver.findElements(By.cssSelector("#sbx-mails li.sbx-mail[data-to='alice']")).isEmpty(),
                "alice is a reporter account and did not subscribe");
        assertTrue(driver.findElements(By.cssSelector("#sbx-mails li.sbx-mail[data-to='agent']")).isEmpty(),
                "the agent did it: no mail to the actor");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", mail);
        browser.screenshotOf("outbox-mail.png", mail);
        driver.switchTo().frame(mail.findElement(By.className("sbx-mail-body")));
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("Hello Bob Baker,"), text);
            assertTrue(text.contains("Sam Agent shared HELP-1 with your customer group Acme."), text);
            assertTrue(text.contains("HELP-1: " + HELP_1), text);
            assertTrue(text.contains("\"Shared with my customer groups\" is turned on in your profile settings."), text);
            WebElement open = driver.findElement(By.className("cg-mail-button"));
            assertEquals("Open HELP-1", open.getText());
            assertTrue(open.getAttribute("href").contains("HELP-1"), open.getAttribute("href"));
        } finally {
            driver.switchTo().defaultContent();
        }

        // The group's History tab on the project's Customer Groups page.
        browser.loginAndOpen("lead", PROJECT_PAGE);
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-catalog-body tr[data-group-id='" + acme + "'] .cg-group-link")));
        row.click();
        wait.until(ExpectedConditions.textToBe(By.id("cg-sidebar-title"), "Acme"));
        driver.findElement(By.id("cg-tab-link-history")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cg-history-list li.cg-history-item")));
        List<String> groupHistory = browser.texts(By.cssSelector("#cg-history-list .cg-history-text"));
        assertEquals("Sam Agent shared HELP-1 with Acme", groupHistory.get(0), groupHistory.toString());
        assertTrue(groupHistory.contains("Lee Lead added Bob Baker to Acme"), groupHistory.toString());
        assertTrue(groupHistory.contains("Lee Lead added Alice Archer to Acme"), groupHistory.toString());
        assertEquals("true", driver.findElement(By.id("cg-tab-link-history")).getAttribute("aria-selected"));
        assertTrue(driver.findElement(By.id("cg-tab-history")).isDisplayed());
        assertFalse(driver.findElement(By.id("cg-tab-members")).isDisplayed());
        browser.screenshotOf("group-history.png", driver.findElement(By.id("cg-sidebar")));

        // The admin audit page: agents may not open it.
        browser.loginAndOpen("agent", AUDIT_PAGE);
        assertTrue(driver.getPageSource().contains("Only Jira administrators can open this page."));
        assertTrue(driver.findElements(By.id("cg-audit")).isEmpty());

        // The administrator filters by the group's name: only Acme's entries, the newest first.
        browser.loginAndOpen("admin", AUDIT_PAGE);
        waitForAuditRows();
        driver.findElement(By.id("cg-audit-group")).sendKeys("acme");
        driver.findElement(By.id("cg-audit-search")).click();
        wait.until(d -> {
            List<WebElement> groups = d.findElements(By.cssSelector("#cg-audit-body td.cg-audit-group"));
            return !groups.isEmpty() && groups.stream().allMatch(g -> String.valueOf(acme).equals(g.getAttribute("data-group-id")));
        });
        List<String> actions = browser.attributes(By.cssSelector("#cg-audit-body tr"), "data-action");
        assertEquals("SHARE_ADDED", actions.get(0), actions.toString());
        assertTrue(actions.contains("MEMBER_ADDED"), actions.toString());
        WebElement share = driver.findElement(By.cssSelector("#cg-audit-body tr[data-action='SHARE_ADDED']"));
        assertEquals("Sam Agent (agent)", share.findElement(By.className("cg-audit-actor")).getText());
        assertEquals("Ticket shared", share.findElement(By.className("cg-audit-action")).getText());
        assertEquals("HELP-1", share.findElement(By.className("cg-audit-issue")).getText());
        assertEquals("HELP", share.findElement(By.className("cg-audit-project")).getText());
        assertTrue(driver.findElement(By.id("cg-audit-summary")).getText().startsWith("Entries found: "));
        assertAuditHasNoError();
        browser.screenshotOf("audit-admin.png");

        // Export CSV: the same filters, the group resolved to its id.
        String export = driver.findElement(By.id("cg-audit-export")).getAttribute("href");
        assertTrue(export.startsWith(base + REST + "/audit/export?"), export);
        assertTrue(export.contains("group=" + acme), export);
        HttpResponse<String> csv = browser.get(export, "admin");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        String[] lines = csv.body().split("\r?\n");
        assertEquals("time,actor,action,cause,project,issue,group,user,before,after", lines[0]);
        assertEquals(actions.size() + 1, lines.length, csv.body());

        // Filters combine: the share by action, and a name that is no group says so.
        new Select(driver.findElement(By.id("cg-audit-action"))).selectByValue("MEMBER_ADDED");
        driver.findElement(By.id("cg-audit-search")).click();
        wait.until(d -> browser.attributes(By.cssSelector("#cg-audit-body tr"), "data-action").equals(List.of("MEMBER_ADDED", "MEMBER_ADDED")));
        assertTrue(driver.findElement(By.id("cg-audit-export")).getAttribute("href").contains("action=MEMBER_ADDED"));
        WebElement group = driver.findElement(By.id("cg-audit-group"));
        group.clear();
        group.sendKeys("No Such Group");
        driver.findElement(By.id("cg-audit-search")).click();
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cg-audit-messages .aui-message-error")))
                .getText().contains("There is no customer group named No Such Group."));

        // Retention: 30 days, then back to keep forever.
        setRetention("30");
        wait.until(ExpectedConditions.textToBe(By.id("cg-audit-retention-state"), "Entries are kept for 30 day(s)."));
        assertEquals(30, rest("GET", "/audit/settings", "admin", null, 200).path("retentionDays").asInt());
        setRetention("4000");
        assertFalse(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-audit-settings-messages .aui-message-error"))).getText().isBlank());
        assertEquals(30, rest("GET", "/audit/settings", "admin", null, 200).path("retentionDays").asInt());
        setRetention("0");
        wait.until(ExpectedConditions.textToBe(By.id("cg-audit-retention-state"), "Entries are kept forever."));
        assertEquals(0, rest("GET", "/audit/settings", "admin", null, 200).path("retentionDays").asInt());

        // Bob turns the subscription off: sharing his group again mails him nothing (mail is queued before the
        // share call answers, so the count after the calls is final).
        browser.loginAndOpen("bob", PROFILE_PAGE);
        WebElement bobsPanel = profilePanel("chosen");
        driver.findElement(By.id("cg-profile-enabled")).click();
        wait.until(d -> "false".equals(bobsPanel.getAttribute("data-enabled")));
        assertEquals("No mail: you chose this setting.", driver.findElement(By.id("cg-profile-state")).getText());
        long before = mailsTo("bob");
        rest("DELETE", "/issues/HELP-1/shares/" + acme, "agent", null, 204);
        rest("POST", "/issues/HELP-1/shares", "agent", "{\"groupId\":" + acme + "}", 201);
        assertEquals(before, mailsTo("bob"));
    }

    @Test
    void auditEntriesAreShownAsTextNeverAsMarkup() {
        String hostile = "<img src=x onerror=window.cgXss=1>";
        long group = rest("POST", "/groups", "admin",
                JSON.createObjectNode().put("name", hostile).put("projectKey", "SALES").toString(), 201).path("id").asLong();
        browser.loginAndOpen("admin", AUDIT_PAGE + "?group=" + group);
        wait.until(d -> !d.findElements(By.cssSelector("#cg-audit-body td.cg-audit-group")).isEmpty());
        assertEquals(hostile, driver.findElement(By.cssSelector("#cg-audit-body td.cg-audit-group")).getText());
        assertTrue(driver.findElements(By.cssSelector("#cg-audit-body img")).isEmpty());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.cgXss === undefined ? null : window.cgXss;"));
    }

    // ---------------------------------------------------------------------------------------------

    /** The profile panel, once it shows the server's answer ({@code data-state} default or chosen). */
    private WebElement profilePanel(String state) {
        WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cg-profile-subscriptions")));
        wait.until(d -> state.equals(panel.getAttribute("data-state")));
        assertTrue(driver.findElement(By.id("cg-profile-enabled")).isEnabled());
        return panel;
    }

    private void waitForPanel() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cg-issue-shares")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-issue-shares-loading")));
        assertNoPanelError();
    }

    private void assertNoPanelError() {
        List<String> errors = browser.texts(By.cssSelector("#cg-issue-shares .aui-message-error"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private void askWhy(String username) {
        WebElement user = driver.findElement(By.id("cg-issue-access-user"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("cg-issue-access-submit")).click();
        wait.until(d -> username.equals(d.findElement(By.id("cg-issue-access-result")).getAttribute("data-username"))
                && d.findElement(By.id("cg-issue-access-result")).isDisplayed());
    }

    private void waitForAuditRows() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-audit-loading")));
        assertAuditHasNoError();
    }

    private void assertAuditHasNoError() {
        List<String> errors = browser.texts(By.cssSelector("#cg-audit .aui-message-error"));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private void setRetention(String days) {
        WebElement input = driver.findElement(By.id("cg-audit-retention-days"));
        wait.until(d -> !input.getAttribute("value").isEmpty());  // the current setting has arrived
        input.clear();
        input.sendKeys(days);
        driver.findElement(By.id("cg-audit-retention-save")).click();
    }

    /** How many mails the outbox holds for the user (the sandbox's outbox JSON, as the administrator). */
    private long mailsTo(String username) {
        return outbox(username, 1).path("total").asLong();
    }
}
