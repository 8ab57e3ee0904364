package org.customergroups.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project settings page "Customer Groups" in a real browser (headless Chromium driven by the
 * system chromedriver; Selenium never downloads a driver or a browser): the project admin of HELP
 * logs in through the sandbox's login page, creates a group, adds an existing one, turns Auto-share
 * on, and uses the sidebar (members, projects, settings).
 * <p>
 * Skipped when Chromium or chromedriver is missing ({@code CG_CHROMIUM}, {@code CG_CHROMEDRIVER},
 * default /usr/bin/chromium and /usr/bin/chromedriver), unless {@code CG_REQUIRE_BROWSER=true}.
 * With {@code -Dcg.screenshots=true} it saves docs/images/customer-groups-page.png.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CustomerGroupsPageBrowserTest extends BrowserTestBase {

    private static final String PAGE = "/jira/plugins/servlet/customer-groups/project/HELP";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void projectAdminManagesTheCatalogAndAGroupFromThePage() throws IOException {
        // An existing customer group, made by a Jira admin and visible to everyone with Jira access.
        JsonNode globex = rest("POST", "/groups", "admin", "{\"name\":\"Globex Partners\",\"description\":\"Resellers\"}", 201);
        rest("PUT", "/groups/" + globex.path("id").asLong(), "admin", """
                {"description":"Resellers","settings":{"autoJoinDomains":["globex.example"],"twoFactorRequired":false,
                 "viewPolicy":"EVERYONE","updatePolicy":"PROJECT_ADMINS_OF_USING_PROJECTS"}}""", 200);

        // Log in as the project admin of HELP through the login page; it returns to the page.
        browser.loginAndOpen("lead", PAGE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-catalog-loading")));
        assertEquals("Customer Groups", driver.findElement(By.cssSelector("#cg-project h1")).getText());
        assertTrue(driver.findElement(By.id("cg-catalog-empty")).isDisplayed());
        assertNoErrorMessage();

        // New customer group; the same name again is refused and the dialog keeps what was typed.
        createGroup("Acme Corp");
        WebElement acme = row("Acme Corp");
        assertTrue(acme.getText().toLowerCase().contains("helpdesk"), acme.getText());
        assertEquals("0", acme.findElement(By.className("cg-member-count")).getText());
        driver.findElement(By.id("cg-new-group")).click();
        WebElement name = driver.findElement(By.id("cg-new-group-name"));
        name.sendKeys("acme corp");
        driver.findElement(By.id("cg-new-group-submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-new-group-dialog .aui-message-error")));
        assertFalse(error.getText().isBlank());
        assertEquals("acme corp", name.getAttribute("value"));
        driver.findElement(By.cssSelector("#cg-new-group-dialog .cg-dialog-cancel")).click();

        // Add the existing group through the type-ahead search.
        driver.findElement(By.id("cg-add-existing")).click();
        driver.findElement(By.id("cg-add-existing-search")).sendKeys("globex");
        WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#cg-add-existing-results li[data-group-id='" + globex.path("id").asLong() + "'] input")));
        option.click();
        driver.findElement(By.id("cg-add-existing-submit")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cg-add-existing-dialog")));
        row("Globex Partners");
        assertEquals(2, driver.findElements(By.cssSelector("#cg-catalog-body tr")).size());

        // Auto-share on for Acme Corp: the server has it too.
        row("Acme Corp").findElement(By.className("cg-autoshare")).click();
        wait.until(d -> row("Acme Corp").findElement(By.className("cg-toggle-state")).getText().equals("On")
                && d.findElement(By.cssSelector("#cg-messages .aui-message-success")).isDisplayed());
        JsonNode catalog = rest("GET", "/projects/HELP/catalog", "admin", null, 200);
        assertTrue(entry(catalog, "Acme Corp").path("autoShare").asBoolean(), catalog.toString());
        assertFalse(entry(catalog, "Globex Partners").path("autoShare").asBoolean(), catalog.toString());

        // The sidebar: add alice through the user picker.
        row("Acme Corp").findElement(By.className("cg-group-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cg-sidebar-title"), "Acme Corp"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-members-empty")));
        driver.findElement(By.id("cg-add-members")).click();
        driver.findElement(By.id("cg-user-search")).sendKeys("alice");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#cg-user-results li[data-username='alice'] input"))).click();
        driver.findElement(By.id("cg-add-members-submit")).click();
        WebElement alice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-members-body tr[data-username='alice']")));
        assertTrue(alice.getText().toLowerCase().contains("reporter"), alice.getText());
        wait.until(d -> row("Acme Corp").findElement(By.className("cg-member-count")).getText().equals("1"));
        browser.screenshotOf("customer-groups-page.png");

        // Remove her again (with confirmation).
        alice.findElement(By.className("cg-remove-member")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-confirm-submit"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#cg-members-body tr[data-username='alice']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-members-empty")));
        wait.until(d -> row("Acme Corp").findElement(By.className("cg-member-count")).getText().equals("0"));

        // Projects tab: HELP uses the group.
        driver.findElement(By.id("cg-tab-link-projects")).click();
        WebElement help = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#cg-projects-body tr[data-project-key='HELP']")));
        assertTrue(help.getText().contains("Customer Support"), help.getText());

        // Settings tab: Auto-share shows on; global settings save.
        driver.findElement(By.id("cg-tab-link-settings")).click();
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cg-settings-autoshare"))).isSelected());
        WebElement domains = driver.findElement(By.id("cg-settings-domains"));
        domains.clear();
        domains.sendKeys("acme.example");
        driver.findElement(By.id("cg-settings-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cg-settings-messages .aui-message-success")));
        JsonNode saved = rest("GET", "/groups/" + entry(catalog, "Acme Corp").path("group").path("id").asLong(),
                "admin", null, 200);
        assertEquals("acme.example", saved.path("settings").path("autoJoinDomains").path(0).asText(), saved.toString());
        assertNoErrorMessage();
    }

    @Test
    void groupNamesAreShownAsTextNeverAsMarkup() throws IOException {
        String hostile = "<img src=x onerror=window.cgXss=1>";
        rest("POST", "/groups", "admin", JSON.createObjectNode().put("name", hostile).put("projectKey", "SALES").toString(), 201);
        browser.loginAndOpen("admin", "/jira/plugins/servlet/customer-groups/project/SALES");
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#cg-catalog-body .cg-group-link")));
        assertEquals(hostile, link.getText());
        assertTrue(driver.findElements(By.cssSelector("#cg-catalog-body img")).isEmpty());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.cgXss === undefined ? null : window.cgXss;"));
    }

    @Test
    void theGroupBrowserGetsAHelpdeskBadgeOnCustomerGroupsOnly() {
        rest("POST", "/groups", "admin", "{\"name\":\"Initech Ltd\"}", 201);
        browser.loginAndOpen("admin", "/jira/plugins/servlet/customer-groups/about");
        // Jira's group browser, as far as the script looks at it: a table of links to ViewGroup.jspa?name=...
        ((JavascriptExecutor) driver).executeScript("""
                var table = document.createElement('table');
                table.id = 'group_browser_table';
                var body = table.appendChild(document.createElement('tbody'));
                [['Initech Ltd', 'Initech+Ltd'], ['jira-administrators', 'jira-administrators']].forEach(function (g) {
                    var link = document.createElement('a');
                    link.href = 'ViewGroup.jspa?name=' + g[1];
                    link.textContent = g[0];
                    body.appendChild(document.createElement('tr')).appendChild(document.createElement('td')).appendChild(link);
                });
                document.body.appendChild(table);
                var script = document.createElement('script');
                script.src = arguments[0];
                document.body.appendChild(script);
                """, "/jira/download/resources/org.customergroups.customer-groups:helpdesk-badge-resources/customer-groups-badge.js");
        WebElement badge = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#group_browser_table tr:nth-child(1) .cg-helpdesk-badge")));
        assertEquals("helpdesk", badge.getText().toLowerCase());
        assertTrue(driver.findElements(By.cssSelector("#group_browser_table tr:nth-child(2) .cg-helpdesk-badge")).isEmpty());
    }

    @Test
    void aReporterGetsTheForbiddenPage() {
        browser.loginAndOpen("alice", PAGE);
        assertTrue(driver.findElement(By.id("cg-project-forbidden")).isDisplayed());
        assertTrue(driver.findElements(By.id("cg-project")).isEmpty());
    }

    // ---------------------------------------------------------------------------------------------

    private static JsonNode entry(JsonNode catalogPage, String groupName) {
        for (JsonNode e : catalogPage.path("values")) {
            if (groupName.equals(e.path("group").path("name").asText())) {
                return e;
            }
        }
        throw new AssertionError(groupName + " is not in " + catalogPage);
    }
}
