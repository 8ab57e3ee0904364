package org.customergroups.web;

import org.customergroups.rest.BundleText;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue view's Customer Groups panel template, rendered by a real Velocity 1.7 engine (strict
 * references) with the real i18n bundle and the context the panel's ContextProvider gives it:
 * agents get the type-ahead, the remove confirmation, the History and "Why can this user see this
 * ticket?", everyone else only the list, and hostile
 * issue keys and addresses are escaped in text and attributes alike.
 */
class IssueSharesPanelTemplateTest {

    static final String TEMPLATE = "templates/customergroups/issue-shares-panel.vm";

    private final ProjectCustomerGroupsServletTest.VelocityRenderer renderer =
            new ProjectCustomerGroupsServletTest.VelocityRenderer();

    private String render(String restBase, String issueKey, Boolean canEdit) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new BundleText());
        context.put("html", new Html());
        context.put("restBase", restBase);
        context.put("issueKey", issueKey);
        context.put("canEdit", canEdit);
        StringWriter out = new StringWriter();
        renderer.render(TEMPLATE, context, out);
        return out.toString();
    }

    @Test
    void agentsGetTheListTheTypeAheadAndTheRemoveConfirmation() {
        String panel = render("/jira/rest/customer-groups/1.0", "HELP-1", true);
        assertTrue(panel.contains("data-rest-base=\"/jira/rest/customer-groups/1.0\""), panel);
        assertTrue(panel.contains("data-issue-key=\"HELP-1\""), panel);
        assertTrue(panel.contains("data-can-edit=\"true\""), panel);
        assertTrue(panel.contains("id=\"cg-issue-shares-list\""), panel);
        assertTrue(panel.contains("aria-label=\"Customer groups HELP-1 is shared with\""), panel);
        assertTrue(panel.contains(">This ticket is not shared with any customer group.</p>"), panel);
        // The type-ahead is an ARIA combobox that controls its listbox.
        assertTrue(panel.contains("id=\"cg-issue-share-form\""), panel);
        assertTrue(panel.contains("<label for=\"cg-issue-share-input\">Share with a customer group</label>"), panel);
        assertTrue(panel.contains("role=\"combobox\""), panel);
        assertTrue(panel.contains("aria-controls=\"cg-issue-share-options\""), panel);
        assertTrue(panel.contains("id=\"cg-issue-share-options\" role=\"listbox\""), panel);
        assertTrue(panel.contains(">Share</button>"), panel);
        // Removing asks first, in an alert dialog named by its title and described by its text.
        assertTrue(panel.contains("id=\"cg-issue-unshare-dialog\""), panel);
        assertTrue(panel.contains("role=\"alertdialog\""), panel);
        assertTrue(panel.contains("aria-describedby=\"cg-issue-unshare-text\""), panel);
        // History and the explainer: disclosure buttons that name the section they open.
        assertTrue(panel.contains("id=\"cg-issue-history-toggle\"\n              aria-expanded=\"false\" "
                + "aria-controls=\"cg-issue-history-body\">History</button>"), panel);
        assertTrue(panel.contains("id=\"cg-issue-history-body\" hidden>"), panel);
        assertTrue(panel.contains("aria-label=\"Changes to the sharing of HELP-1, newest first\""), panel);
        assertTrue(panel.contains(">Show more</button>"), panel);
        assertTrue(panel.contains("aria-controls=\"cg-issue-access-body\">Why can this user see this ticket?</button>"),
                panel);
        assertTrue(panel.contains("<label for=\"cg-issue-access-user\">Username</label>"), panel);
        assertTrue(panel.contains(">Check</button>"), panel);
        assertTrue(panel.contains("id=\"cg-issue-access-result\" role=\"status\" aria-live=\"polite\" hidden"), panel);
        assertTrue(panel.contains("Ticket sharing is not completely set up in this project"), panel);
        assertNoLeftovers(panel);
    }

    @Test
    void othersGetOnlyTheList() {
        String panel = render("/jira/rest/customer-groups/1.0", "HELP-1", false);
        assertTrue(panel.contains("data-can-edit=\"false\""), panel);
        assertTrue(panel.contains("id=\"cg-issue-shares-list\""), panel);
        assertFalse(panel.contains("cg-issue-share-form"), panel);
        assertFalse(panel.contains("role=\"combobox\""), panel);
        assertFalse(panel.contains("cg-issue-unshare-dialog"), panel);
        assertFalse(panel.contains("cg-issue-history"), panel);
        assertFalse(panel.contains("cg-issue-access"), panel);
        assertNoLeftovers(panel);
    }

    @Test
    void hostileIssueKeysAndAddressesAreEscapedEverywhere() {
        String key = "K\"'><svg onload=alert(1)>&x-1";
        String base = "/j\"ira'><script>alert(2)</script>/rest/customer-groups/1.0";
        String panel = render(base, key, true);

        assertFalse(panel.contains("<script>"), panel);
        assertFalse(panel.contains("<svg"), panel);
        String escapedKey = "K&quot;&#39;&gt;&lt;svg onload=alert(1)&gt;&amp;x-1";
        assertTrue(panel.contains("data-issue-key=\"" + escapedKey + "\""), panel);
        assertTrue(panel.contains("data-rest-base=\"/j&quot;ira&#39;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"
                + "/rest/customer-groups/1.0\""), panel);
        assertTrue(panel.contains("aria-label=\"Customer groups " + escapedKey + " is shared with\""), panel);
        assertTrue(panel.contains("aria-label=\"Changes to the sharing of " + escapedKey + ", newest first\""), panel);
        // Every attribute value is closed by its own quote: no attribute was broken out of.
        Matcher attributes = Pattern.compile("\\s([a-z-]+)=\"([^\"]*)\"").matcher(panel);
        int dataAttributes = 0;
        while (attributes.find()) {
            assertFalse(attributes.group(2).contains("<") || attributes.group(2).contains(">"), attributes.group());
            if (attributes.group(1).startsWith("data-")) {
                dataAttributes++;
            }
        }
        assertEquals(3, dataAttributes, panel); // rest base, issue key, can-edit
        assertNoLeftovers(panel);
    }

    private static void assertNoLeftovers(String panel) {
        assertFalse(panel.contains("$html") || panel.contains("$i18n") || panel.contains("$issueKey")
                || panel.contains("$restBase") || panel.contains("$canEdit") || panel.contains("$!")
                || panel.contains("${"), () -> "unrendered reference in:\n" + panel);
        assertFalse(panel.contains("cg.issue.") || panel.contains("cg.ui."),
                () -> "an i18n key without a message in:\n" + panel);
    }
}
