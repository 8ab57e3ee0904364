package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.service.PluginInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox over HTTP, as a browser or curl sees it: one sandbox on a free port and a temp H2 file. */
class SandboxHttpTest {

    private static final String HEALTH = "/jira/rest/customer-groups/1.0/health";
    private static final String ABOUT = "/jira/plugins/servlet/customer-groups/about";
    private static final String ABOUT_JS =
            "/jira/download/resources/org.customergroups.customer-groups:admin-resources/customer-groups-about.js";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    void healthAsAdminReportsVersionAndH2() {
        HttpResponse<String> r = SANDBOX.client().get(HEALTH, "admin");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode health = SandboxClient.json(r);
        assertEquals("UP", health.path("status").asText());
        assertEquals(PluginInfo.fromBuild().version(), health.path("plugin").path("version").asText());
        assertEquals("org.customergroups.customer-groups", health.path("plugin").path("key").asText());
        assertEquals("Customer Groups sandbox", health.path("host").path("name").asText());
        assertEquals("UP", health.path("database").path("status").asText());
        assertTrue(health.path("database").path("product").asText().startsWith("H2"), r.body());
        // The three default groups exist from the start (Customers, Customer Admins, Verified Customers).
        assertEquals(3, health.path("database").path("customerGroups").asInt());
    }

    @Test
    void healthAsReporterIs403InTheErrorShape() {
        HttpResponse<String> r = SANDBOX.client().get(HEALTH, "alice");
        assertEquals(403, r.statusCode(), r.body());
        assertErrorShape(r, 403);
    }

    @Test
    void healthAnonymousIs401Json() {
        HttpResponse<String> r = SANDBOX.client().anonymous(HEALTH);
        assertEquals(401, r.statusCode(), r.body());
        assertErrorShape(r, 401);
    }

    @Test
    void wrongPasswordIs401WithBasicChallenge() {
        HttpResponse<String> r = SANDBOX.client().get(HEALTH, "admin", "wrong");
        assertEquals(401, r.statusCode());
        assertEquals("Basic realm=\"Customer Groups sandbox\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
        assertErrorShape(r, 401);
    }

    @Test
    void unknownUserIs401() {
        assertEquals(401, SANDBOX.client().get(HEALTH, "mallory").statusCode());
    }

    @Test
    void unknownRestPathIs404InTheErrorShape() {
        HttpResponse<String> r = SANDBOX.client().get("/jira/rest/customer-groups/1.0/no-such-thing", "admin");
        assertEquals(404, r.statusCode(), r.body());
        assertErrorShape(r, 404);
    }

    @Test
    void aboutPageAsAdminShowsVersionAndLoadsTheWebResources() {
        HttpResponse<String> r = SANDBOX.client().get(ABOUT, "admin");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(PluginInfo.fromBuild().version()), r.body());
        assertTrue(r.body().contains("<script type=\"text/javascript\" src=\"" + ABOUT_JS + "\"></script>"), r.body());
        assertTrue(r.body().contains("src=\"/jira/sandbox/ajs.js\""), r.body());
        assertTrue(r.body().contains("data-rest-base=\"/jira/rest/customer-groups/1.0\""), r.body());
        // Decorated like a Jira page: the sandbox's top bar with the signed-in user.
        assertTrue(r.body().contains("id=\"sbx-user\""), r.body());
        assertTrue(r.body().contains("Ada Admin"), r.body());
        assertEquals(1, r.body().split("sandbox/sandbox.css", -1).length - 1, "stylesheet once");
    }

    @Test
    void aboutPageAnonymousRedirectsToLogin() {
        HttpResponse<String> r = SANDBOX.client().anonymous(ABOUT + "?x=1");
        assertEquals(302, r.statusCode());
        assertEquals("/jira/login.jsp?os_destination=%2Fjira%2Fplugins%2Fservlet%2Fcustomer-groups%2Fabout%3Fx%3D1",
                SandboxClient.location(r));
    }

    /** The sandbox's own pages come back to the page asked for, query included, as the plugin's pages do. */
    @Test
    void sandboxPagesAnonymousRedirectToLoginAndBack() {
        for (String page : new String[]{"/jira/browse/HELP?x=1", "/jira/sandbox/outbox?start=20",
                "/jira/secure/ViewProfile.jspa?name=alice"}) {
            HttpResponse<String> r = SANDBOX.client().anonymous(page);
            assertEquals(302, r.statusCode(), page);
            assertEquals("/jira/login.jsp?os_destination=" + URLEncoder.encode(page, StandardCharsets.UTF_8),
                    SandboxClient.location(r));
        }
    }

    /**
     * Jetty takes characters a URI may not hold unencoded (a script's raw {@code |}; a browser
     * encodes it): the login redirect still works, without what it cannot carry, instead of a 500.
     */
    @Test
    void aRawCharacterAURICannotHoldStillLeadsToTheLoginPage() throws IOException {
        assertEquals("HTTP/1.1 302 Found -> /jira/login.jsp?os_destination=%2Fjira%2Fsecure%2FViewProfile.jspa",
                rawAnonymousGet("/jira/secure/ViewProfile.jspa?name=a|b"));
        assertEquals("HTTP/1.1 302 Found -> /jira/login.jsp?os_destination=%2Fjira%2F",
                rawAnonymousGet("/jira/browse/HELP|1"));
    }

    /** An anonymous GET of {@code target} as written (HttpClient would refuse it): status line, Location path. */
    private static String rawAnonymousGet(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SANDBOX.port())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            String location = "";
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    URI uri = URI.create(line.substring(9).strip());
                    location = " -> " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            }
            return status + location;
        }
    }

    @Test
    void aboutPageAsReporterIs403Html() {
        HttpResponse<String> r = SANDBOX.client().get(ABOUT, "alice");
        assertEquals(403, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("Access denied"), r.body());
        assertTrue(r.body().contains("href=\"/jira/sandbox/sandbox.css\""), r.body());
        assertTrue(r.body().contains("Alice Archer"), r.body());
    }

    @Test
    void loginFormThenSessionOpensTheAboutPage() {
        SandboxClient browser = new SandboxClient(SANDBOX.port());
        HttpResponse<String> form = browser.anonymous("/jira/login.jsp?os_destination=" + ABOUT);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"os_password\""), form.body());

        HttpResponse<String> login = browser.postForm("/jira/login.jsp",
                Map.of("os_username", "admin", "os_password", "admin", "os_destination", ABOUT));
        assertEquals(302, login.statusCode(), login.body());
        assertEquals(ABOUT, SandboxClient.location(login));
        assertEquals(200, browser.anonymous(ABOUT).statusCode());
        assertEquals(200, browser.anonymous(HEALTH).statusCode());

        assertEquals(302, browser.anonymous("/jira/logout").statusCode());
        assertEquals(302, browser.anonymous(ABOUT).statusCode());
    }

    @Test
    void loginWithWrongPasswordShowsTheFormAgain() {
        HttpResponse<String> r = new SandboxClient(SANDBOX.port()).postForm("/jira/login.jsp",
                Map.of("os_username", "admin", "os_password", "nope"));
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("sbx-login-error"), r.body());
    }

    @Test
    void loginNeverRedirectsOffTheServer() {
        for (String destination : new String[]{"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            HttpResponse<String> r = new SandboxClient(SANDBOX.port()).postForm("/jira/login.jsp",
                    Map.of("os_username", "alice", "os_password", "alice", "os_destination", destination));
            assertEquals(302, r.statusCode());
            assertEquals("/jira/", SandboxClient.location(r), destination);
        }
    }

    @Test
    void aboutScriptIsServedWithI18nCallsReplaced() {
        HttpResponse<String> r = SANDBOX.client().anonymous(ABOUT_JS);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        assertFalse(r.body().contains("AJS.I18n.getText"), r.body());
        assertTrue(r.body().contains("\"Checked just now.\""), r.body());
        assertTrue(r.body().contains("AJS.format(\"The check failed: {0}\", error.message)"), r.body());
    }

    @Test
    void webResourcesOutsideTheDescriptorAreNotServed() {
        assertEquals(404, SANDBOX.client().anonymous(
                "/jira/download/resources/org.customergroups.customer-groups:admin-resources/../atlassian-plugin.xml")
                .statusCode());
        assertEquals(404, SANDBOX.client().anonymous(
                "/jira/download/resources/org.customergroups.customer-groups:admin-resources/nope.js").statusCode());
    }

    @Test
    void ajsShimIsServed() {
        HttpResponse<String> r = SANDBOX.client().anonymous("/jira/sandbox/ajs.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("AJS.format"));
    }

    @Test
    void homePageListsUsersProjectsAndPluginLinks() {
        HttpResponse<String> r = SANDBOX.client().anonymous("/jira/");
        assertEquals(200, r.statusCode(), r.body());
        for (String expected : new String[]{"alice@acme.example", "carol@globex.example", "Customer Support",
                "Sales Requests", "href=\"" + ABOUT + "\"", "href=\"" + HEALTH + "\"", "HELP agent",
                "jira-administrators", "id=\"sbx-login\""}) {
            assertTrue(r.body().contains(expected), expected);
        }
        assertFalse(r.body().contains("<script"), "no scripts on the home page");
        assertTrue(SANDBOX.client().get("/jira/", "lead").body().contains("Lee Lead"));
    }

    @Test
    void projectPageShowsReportersOnlyTheirOwnTickets() {
        HttpResponse<String> agent = SANDBOX.client().get("/jira/browse/HELP", "agent");
        assertEquals(200, agent.statusCode());
        assertTrue(agent.body().contains("HELP-7"));
        HttpResponse<String> bob = SANDBOX.client().get("/jira/browse/HELP", "bob");
        assertTrue(bob.body().contains("HELP-4"));
        assertFalse(bob.body().contains("HELP-1<"), bob.body());
        assertEquals(404, SANDBOX.client().get("/jira/browse/NOPE", "agent").statusCode());
        assertEquals(302, SANDBOX.client().anonymous("/jira/browse/HELP").statusCode());
    }

    @Test
    void customerGroupsSettingsLinkIsShownToThoseWhoAdministerTheProject() {
        String help = "href=\"/jira/plugins/servlet/customer-groups/project/HELP\"";
        String sales = "href=\"/jira/plugins/servlet/customer-groups/project/SALES\"";
        String label = "Project settings \u2192 Customer Groups";
        HttpResponse<String> lead = SANDBOX.client().get("/jira/browse/HELP", "lead");
        assertTrue(lead.body().contains(help) && lead.body().contains(label), lead.body());
        assertTrue(SANDBOX.client().get("/jira/browse/SALES", "admin").body().contains(sales));
        for (String user : new String[]{"agent", "alice"}) {
            assertFalse(SANDBOX.client().get("/jira/browse/HELP", user).body().contains(help), user);
        }
        assertFalse(SANDBOX.client().get("/jira/browse/SALES", "lead").body().contains(sales));

        String leadHome = SANDBOX.client().get("/jira/", "lead").body();
        assertTrue(leadHome.contains(help) && !leadHome.contains(sales), leadHome);
        String adminHome = SANDBOX.client().get("/jira/", "admin").body();
        assertTrue(adminHome.contains(help) && adminHome.contains(sales));
        for (String user : new String[]{null, "agent", "alice"}) {
            String home = user == null ? SANDBOX.client().anonymous("/jira/").body() : SANDBOX.client().get("/jira/", user).body();
            assertFalse(home.contains(help) || home.contains(sales), user);
        }
    }

    @Test
    void serverRootLeadsToTheSandbox() {
        HttpResponse<String> r = SANDBOX.client().anonymous("/");
        assertEquals(302, r.statusCode());
        assertEquals("/jira/", SandboxClient.location(r));
    }

    private static void assertErrorShape(HttpResponse<String> r, int status) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonNode error = SandboxClient.json(r);
        assertEquals(status, error.path("status").asInt(), r.body());
        assertFalse(error.path("message").asText().isBlank(), r.body());
        assertTrue(error.has("field") && error.get("field").isNull(), r.body());
    }
}
