package org.customergroups.sandbox.browser;

import org.customergroups.sandbox.RunningSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;

/**
 * The fixture of every browser test class: its own sandbox on a fresh H2 database (started on first
 * use, stopped after the class) and one system Chromium for the class (skipped when there is none,
 * unless {@code CG_REQUIRE_BROWSER=true}; see {@link SystemChrome}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

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
}
