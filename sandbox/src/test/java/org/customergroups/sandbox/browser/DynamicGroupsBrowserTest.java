package org.customergroups.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 in a real browser: the project admin of HELP makes a group dynamic from the Settings tab
 * (live validation with line and column, preview of who joins, save, computed members shown read-only);
 * default groups come first with a Default badge and cannot be deleted or edited by hand; a reporter asks
 * for the verification mail of their e-mail address from the profile.
 * <p>
 * The seed has alice@acme.example and bob@acme.example (reporters) and carol@globex.example.
 * With {@code -Dcg.screenshots=true} it saves docs/images/dynamic-group-rule.png, dynamic-group-members.png,
 * default-groups.png and profile-verify-email.png.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DynamicGroupsBrowserTest extends BrowserTestBase {

    private static final String PAGE = "/jira/plugins/servlet/customer-groups/project/HELP";

    @Test
    void projectAdminMakesAGroupDynamicWithAPreviewFirst() throws IOException {
        long id = rest("POST", "/groups", "admin", "{\"name\":\"Acme Staff\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();

        browser.loginAndOpen("lead", PAGE);
        row("Acme Staff").findElement(By.className("cg-group-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cg-sidebar-title"), "Acme Staff"));
        driver.findElement(By.id("cg-tab-link-settings")).click();
        WebElement dynamic = wait.until(ExpectedConditions.elementToBeClickable(By.id("cg-rule-kind-dynamic")));
        assertTrue(driver.findElement(By.id("cg-rule-kind-static")).isSelected());
        assertFalse(driver.findElement(By.id("cg-rule-editor")).isDisplayed());
        dynamic.click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-rule-text")));

        // Live validation: the value without quotes is refused at line 1, column 15.
        text.sendKeys("emailDomain = acme.example");
        WebElement status = driver.findElement(By.id("cg-rule-status"));
        wait.until(d -> "invalid".equals(status.getAttribute("data-state")));
        assertEquals("1", status.getAttribute("data-line"));
        assertEquals("15", status.getAttribute("data-column"));
        assertTrue(status.getText().contains("Line 1, column 15"), status.getText());
        assertEquals("true", text.getAttribute("aria-invalid"));

        text.clear();
        text.sendKeys("emailDomain = \"acme.example\"");
        wait.until(d -> "valid".equals(status.getAttribute("data-state")));
        assertTrue(status.getText().contains("emailDomain = \"acme.example\""), status.getText());

        // Preview: alice and bob would join, nobody would leave.
        driver.findElement(By.id("cg-rule-preview-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-rule-preview")));
        assertEquals(List.of("alice", "bob"), browser.attributes(By.cssSelector("#cg-rule-joins li.cg-rule-user"), "data-username"));
        assertTrue(driver.findElements(By.cssSelector("#cg-rule-leaves li.cg-rule-user")).isEmpty());
        browser.screenshotOf("dynamic-group-rule.png", driver.findElement(By.id("cg-rule-section")));

        // Save (with the confirmation naming what happens now), then the members are alice and bob, read-only.
        driver.findElement(By.id("cg-rule-save")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-confirm-submit")));
        assertTrue(driver.findElement(By.id("cg-confirm-text")).getText().contains("2 user(s) join"),
                driver.findElement(By.id("cg-confirm-text")).getText());
        confirm.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cg-rule-messages .aui-message-success")));
        assertTrue(driver.findElement(By.cssSelector("#cg-rule-messages .aui-message-success")).getText()
                .contains("2 user(s) joined"));
        wait.until(d -> row("Acme Staff").findElement(By.className("cg-member-count")).getText().equals("2"));
        assertFalse(driver.findElement(By.id("cg-autojoin-section")).isDisplayed(), "auto-join is for static groups");
        assertTrue(driver.findElement(By.id("cg-rule-kind-dynamic")).isSelected());

        driver.findElement(By.id("cg-tab-link-members")).click();
        wait.until(d -> browser.attributes(By.cssSelector("#cg-members-body tr"), "data-username").equals(List.of("alice", "bob")));
        assertTrue(driver.findElement(By.id("cg-members-readonly")).isDisplayed());
        assertTrue(driver.findElement(By.id("cg-members-readonly")).getText().contains("emailDomain = \"acme.example\""));
        assertFalse(driver.findElement(By.id("cg-add-members")).isDisplayed());
        assertTrue(driver.findElements(By.cssSelector("#cg-members-body .cg-remove-member")).isEmpty());
        browser.screenshotOf("dynamic-group-members.png", driver.findElement(By.id("cg-sidebar")));

        JsonNode group = rest("GET", "/groups/" + id, "admin", null, 200);
        assertEquals("DYNAMIC", group.path("kind").asText(), group.toString());
        assertEquals("emailDomain = \"acme.example\"", group.path("rule").asText(), group.toString());
        assertEquals(2, group.path("memberCount").asInt(), group.toString());

        // Static again: the members stay.
        driver.findElement(By.id("cg-tab-link-settings")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cg-rule-kind-static"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cg-rule-make-static-button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("cg-confirm-submit"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-autojoin-section")));
        group = rest("GET", "/groups/" + id, "admin", null, 200);
        assertEquals("STATIC", group.path("kind").asText(), group.toString());
        assertEquals(2, group.path("memberCount").asInt(), group.toString());
        assertNoErrorMessage();
    }

    @Test
    void autoJoinPreviewsAndAddsExistingUsersAndWarnsAboutCollisions() {
        String settings = """
                {"settings":{"autoJoinDomains":["globex.example"],"twoFactorRequired":false,
                 "viewPolicy":"EVERYONE","updatePolicy":"PROJECT_ADMINS_OF_USING_PROJECTS"}}""";
        long globex = rest("POST", "/groups", "admin", "{\"name\":\"Globex Buyers\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        long other = rest("POST", "/groups", "admin", "{\"name\":\"Globex All\"}", 201).path("id").asLong();
        rest("PUT", "/groups/" + globex, "admin", settings, 200);
        rest("PUT", "/groups/" + other, "admin", settings, 200);

        browser.loginAndOpen("lead", PAGE);
        row("Globex Buyers").findElement(By.className("cg-group-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cg-sidebar-title"), "Globex Buyers"));
        driver.findElement(By.id("cg-tab-link-settings")).click();
        WebElement collision = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-autojoin-collisions li[data-domain='globex.example']")));
        assertTrue(collision.getText().contains("Globex All"), collision.getText());

        driver.findElement(By.id("cg-autojoin-preview")).click();
        WebElement apply = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-autojoin-apply")));
        assertEquals(List.of("carol"), browser.attributes(By.cssSelector("#cg-autojoin-joins li.cg-rule-user"), "data-username"));
        assertEquals("Add 1 existing users", apply.getText());
        apply.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cg-autojoin-messages .aui-message-success")));
        wait.until(d -> row("Globex Buyers").findElement(By.className("cg-member-count")).getText().equals("1"));
        assertNoErrorMessage();
    }

    @Test
    void defaultGroupsComeFirstWithABadgeAndCannotBeDeleted() throws IOException {
        rest("POST", "/groups", "admin", "{\"name\":\"Aardvark Ltd\"}", 201);
        // SALES: a catalog no other test of the class touches.
        browser.loginAndOpen("admin", "/jira/plugins/servlet/customer-groups/project/SALES");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-catalog-loading")));

        // The add-existing picker lists the three default groups first, each with the badge.
        driver.findElement(By.id("cg-add-existing")).click();
        wait.until(d -> d.findElements(By.cssSelector("#cg-add-existing-results li.cg-pick-item")).size() >= 4);
        List<WebElement> items = driver.findElements(By.cssSelector("#cg-add-existing-results li.cg-pick-item"));
        for (int i = 0; i < 3; i++) {
            assertFalse(items.get(i).findElements(By.className("cg-default-badge")).isEmpty(), items.get(i).getText());
        }
        assertTrue(items.get(3).findElements(By.className("cg-default-badge")).isEmpty(), items.get(3).getText());
        assertEquals("Aardvark Ltd", items.get(3).findElement(By.className("cg-pick-name")).getText());
        browser.screenshotOf("default-groups.png", driver.findElement(By.cssSelector("#cg-add-existing-dialog .cg-dialog")));

        // Add Customers and Aardvark Ltd: Customers is listed first in the catalog too.
        for (WebElement item : items) {
            String name = item.findElement(By.className("cg-pick-name")).getText();
            if (name.equals("Customers") || name.equals("Aardvark Ltd")) {
                item.findElement(By.tagName("input")).click();
            }
        }
        driver.findElement(By.id("cg-add-existing-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-add-existing-dialog")));
        wait.until(d -> d.findElements(By.cssSelector("#cg-catalog-body tr.cg-catalog-row")).size() == 2);
        assertEquals(List.of("Customers", "Aardvark Ltd"),
                browser.attributes(By.cssSelector("#cg-catalog-body tr.cg-catalog-row"), "data-group-name"));
        WebElement customers = row("Customers");
        assertEquals("default", customers.findElement(By.className("cg-default-badge")).getText().toLowerCase());

        // Its members are computed: read-only, with the explanation; no rule, no delete in Settings.
        customers.findElement(By.className("cg-group-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cg-sidebar-title"), "Customers"));
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-members-readonly")));
        assertTrue(note.getText().contains("Every customer (reporter) account belongs to Customers"), note.getText());
        assertFalse(driver.findElement(By.id("cg-add-members")).isDisplayed());
        wait.until(d -> !d.findElements(By.cssSelector("#cg-members-body tr[data-username='alice']")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#cg-members-body .cg-remove-member")).isEmpty());
        driver.findElement(By.id("cg-tab-link-settings")).click();
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-rule-default-note"))).getText()
                .contains("default group"));
        assertFalse(driver.findElement(By.id("cg-rule-kind")).isDisplayed());
        assertFalse(driver.findElement(By.id("cg-delete-group-section")).isDisplayed());
        assertFalse(driver.findElement(By.id("cg-autojoin-section")).isDisplayed());
        assertNoErrorMessage();
    }

    @Test
    void aReporterAsksForTheVerificationMailFromTheProfile() throws IOException {
        browser.loginAndOpen("bob", "/jira/secure/ViewProfile.jspa");
        WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cg-verify-email")));
        wait.until(d -> "unverified".equals(panel.getAttribute("data-state")));
        assertEquals("Your e-mail address bob@acme.example is not verified yet.",
                driver.findElement(By.id("cg-verify-state")).getText());
        driver.findElement(By.id("cg-verify-send")).click();
        WebElement sent = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-verify-messages .aui-message-success")));
        assertTrue(sent.getText().contains("bob@acme.example"), sent.getText());
        browser.screenshotOf("profile-verify-email.png", panel);
    }
}
