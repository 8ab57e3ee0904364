package org.customergroups.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.sandbox.RunningSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture of every browser test class: its own sandbox on a fresh H2 database (started on first
 * use, stopped after the class) and one system Chromium for the class (skipped when there is none,
 * unless {@code CG_REQUIRE_BROWSER=true}; see {@link SystemChrome}), and the steps several classes take
 * the same way: the plugin's REST API, the sandbox's outbox, the Customer Groups page's catalog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    /** The plugin's REST API. */
    protected static final String REST = "/jira/rest/customer-groups/1.0";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @TempDir
    static Path browserProfile;

    private SystemChrome chrome;
    protected ChromeDriver driver;
    protected SandboxBrowser browser;
    /** The sandbox's address, e.g. {@code http://127.0.0.1:41234}. */
    protected String base;
    protected WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        chrome = SystemChrome.startOrSkip(browserProfile);
        driver = chrome.driver();
        browser = new SandboxBrowser(driver, SANDBOX.port());
        base = browser.base();
        wait = browser.waiting();
    }

    @AfterAll
    void stopBrowser() {
        if (chrome != null) {
            chrome.close();
        }
    }

    /** {@code method REST + path} as {@code user}, see {@link SandboxBrowser#call}. */
    protected JsonNode rest(String method, String path, String user, String json, int expectedStatus) {
        return browser.call(method, REST + path, user, json, expectedStatus);
    }

    /** The sandbox's outbox JSON for {@code to} (a username or an address), read as the administrator. */
    protected JsonNode outbox(String to, int limit) {
        return browser.call("GET", "/jira/rest/sandbox/1.0/outbox?to=" + to + "&limit=" + limit, "admin", null, 200);
    }

    /** Creates the group with the Customer Groups page's New group dialog and waits for its catalog row. */
    protected void createGroup(String name) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-catalog-loading")));
        driver.findElement(By.id("cg-new-group")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-new-group-name")));
        input.sendKeys(name);
        driver.findElement(By.id("cg-new-group-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-new-group-dialog")));
        row(name);
    }

    /** The Customer Groups page's catalog row of the group, waiting for it to appear. */
    protected WebElement row(String groupName) {
        return wait.until(d -> d.findElements(By.cssSelector("#cg-catalog-body tr.cg-catalog-row")).stream()
                .filter(r -> groupName.equals(r.getAttribute("data-group-name")))
                .findFirst().orElse(null));
    }

    /** The Customer Groups page shows no error message. */
    protected void assertNoErrorMessage() {
        List<WebElement> errors = driver.findElements(By.cssSelector("#cg-project .aui-message-error"));
        assertTrue(errors.stream().noneMatch(WebElement::isDisplayed),
                () -> errors.stream().map(WebElement::getText).toList().toString());
    }
}
