package org.customergroups.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue page {@code /jira/browse/HELP-1} as a browser gets it: the issue, the Customer Groups
 * field through the plugin's view template, comments and the comment box, the plugin's web panel
 * and its {@code jira.view.issue} web resources; 404 for whoever may not see the issue.
 */
class SandboxIssuePageHttpTest {

    private static final String PANEL_JS =
            "/jira/download/resources/org.customergroups.customer-groups:issue-panel-resources/customer-groups-issue.js";

    @RegisterExtension
    static final RunningSandbox SANDBOX = new RunningSandbox();

    private JiraCalls jira() {
        return new JiraCalls(SANDBOX.client());
    }

    @Test
    void theReporterSeesTheIssueWithCommentBoxPanelAndResources() {
        HttpResponse<String> r = SANDBOX.client().get("/jira/browse/HELP-1", "alice");
        assertEquals(200, r.statusCode(), r.body());
        String page = r.body();
        for (String expected : new String[]{
                "<h1 id=\"sbx-issue-summary\">Cannot log in to the customer portal after a password reset</h1>",
                "<span id=\"sbx-issue-key\">HELP-1</span>",
                "id=\"sbx-issue-status\"><span class=\"sbx-status\">Open</span>",
                "id=\"sbx-issue-reporter\" data-username=\"alice\">Alice Archer</dd>",
                "id=\"sbx-issue-description\"",
                "<ol class=\"sbx-comments\" id=\"sbx-comments\">",
                "<textarea id=\"sbx-comment-body\"",
                "id=\"sbx-comment-submit\"",
                "data-rest-api=\"/jira/rest/api/2\"",
                "<script type=\"text/javascript\" src=\"/jira/sandbox/issue.js\" defer></script>",
                // the plugin's web-resources of context jira.view.issue, in the head
                "<script type=\"text/javascript\" src=\"" + PANEL_JS + "\"></script>",
                // the plugin's web panel, rendered with its context provider's context
                "id=\"sbx-web-panel-issue-shares-panel\"",
                "id=\"cg-issue-shares\"",
                "data-issue-key=\"HELP-1\"",
                "data-can-edit=\"false\"",
                // the field has no value yet: there, but hidden, as Jira hides an empty field
                "<dd id=\"sbx-customer-groups-value\" data-field-id=\"customfield_10100\" hidden></dd>"}) {
            assertTrue(page.contains(expected), expected + " in\n" + page);
        }
        assertTrue(page.indexOf(PANEL_JS) < page.indexOf("</head>"), "web resources in the head");
        assertEquals(1, page.split("sandbox/sandbox.css", -1).length - 1, "stylesheet once");
        assertTrue(SANDBOX.client().get("/jira/browse/HELP-1", "agent").body().contains("data-can-edit=\"true\""));
    }

    @Test
    void whoMayNotSeeTheIssueGetsTheSameNotFoundAsForNoIssue() {
        HttpResponse<String> hidden = SANDBOX.client().get("/jira/browse/HELP-1", "carol");
        HttpResponse<String> missing = SANDBOX.client().get("/jira/browse/HELP-999", "carol");
        assertEquals(404, hidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.body(), hidden.body());
        assertFalse(hidden.body().contains("Cannot log in"), hidden.body());
        assertEquals(200, SANDBOX.client().get("/jira/browse/help-7", "carol").statusCode(), "keys ignore case");

        HttpResponse<String> anonymous = SANDBOX.client().anonymous("/jira/browse/HELP-1");
        assertEquals(302, anonymous.statusCode());
        assertEquals("/jira/login.jsp?os_destination=%2Fjira%2Fbrowse%2FHELP-1", SandboxClient.location(anonymous));
    }

    @Test
    void everyValueIsEscaped() {
        String key = jira().createdKey("bob", "HELP", "<script>alert('summary')</script>", null);
        assertEquals(201, jira().comment("bob", key, "<img src=x onerror=alert(1)> & more").statusCode());
        String page = SANDBOX.client().get("/jira/browse/" + key, "bob").body();
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt;"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"), page);
    }

    @Test
    void theSharedGroupsShowInTheFieldThroughThePluginsTemplate() {
        long group = jira().catalogGroup("HELP", "Field <Co> & Sons", false, "carol");
        String key = jira().createdKey("alice", "HELP", "Shared for the field", null);
        jira().share(key, group);
        String page = SANDBOX.client().get("/jira/browse/" + key, "carol").body();
        assertTrue(page.contains("<dd id=\"sbx-customer-groups-value\" data-field-id=\"customfield_10100\">"
                + "<span class=\"cg-customer-groups\">Field &lt;Co&gt; &amp; Sons</span></dd>"), page);
        assertTrue(page.contains("<dt id=\"sbx-field-label\" data-field-id=\"customfield_10100\">Customer Groups</dt>"),
                page);
    }

    @Test
    void theProjectPageLinksTheIssuesTheUserMayBrowse() {
        String bob = SANDBOX.client().get("/jira/browse/HELP", "bob").body();
        assertTrue(bob.contains("<a class=\"sbx-issue-link\" href=\"/jira/browse/HELP-4\">HELP-4</a>"), bob);
        assertFalse(bob.contains("href=\"/jira/browse/HELP-1\""), bob);
        String agent = SANDBOX.client().get("/jira/browse/HELP", "agent").body();
        assertTrue(agent.contains("href=\"/jira/browse/HELP-1\"") && agent.contains("href=\"/jira/browse/HELP-7\""));
    }

    @Test
    void theCommentScriptIsServed() {
        HttpResponse<String> r = SANDBOX.client().anonymous("/jira/sandbox/issue.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        assertTrue(r.body().contains("textContent") && !r.body().contains("innerHTML"), "text only");
    }
}
