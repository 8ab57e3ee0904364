package org.customergroups.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reporter portal and the online request form in a real browser (headless Chromium, as the other browser
 * tests): HELP's lead sets up the form with a Customer Group block on the project page's "Request form" view;
 * alice submits it choosing her group (a validation error first: what she typed stays); bob, a member of that
 * group, finds the request in My requests and comments on it; SALES's form is off until its admin turns it on
 * (before, its page reads as for an unknown project); in SALES, made restricted on the "Authorized reporters" view,
 * carol (in no authorized group) is refused while alice may submit. Hostile strings typed by
 * the admin and the reporter are shown as text. Anonymous visitors are sent to the login page.
 * <p>
 * Skipped without Chromium/chromedriver unless {@code CG_REQUIRE_BROWSER=true}. With
 * {@code -Dcg.screenshots=true} it saves docs/images/portal-*.png and project-forms*.png for the guides.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PortalBrowserTest extends BrowserTestBase {

    private static final String PORTAL = "/jira/plugins/servlet/customer-groups/portal";
    private static final String XSS = "<img src=x onerror=alert(1)>\"'&";

    @Test
    void aReporterSubmitsTheFormChoosingAGroupAndAColleagueSeesItAndComments() throws IOException {
        long acme = rest("POST", "/groups", "lead", "{\"name\":\"Acme Support\",\"projectKey\":\"HELP\"}", 201)
                .path("id").asLong();
        rest("POST", "/groups/" + acme + "/members", "lead", "{\"usernames\":[\"alice\",\"bob\"]}", 200);

        // The lead sets up HELP's form: a required single-choice Customer Group block; hostile words as text.
        browser.loginAndOpen("lead", "/jira/plugins/servlet/customer-groups/project/HELP#forms");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-view-forms")));
        assertFalse(driver.findElement(By.id("cg-catalog-table")).isDisplayed(), "the catalog steps aside");
        wait.until(d -> !d.findElement(By.id("cg-forms-updated")).getText().isEmpty());
        assertTrue(driver.findElement(By.id("cg-forms-enabled")).isSelected(), "the demo seeds HELP's form on");
        replace("cg-forms-title-input", "Contact support " + XSS);
        replace("cg-forms-intro", "Tell us what happened. " + XSS);
        check("cg-forms-block-enabled", true);
        replace("cg-forms-block-label", "Share with your team");
        replace("cg-forms-block-help", "Colleagues in the team can follow the request.");
        check("cg-forms-block-required", true);
        driver.findElement(By.id("cg-forms-block-single")).click();
        driver.findElement(By.id("cg-forms-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cg-forms-messages"), "The form was saved."));
        // Who saved it is named, not given as a user key.
        assertTrue(driver.findElement(By.id("cg-forms-updated")).getText().startsWith("Last saved by Lee Lead on "),
                driver.findElement(By.id("cg-forms-updated")).getText());
        String formUrl = driver.findElement(By.id("cg-forms-url")).getAttribute("value");
        assertEquals(base + PORTAL + "/form/HELP", formUrl);
        assertEquals("<iframe src=\"" + formUrl + "?embed=1\" title=\"Request form\" width=\"100%\" height=\"760\""
                + " style=\"border:0\"></iframe>", driver.findElement(By.id("cg-forms-snippet")).getAttribute("value"));
        browser.screenshotOf("project-forms.png");

        // Anonymous visitors of the form go to the login page, which brings them back.
        driver.manage().deleteAllCookies();
        driver.get(formUrl);
        wait.until(ExpectedConditions.urlContains("login.jsp"));
        assertTrue(URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8).contains(PORTAL + "/form/HELP"),
                driver.getCurrentUrl());

        // alice opens the form: the admin's words are text; her groups of HELP's catalog are the choices.
        browser.loginAndOpen("alice", PORTAL + "/form/HELP");
        assertEquals("Contact support " + XSS, driver.findElement(By.id("cg-portal-form-title")).getText());
        assertTrue(driver.findElement(By.className("cg-portal-intro")).getText().endsWith(XSS));
        WebElement choice = driver.findElement(By.id("cg-form-group-" + acme));
        assertEquals("Acme Support", driver.findElement(By.cssSelector("label[for='cg-form-group-" + acme + "']"))
                .getText());
        assertTrue(driver.findElements(By.id("cg-form-group-none")).isEmpty(), "required: no 'none' choice");

        // Sent without a summary or a group: every problem is named and what she typed stays.
        String description = "The printer on floor 3 prints blank pages. " + XSS;
        driver.findElement(By.id("cg-form-description")).sendKeys(description);
        driver.findElement(By.id("cg-form-submit")).click();
        wait.until(d -> !d.findElement(By.id("cg-form-summary-error")).getText().isEmpty());
        assertFalse(driver.findElement(By.id("cg-form-groups-error")).getText().isEmpty());
        assertEquals(description, driver.findElement(By.id("cg-form-description")).getAttribute("value"));
        browser.screenshotOf("portal-form-errors.png");

        String summary = "Blank pages " + XSS;
        driver.findElement(By.id("cg-form-summary")).sendKeys(summary);
        choice.click();
        driver.findElement(By.id("cg-form-submit")).click();
        wait.until(ExpectedConditions.urlContains(PORTAL + "/requests/HELP-"));
        String key = driver.findElement(By.id("cg-portal-request-key")).getText();
        assertEquals(summary, driver.findElement(By.id("cg-portal-request-summary")).getText());
        assertEquals(description, driver.findElement(By.id("cg-portal-request-description")).getText());
        assertEquals("Alice Archer", driver.findElement(By.id("cg-portal-request-reporter")).getText());
        assertTrue(browser.texts(By.cssSelector("#cg-portal-request-shared li")).contains("Acme Support"));

        // bob, a member of Acme Support, finds it among the requests shared with his groups and comments.
        browser.loginAndOpen("bob", PORTAL + "/requests");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("cg-portal-show")))
                .selectByValue("GROUP:" + acme);
        // Applying the filter loads a new page: wait until the old one is gone before reading rows.
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("cg-portal-filter-apply")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("tr.cg-portal-row[data-key='" + key + "']")));
        assertEquals(summary, row.findElement(By.className("cg-portal-summary")).getText());
        browser.screenshotOf("portal-my-requests.png");
        row.findElement(By.className("cg-portal-key")).click();
        wait.until(ExpectedConditions.urlContains(PORTAL + "/requests/" + key));
        String comment = "Same here on floor 4. " + XSS;
        driver.findElement(By.id("cg-portal-comment-body")).sendKeys(comment);
        driver.findElement(By.id("cg-portal-comment-submit")).click();
        WebElement added = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-portal-comments .cg-portal-comment")));
        assertEquals(comment, added.findElement(By.className("cg-portal-comment-body")).getText());
        assertEquals("Bob Baker", added.findElement(By.className("cg-portal-comment-author")).getText());
        browser.screenshotOf("portal-request.png");

        // carol is in no group the request is shared with: the same page as for a request that does not exist.
        browser.loginAndOpen("carol", PORTAL + "/requests/" + key);
        assertTrue(driver.findElement(By.id("cg-portal-message")).isDisplayed());
        assertTrue(driver.findElements(By.id("cg-portal-request-summary")).isEmpty());
        assertTrue(driver.getPageSource().indexOf("Blank pages") < 0, "nothing of the request leaks");
    }

    @Test
    void inARestrictedProjectAReporterOutsideTheAuthorizedGroupsIsRefused() throws IOException {
        long globex = rest("POST", "/groups", "admin", "{\"name\":\"Globex Buyers\"}", 201).path("id").asLong();
        rest("POST", "/groups/" + globex + "/members", "admin", "{\"usernames\":[\"alice\"]}", 200);

        // SALES never saved its form: it is off, and carol's form page reads as one for a project that does not exist.
        browser.loginAndOpen("carol", PORTAL + "/form/SALES");
        assertTrue(driver.findElement(By.id("cg-portal-message")).getText()
                .contains("There is no project with key SALES."), driver.findElement(By.id("cg-portal-message")).getText());
        assertTrue(driver.findElements(By.id("cg-portal-form")).isEmpty());
        assertFalse(driver.getPageSource().contains("Sales Requests"), "the project's name does not leak");

        // The SALES admin sees on the Request form view that the form is off, and turns it on.
        browser.loginAndOpen("admin", "/jira/plugins/servlet/customer-groups/project/SALES");
        driver.findElement(By.id("cg-view-link-forms")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cg-forms-messages"),
                "This form is off: reporters cannot open or send it."));
        assertFalse(driver.findElement(By.id("cg-forms-enabled")).isSelected(), "a never-saved form is off");
        assertEquals("This form was never saved, so it is off.", driver.findElement(By.id("cg-forms-updated")).getText());
        check("cg-forms-enabled", true);
        driver.findElement(By.id("cg-forms-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cg-forms-messages"), "The form was saved."));
        assertTrue(rest("GET", "/forms/SALES", "carol", null, 200).path("form").path("enabled").asBoolean());

        // Then the project is made restricted with Globex Buyers authorized, on the Authorized reporters view.
        driver.findElement(By.id("cg-view-link-reporters")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-view-reporters")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-reporters-empty")));
        check("cg-reporters-restricted", true);
        driver.findElement(By.id("cg-reporters-search")).sendKeys("Globex");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#cg-reporters-results .cg-reporters-pick[data-group-id='" + globex + "']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-reporters-groups li[data-group-id='" + globex + "']")));
        driver.findElement(By.id("cg-reporters-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cg-reporters-messages"),
                "Authorized reporters saved."));
        assertTrue(driver.findElement(By.id("cg-reporters-jira")).getText().contains("Create Issues"));
        browser.screenshotOf("project-authorized-reporters.png");
        JsonNode saved = rest("GET", "/projects/SALES/authorized-reporters", "admin", null, 200);
        assertTrue(saved.path("restricted").asBoolean());
        assertEquals(globex, saved.path("groups").path(0).path("id").asLong());

        // carol is refused with a clear message and gets no form; the REST API refuses her too.
        browser.loginAndOpen("carol", PORTAL + "/form/SALES");
        WebElement refusal = driver.findElement(By.id("cg-portal-form-refused"));
        assertTrue(refusal.getText().contains("SALES"), refusal.getText());
        assertTrue(driver.findElements(By.id("cg-portal-form")).isEmpty());
        browser.screenshotOf("portal-form-refused.png");
        rest("POST", "/forms/SALES/requests", "carol", "{\"summary\":\"Let me in\",\"groupIds\":[]}", 403);

        // alice, a member of Globex Buyers, may submit.
        browser.loginAndOpen("alice", PORTAL + "/form/SALES");
        driver.findElement(By.id("cg-form-summary")).sendKeys("Quote for 20 seats");
        driver.findElement(By.id("cg-form-submit")).click();
        wait.until(ExpectedConditions.urlContains(PORTAL + "/requests/SALES-"));
        assertEquals("Quote for 20 seats", driver.findElement(By.id("cg-portal-request-summary")).getText());
    }

    @Test
    void theEmbeddedFormHasNoPortalNavigationAndLinksTheNewRequestInANewWindow() throws IOException {
        browser.loginAndOpen("bob", PORTAL + "/form/HELP?embed=1");
        assertTrue(driver.findElements(By.id("cg-portal-nav-requests")).isEmpty());
        assertEquals("true", driver.findElement(By.id("cg-portal-form-page")).getAttribute("data-embed"));
        driver.findElement(By.id("cg-form-summary")).sendKeys("Embedded request");
        if (!driver.findElements(By.cssSelector("input.cg-form-group")).isEmpty()) {
            driver.findElements(By.cssSelector("input.cg-form-group")).get(0).click();
        }
        driver.findElement(By.id("cg-form-submit")).click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-portal-form-done")));
        assertTrue(done.getText().contains("was created"), done.getText());
        WebElement link = driver.findElement(By.id("cg-portal-form-done-link"));
        assertEquals("_blank", link.getAttribute("target"));
        assertTrue(link.getAttribute("href").contains(PORTAL + "/requests/HELP-"), link.getAttribute("href"));
        browser.screenshotOf("portal-form-embedded.png");
    }

    private void replace(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void check(String id, boolean on) {
        WebElement box = driver.findElement(By.id(id));
        if (box.isSelected() != on) {
            box.click();
        }
    }
}
