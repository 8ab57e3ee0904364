package org.customergroups.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.sandbox.host.HostUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.customergroups.sandbox.JiraCalls.API;
import static org.customergroups.sandbox.JiraCalls.PLUGIN;
import static org.customergroups.sandbox.SandboxJiraRestApiTest.assertJiraError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Shared with my customer groups" mail end to end, over HTTP: the plugin's notifications reach the
 * sandbox's outbox (its MailOutbox) when an agent shares a ticket, comments (never internal ones),
 * or moves it through the workflow (Jira's transitions API); the digest button; who sees which mail
 * on the outbox page. Each test makes its own reporter accounts, groups and tickets, so the tests do
 * not depend on their order or on each other's mail.
 */
class SandboxNotificationsHttpTest {

    private static final String OUTBOX_JSON = "/jira/rest/sandbox/1.0/outbox";
    private static final String OUTBOX_PAGE = "/jira/sandbox/outbox";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private JiraCalls jira() {
        return new JiraCalls(SANDBOX.client());
    }

    /** A new reporter account (unlicensed, password = username) with the address {@code name@mail.example}. */
    private static String reporter(String name) {
        SANDBOX.sandbox().directory().createUser(new HostUser(name, name.toUpperCase() + " Mailer",
                name + "@mail.example", false, false));
        return name;
    }

    /** Turns "Shared with my customer groups" on for {@code user} (reporter accounts start with it off). */
    private void subscribe(String user, String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", true);
        if (mode != null) {
            body.put("mode", mode);
        }
        HttpResponse<String> r = jira().call("PUT", PLUGIN + "/me/subscriptions", user, body);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(SandboxClient.json(r).path("enabled").asBoolean(), r.body());
    }

    /** The mail queued for {@code to} (a username), newest first, through the outbox's JSON read. */
    private List<JsonNode> mails(String to) {
        HttpResponse<String> r = jira().call("GET", OUTBOX_JSON + "?limit=100&to=" + to, "admin", null);
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> values = new ArrayList<>();
        SandboxClient.json(r).path("values").forEach(values::add);
        return values;
    }

    private String portalLink(String key) {
        return "http://localhost:" + SANDBOX.port() + "/jira/plugins/servlet/customer-groups/portal/requests/" + key;
    }

    private HttpResponse<String> comment(String user, String key, String body, Map<String, String> visibility) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("body", body);
        if (visibility != null) {
            json.put("visibility", visibility);
        }
        return jira().call("POST", API + "/issue/" + key + "/comment", user, json);
    }

    private HttpResponse<String> transition(String user, String key, Object id) {
        return jira().call("POST", API + "/issue/" + key + "/transitions", user, Map.of("transition", Map.of("id", id)));
    }

    private List<String> transitionIds(String user, String key) {
        HttpResponse<String> r = jira().call("GET", API + "/issue/" + key + "/transitions", user, null);
        assertEquals(200, r.statusCode(), r.body());
        List<String> ids = new ArrayList<>();
        SandboxClient.json(r).path("transitions").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    private List<String> commentBodies(String user, String key) {
        HttpResponse<String> r = jira().call("GET", API + "/issue/" + key + "/comment", user, null);
        assertEquals(200, r.statusCode(), r.body());
        List<String> bodies = new ArrayList<>();
        SandboxClient.json(r).path("comments").forEach(c -> bodies.add(c.path("body").asText()));
        return bodies;
    }

    @Test
    void aSubscribedMemberGetsOneMailWhenAnAgentSharesTheTicket() {
        String nina = reporter("nina");
        String omar = reporter("omar");
        subscribe(nina, null);
        long group = jira().catalogGroup("HELP", "Mailing Co", false, nina, omar);
        String key = jira().createdKey("alice", "HELP", "Please tell my colleagues", null);
        assertTrue(mails(nina).isEmpty(), "the ticket was not shared with nina's group yet");

        jira().share(key, group);

        List<JsonNode> ninas = mails(nina);
        assertEquals(1, ninas.size(), ninas.toString());
        JsonNode mail = ninas.get(0);
        assertEquals("nina", mail.path("to").asText());
        assertEquals("nina@mail.example", mail.path("toAddress").asText());
        assertEquals("[" + key + "] Shared with your customer group: Please tell my colleagues",
                mail.path("subject").asText());
        // a reporter account cannot open Jira's issue view: the link is the plugin's portal page
        assertTrue(mail.path("body").asText().contains(portalLink(key)), mail.path("body").asText());
        assertTrue(mails(omar).isEmpty(), "reporter accounts are not subscribed until they say so");

        // the mail shows on nina's outbox page, in a sandboxed frame
        String page = SANDBOX.client().get(OUTBOX_PAGE, nina).body();
        assertTrue(page.contains("id=\"sbx-mail-" + mail.path("id").asText() + "\" data-to=\"nina\""), page);
        assertTrue(page.contains("<h2 class=\"sbx-mail-subject\">[" + key + "] Shared with your customer group"), page);
        assertTrue(page.contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\""), page);

        // a member's own comment mails the other subscribed members, never the author
        String pia = reporter("pia");
        subscribe(pia, null);
        HttpResponse<String> added = jira().call("POST", PLUGIN + "/groups/" + group + "/members", "lead",
                Map.of("usernames", List.of(pia)));
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(201, comment(nina, key, "Thanks, we will look at it", null).statusCode());
        assertEquals(1, mails(nina).size(), "no mail to the comment's author");
        List<JsonNode> pias = mails(pia);
        assertEquals(1, pias.size(), pias.toString());
        assertTrue(pias.get(0).path("body").asText().contains("Thanks, we will look at it"), pias.get(0).toString());
    }

    @Test
    void internalCommentsAreNeitherMailedNorShownToReportersOrMembers() {
        String quinn = reporter("quinn");
        subscribe(quinn, null);
        long group = jira().catalogGroup("HELP", "Internal Co", false, quinn);
        String key = jira().createdKey("alice", "HELP", "Refund for order 4711", null);
        jira().share(key, group);
        int before = mails(quinn).size();

        HttpResponse<String> byRole = comment("agent", key, "Refund approved by finance",
                Map.of("type", "role", "value", "agents"));
        assertEquals(201, byRole.statusCode(), byRole.body());
        JsonNode visibility = SandboxClient.json(byRole).path("visibility");
        assertEquals("role", visibility.path("type").asText());
        assertEquals("Agents", visibility.path("value").asText(), "the role as the sandbox names it");
        HttpResponse<String> byGroup = comment("agent", key, "Check the ledger first",
                Map.of("type", "group", "value", "JIRA-SOFTWARE-USERS"));
        assertEquals(201, byGroup.statusCode(), byGroup.body());
        assertEquals("jira-software-users", SandboxClient.json(byGroup).path("visibility").path("value").asText());
        assertEquals(before, mails(quinn).size(), "internal comments are never mailed");

        assertEquals(201, comment("agent", key, "We have sent the refund", null).statusCode());
        List<JsonNode> after = mails(quinn);
        assertEquals(before + 1, after.size());
        assertTrue(after.get(0).path("body").asText().contains("We have sent the refund"), after.get(0).toString());
        assertFalse(after.get(0).path("body").asText().contains("Refund approved"), after.get(0).toString());

        // reporter and member read the public comment only; agents read all
        assertEquals(List.of("We have sent the refund"), commentBodies("alice", key));
        assertEquals(List.of("We have sent the refund"), commentBodies(quinn, key));
        assertEquals(List.of("Refund approved by finance", "Check the ledger first", "We have sent the refund"),
                commentBodies("agent", key));
        assertEquals(1, SandboxClient.json(jira().issue("alice", key)).path("fields").path("comment").path("total").asInt());
        assertEquals(3, SandboxClient.json(jira().issue("lead", key)).path("fields").path("comment").path("total").asInt());

        // the issue page: agents see internal comments (marked) and the "Internal comment" choice
        String agentPage = SANDBOX.client().get("/jira/browse/" + key, "agent").body();
        assertTrue(agentPage.contains("Refund approved by finance"), agentPage);
        assertTrue(agentPage.contains("data-internal=\"true\""), agentPage);
        assertTrue(agentPage.contains("id=\"sbx-comment-internal\""), agentPage);
        String reporterPage = SANDBOX.client().get("/jira/browse/" + key, "alice").body();
        assertTrue(reporterPage.contains("We have sent the refund"), reporterPage);
        assertFalse(reporterPage.contains("Refund approved"), reporterPage);
        assertFalse(reporterPage.contains("Check the ledger"), reporterPage);
        assertFalse(reporterPage.contains("id=\"sbx-comment-internal\""), reporterPage);

        // only agents restrict comments, to a role the sandbox knows or a group that exists
        HttpResponse<String> byReporter = comment("alice", key, "Secret?", Map.of("type", "role", "value", "Agents"));
        assertJiraError(byReporter, 400);
        assertTrue(SandboxClient.json(byReporter).path("errors").has("commentLevel"), byReporter.body());
        assertJiraError(comment("agent", key, "To nobody", Map.of("type", "role", "value", "Nobody")), 400);
        assertJiraError(comment("agent", key, "To no group", Map.of("type", "group", "value", "no-such-group")), 400);
        assertJiraError(comment("agent", key, "To a user", Map.of("type", "user", "value", "alice")), 400);
        assertEquals(1, commentBodies("alice", key).size());
    }

    @Test
    void agentsMoveTicketsThroughTheWorkflowAndMembersHearOfIt() {
        String rosa = reporter("rosa");
        subscribe(rosa, null);
        long group = jira().catalogGroup("HELP", "Workflow Co", false, rosa);
        String key = jira().createdKey("bob", "HELP", "Printer jams on page two", null);
        jira().share(key, group);
        int before = mails(rosa).size();

        // GET: the transitions out of the status, for agents; nobody else may transition
        HttpResponse<String> listed = jira().call("GET", API + "/issue/" + key + "/transitions", "agent", null);
        assertEquals(200, listed.statusCode(), listed.body());
        JsonNode start = SandboxClient.json(listed).path("transitions").get(0);
        assertEquals("11", start.path("id").asText());
        assertEquals("Start Progress", start.path("name").asText());
        assertEquals("In Progress", start.path("to").path("name").asText());
        assertEquals("indeterminate", start.path("to").path("statusCategory").path("key").asText());
        assertEquals(List.of("11"), transitionIds("agent", key));
        assertEquals(List.of(), transitionIds("bob", key), "the reporter may browse, not transition");
        assertEquals(List.of(), transitionIds(rosa, key));

        HttpResponse<String> byReporter = transition("bob", key, "11");
        assertJiraError(byReporter, 403);
        assertJiraError(transition("carol", key, "11"), 404);
        assertJiraError(transition(null, key, "11"), 401);
        HttpResponse<String> unknown = transition("agent", key, "99");
        assertJiraError(unknown, 400);
        assertEquals("Transition id '99' is not valid for this issue.",
                SandboxClient.json(unknown).path("errorMessages").get(0).asText());
        assertJiraError(transition("agent", key, "21"), 400); // Done is not reachable from Open
        assertJiraError(jira().call("POST", API + "/issue/" + key + "/transitions", "agent", Map.of("transition", Map.of())), 400);
        assertEquals(before, mails(rosa).size(), "refused transitions change nothing and mail nobody");

        HttpResponse<String> started = transition("agent", key, 11);
        assertEquals(204, started.statusCode(), started.body());
        JsonNode status = SandboxClient.json(jira().issue("bob", key)).path("fields").path("status");
        assertEquals("In Progress", status.path("name").asText());
        assertEquals("3", status.path("id").asText());
        assertEquals(List.of("21", "31"), transitionIds("agent", key));
        assertJiraError(transition("agent", key, "11"), 400); // not again from In Progress

        List<JsonNode> mailed = mails(rosa);
        assertEquals(before + 1, mailed.size());
        assertEquals("[" + key + "] Status changed: Printer jams on page two", mailed.get(0).path("subject").asText());
        assertTrue(mailed.get(0).path("body").asText().contains("from Open to In Progress"), mailed.get(0).toString());

        assertEquals(204, transition("lead", key, "21").statusCode());
        assertEquals(List.of("41"), transitionIds("agent", key));
        assertEquals(204, transition("admin", key, "41").statusCode());
        assertEquals("Reopened", SandboxClient.json(jira().issue("bob", key)).path("fields").path("status").path("name").asText());
        assertEquals(before + 3, mails(rosa).size());

        // the issue page offers agents the transitions out of the current status
        String agentPage = SANDBOX.client().get("/jira/browse/" + key, "agent").body();
        assertTrue(agentPage.contains("<span class=\"sbx-status\">Reopened</span>"), agentPage);
        assertTrue(agentPage.contains("id=\"sbx-transition-11\""), agentPage);
        assertFalse(agentPage.contains("id=\"sbx-transition-21\""), agentPage);
        String reporterPage = SANDBOX.client().get("/jira/browse/" + key, "bob").body();
        assertFalse(reporterPage.contains("sbx-transition"), reporterPage);
    }

    @Test
    void digestSubscribersGetTheirMailWhenAnAdministratorSendsTheDigests() {
        String sven = reporter("sven");
        subscribe(sven, "DIGEST");
        long group = jira().catalogGroup("HELP", "Digest Co", false, sven);
        String key = jira().createdKey("carol", "HELP", "Weekly report is empty", null);
        jira().share(key, group);
        assertTrue(mails(sven).isEmpty(), "digest subscribers get nothing at once");

        SandboxClient admin = new SandboxClient(SANDBOX.port());
        String page = admin.get(OUTBOX_PAGE, "admin").body();
        assertTrue(page.contains("id=\"sbx-send-digests\""), page);
        String token = token(page);

        // refused: without the token, for a non-administrator, anonymously
        assertEquals(403, admin.postForm(OUTBOX_PAGE, "admin", Map.of()).statusCode());
        assertEquals(403, admin.postForm(OUTBOX_PAGE, "admin", Map.of("atl_token", "forged")).statusCode());
        SandboxClient other = new SandboxClient(SANDBOX.port());
        String otherToken = token(other.get(OUTBOX_PAGE, "admin").body());
        assertEquals(403, other.postForm(OUTBOX_PAGE, "agent", Map.of("atl_token", otherToken)).statusCode());
        HttpResponse<String> anonymous = new SandboxClient(SANDBOX.port()).postForm(OUTBOX_PAGE, Map.of());
        assertEquals(302, anonymous.statusCode());
        assertTrue(SandboxClient.location(anonymous).startsWith("/jira/login.jsp"), SandboxClient.location(anonymous));
        assertTrue(mails(sven).isEmpty());

        HttpResponse<String> sent = admin.postForm(OUTBOX_PAGE, "admin", Map.of("atl_token", token));
        assertEquals(302, sent.statusCode(), sent.body());
        String location = SandboxClient.location(sent);
        assertTrue(location.matches("/jira/sandbox/outbox\\?digests=[1-9][0-9]*"), location);
        List<JsonNode> digests = mails(sven);
        assertEquals(1, digests.size(), digests.toString());
        assertTrue(digests.get(0).path("subject").asText().startsWith("Daily digest: 1 update(s)"), digests.get(0).toString());
        assertTrue(digests.get(0).path("body").asText().contains(key), digests.get(0).toString());
        assertTrue(admin.get(location, "admin").body().contains("id=\"sbx-digests-sent\""));

        // the daily job sends what waits since (a public comment), once
        assertEquals(201, comment("agent", key, "The report is back", null).statusCode());
        assertEquals(1, mails(sven).size(), "digest subscribers get nothing at once");
        SANDBOX.sandbox().dailyJobs().runAll();
        List<JsonNode> daily = mails(sven);
        assertEquals(2, daily.size(), daily.toString());
        assertTrue(daily.get(0).path("body").asText().contains("The report is back"), daily.get(0).toString());
        SANDBOX.sandbox().dailyJobs().runAll();
        assertEquals(2, mails(sven).size(), "nothing is waiting any more");
    }

    @Test
    void theOutboxShowsAdministratorsAllMailAndEveryoneElseTheirOwn() {
        String tara = reporter("tara");
        String ugo = reporter("ugo");
        subscribe(tara, null);
        subscribe(ugo, null);
        long taras = jira().catalogGroup("HELP", "Tara Co", false, tara);
        long ugos = jira().catalogGroup("HELP", "Ugo Co", false, ugo);
        String key = jira().createdKey("alice", "HELP", "<script>alert('mail')</script> & more", null);
        jira().share(key, taras);
        jira().share(key, ugos);

        HttpResponse<String> anonymous = SANDBOX.client().anonymous(OUTBOX_PAGE);
        assertEquals(302, anonymous.statusCode());
        assertEquals("/jira/login.jsp?os_destination=%2Fjira%2Fsandbox%2Foutbox", SandboxClient.location(anonymous));

        HttpResponse<String> own = SANDBOX.client().get(OUTBOX_PAGE, tara);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("id=\"sbx-outbox\""), own.body());
        assertTrue(own.body().contains("data-to=\"tara\""), own.body());
        assertFalse(own.body().contains("data-to=\"ugo\""), own.body());
        assertFalse(own.body().contains("sbx-send-digests"), "only administrators send digests");
        assertTrue(own.body().contains("id=\"sbx-outbox-link\""), own.body());

        String all = SANDBOX.client().get(OUTBOX_PAGE, "admin").body();
        assertTrue(all.contains("data-to=\"tara\"") && all.contains("data-to=\"ugo\""), all);
        assertTrue(all.indexOf("data-to=\"ugo\"") < all.indexOf("data-to=\"tara\""), "newest first");

        // the mail's markup never reaches the page: subject escaped, body escaped into the frame's srcdoc
        assertFalse(own.body().contains("<script>alert"), own.body());
        assertTrue(own.body().contains("&lt;script&gt;alert(&#39;mail&#39;)&lt;/script&gt; &amp; more"), own.body());
        assertTrue(own.body().contains("srcdoc=\"&lt;!DOCTYPE html&gt;"), own.body());
        assertTrue(own.body().contains("&lt;base target=&quot;_blank&quot;&gt;"), own.body());
        assertTrue(own.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));

        // the JSON read is for administrators
        assertEquals(401, jira().call("GET", OUTBOX_JSON, null, null).statusCode());
        assertEquals(403, jira().call("GET", OUTBOX_JSON, tara, null).statusCode());
        assertEquals(400, jira().call("GET", OUTBOX_JSON + "?limit=1000", "admin", null).statusCode());
        JsonNode page = SandboxClient.json(jira().call("GET", OUTBOX_JSON + "?limit=1", "admin", null));
        assertEquals(1, page.path("values").size());
        assertTrue(page.path("total").asInt() >= 2, page.toString());
    }

    @Test
    void myProfileShowsThePluginsProfilePanelAndTheHeaderLinksThePages() {
        HttpResponse<String> anonymous = SANDBOX.client().anonymous("/jira/secure/ViewProfile.jspa");
        assertEquals(302, anonymous.statusCode());
        assertEquals("/jira/login.jsp?os_destination=%2Fjira%2Fsecure%2FViewProfile.jspa",
                SandboxClient.location(anonymous));

        HttpResponse<String> mine = SANDBOX.client().get("/jira/secure/ViewProfile.jspa", "bob");
        assertEquals(200, mine.statusCode(), mine.body());
        String page = mine.body();
        for (String expected : new String[]{
                "id=\"sbx-profile\" data-username=\"bob\" data-own-profile=\"true\"",
                "id=\"sbx-web-panel-profile-subscriptions-panel\"",
                "id=\"cg-profile-subscriptions\" data-rest-base=\"/jira/rest/customer-groups/1.0\"",
                "/jira/download/resources/org.customergroups.customer-groups:customer-groups-profile/customer-groups-profile.js",
                "id=\"sbx-my-settings\" href=\"/jira/secure/ViewProfile.jspa\"",
                "id=\"sbx-outbox-link\" href=\"/jira/sandbox/outbox\""}) {
            assertTrue(page.contains(expected), expected + " in\n" + page);
        }
        assertFalse(page.contains("sbx-audit-link"), "the audit page is for administrators");

        // someone else's profile: no settings to change there
        String others = SANDBOX.client().get("/jira/secure/ViewProfile.jspa?name=alice", "bob").body();
        assertTrue(others.contains("data-username=\"alice\" data-own-profile=\"false\""), others);
        assertFalse(others.contains("id=\"cg-profile-subscriptions\""), others);
        assertEquals(404, SANDBOX.client().get("/jira/secure/ViewProfile.jspa?name=nobody", "bob").statusCode());

        // administrators get the plugin's audit page in the header, and the sandbox hosts it
        String adminHome = SANDBOX.client().get("/jira/", "admin").body();
        assertTrue(adminHome.contains("id=\"sbx-audit-link\" href=\"/jira/plugins/servlet/customer-groups/audit\""),
                adminHome);
        HttpResponse<String> audit = SANDBOX.client().get("/jira/plugins/servlet/customer-groups/audit", "admin");
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().contains("id=\"sbx-audit-link\""), "the decorated plugin page has the header too");
    }

    private static String token(String page) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }
}
