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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's My settings in a real browser: carol, a reporter account (no Jira licence, so Jira's profile page
 * may be closed to her), opens My settings from the portal navigation, turns "Shared with my customer groups" on
 * and asks for the verification mail of her address; the mail is in the sandbox's outbox, and its link verifies
 * the address, which My settings then shows. Anonymous visitors go to the login page and come back.
 * <p>
 * Skipped without Chromium/chromedriver unless {@code CG_REQUIRE_BROWSER=true}. With
 * {@code -Dcg.screenshots=true} it saves docs/images/portal-settings.png for the user guide.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PortalSettingsBrowserTest extends BrowserTestBase {

    private static final String SETTINGS = "/jira/plugins/servlet/customer-groups/portal/settings";
    private static final Pattern MAIL_LINK = Pattern.compile("class=\"cg-mail-button\" href=\"([^\"]+)\"");

    @Test
    void aReporterTurnsMailOnAndAsksForTheVerificationMailFromMySettings() throws IOException {
        // Anonymous: to the login page, which brings her back.
        driver.manage().deleteAllCookies();
        driver.get(base + SETTINGS);
        wait.until(ExpectedConditions.urlContains("login.jsp"));
        assertTrue(URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8).contains(SETTINGS),
                driver.getCurrentUrl());

        browser.loginAndOpen("carol", "/jira/plugins/servlet/customer-groups/portal/requests");
        WebElement link = driver.findElement(By.id("cg-portal-nav-settings"));
        assertEquals("My settings", link.getText());
        link.click();
        wait.until(ExpectedConditions.urlContains(SETTINGS));
        assertEquals("page", driver.findElement(By.id("cg-portal-nav-settings")).getAttribute("aria-current"));
        assertEquals("My settings", driver.findElement(By.cssSelector("#cg-portal-settings h1")).getText());

        // Reporter accounts start with the mail off; one click saves it on.
        WebElement panel = driver.findElement(By.id("cg-profile-subscriptions"));
        wait.until(d -> "default".equals(panel.getAttribute("data-state")));
        WebElement enabled = driver.findElement(By.id("cg-profile-enabled"));
        assertFalse(enabled.isSelected());
        enabled.click();
        wait.until(d -> "chosen".equals(panel.getAttribute("data-state"))
                && "true".equals(panel.getAttribute("data-enabled")));
        assertTrue(driver.findElement(By.cssSelector("#cg-profile-messages .aui-message-success")).getText()
                .contains("Saved."));
        assertEquals("One mail for each event: you chose this setting.",
                driver.findElement(By.id("cg-profile-state")).getText());
        assertTrue(rest("GET", "/me/subscriptions", "carol", null, 200).path("enabled").asBoolean());

        // Her address is not verified yet: she asks for the link.
        WebElement verify = driver.findElement(By.id("cg-verify-email"));
        wait.until(d -> "unverified".equals(verify.getAttribute("data-state")));
        assertEquals("Your e-mail address carol@globex.example is not verified yet.",
                driver.findElement(By.id("cg-verify-state")).getText());
        driver.findElement(By.id("cg-verify-send")).click();
        WebElement sent = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-verify-messages .aui-message-success")));
        assertTrue(sent.getText().contains("carol@globex.example"), sent.getText());
        assertEquals("sent", verify.getAttribute("data-state"));
        browser.screenshotOf("portal-settings.png");

        // The verification mail is in the outbox (polled: the page shows what is queued) ...
        JsonNode mail = wait.until(d -> {
            JsonNode mails = outbox("carol", 10).path("values");
            for (JsonNode m : mails) {
                if ("Confirm your e-mail address".equals(m.path("subject").asText())) {
                    return m;
                }
            }
            return null;
        });
        assertEquals("carol@globex.example", mail.path("toAddress").asText(), mail.toString());
        assertTrue(mail.path("body").asText().contains("carol@globex.example"), mail.toString());
        Matcher href = MAIL_LINK.matcher(mail.path("body").asText());
        assertTrue(href.find(), mail.toString());
        String verifyLink = href.group(1).replace("&amp;", "&");
        assertTrue(verifyLink.contains("/plugins/servlet/customer-groups/verify-email?token="), verifyLink);

        // ... and its link verifies the address, which My settings then shows.
        driver.get(verifyLink);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-verify-email-done")));
        driver.get(base + SETTINGS);
        WebElement again = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cg-verify-email")));
        wait.until(d -> "verified".equals(again.getAttribute("data-state")));
        assertEquals("Your e-mail address carol@globex.example is verified.",
                driver.findElement(By.id("cg-verify-state")).getText());
        assertFalse(driver.findElement(By.id("cg-verify-send")).isDisplayed());
        assertTrue(rest("GET", "/me/email-verification", "carol", null, 200).path("verified").asBoolean());
        assertTrue(browser.texts(By.cssSelector("#cg-portal-settings .aui-message-error")).isEmpty());
    }
}
