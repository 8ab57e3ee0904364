package org.customergroups.sandbox.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every browser test does the same way in its running sandbox: sign in through the login
 * page, read texts and attributes, save screenshots for the docs ({@code -Dcg.screenshots=true}),
 * and call the REST APIs with Basic auth (password = username) to set up or check what a page did.
 */
final class SandboxBrowser {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxBrowser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
        // The pages re-draw their lists after each change: an element found just before is stale, look again.
        this.wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** {@code http://127.0.0.1:<port>}. */
    String base() {
        return base;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** Logs in through the login page, which then goes to {@code path}. */
    void loginAndOpen(String user, String path) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/jira/login.jsp?os_destination=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        driver.findElement(By.id("os_username")).sendKeys(user);
        driver.findElement(By.id("os_password")).sendKeys(user);
        driver.findElement(By.id("sbx-login-submit")).click();
        wait.until(ExpectedConditions.urlContains(path));
    }

    List<String> texts(By by) {
        List<String> texts = new ArrayList<>();
        for (WebElement e : driver.findElements(by)) {
            texts.add(e.getText());
        }
        return texts;
    }

    List<String> attributes(By by, String attribute) {
        List<String> values = new ArrayList<>();
        for (WebElement e : driver.findElements(by)) {
            values.add(e.getAttribute(attribute));
        }
        return values;
    }

    /** Saves a screenshot (of {@code element}, or of the window) to docs/images with -Dcg.screenshots=true. */
    void screenshotOf(String name, WebElement... element) throws IOException {
        if (!Boolean.getBoolean("cg.screenshots")) {
            return;
        }
        Path dir = Path.of(System.getProperty("cg.screenshot.dir", "../docs/images"));
        Files.createDirectories(dir);
        byte[] png = element.length > 0
                ? element[0].getScreenshotAs(OutputType.BYTES)
                : driver.getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name), png);
    }

    /** {@code method path} (under the base) as {@code user}, with an optional JSON body; the answer's JSON. */
    JsonNode call(String method, String path, String user, String json, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", basic(user));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> r = send(request.build());
        assertEquals(expectedStatus, r.statusCode(), method + " " + path + ": " + r.body());
        try {
            return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GET of an absolute {@code url} (e.g. a link the page shows) as {@code user}. */
    HttpResponse<String> get(String url, String user) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", basic(user))
                .GET().build());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
