package org.customergroups.sandbox.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium and chromedriver (Debian packages; no Selenium Manager, no
 * downloads) for the browser tests. Skips the test when either is missing ({@code CG_CHROMIUM},
 * {@code CG_CHROMEDRIVER}, default /usr/bin/chromium and /usr/bin/chromedriver), unless
 * {@code CG_REQUIRE_BROWSER=true}, where a missing browser fails instead.
 */
final class SystemChrome implements AutoCloseable {

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private SystemChrome(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Starts a 1400x1000 English browser with its profile in {@code profile}, or skips the test. */
    static SystemChrome startOrSkip(Path profile) {
        Path chromium = Path.of(env("CG_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("CG_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String why = "no browser: " + chromium + " or " + chromedriver + " is not executable";
            if ("true".equalsIgnoreCase(System.getenv("CG_REQUIRE_BROWSER"))) {
                fail(why + " (CG_REQUIRE_BROWSER=true)");
            }
            assumeTrue(false, why);
        }
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000",
                "--lang=en-US");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return new SystemChrome(service, driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
