package org.customergroups.web;

import org.customergroups.rest.BundleText;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Shared with my customer groups" profile panel, rendered by a real Velocity 1.7 engine (strict references)
 * with the real i18n bundle and the context its ContextProvider gives it: the form on one's own profile only,
 * its controls labelled and disabled until the script has the server's answer, and the address escaped.
 */
class ProfileSubscriptionsTemplateTest {

    static final String TEMPLATE = "templates/customergroups/profile-subscriptions.vm";

    private final ProjectCustomerGroupsServletTest.VelocityRenderer renderer =
            new ProjectCustomerGroupsServletTest.VelocityRenderer();

    private String render(String restBase, Boolean ownProfile) {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", new BundleText());
        context.put("html", new Html());
        context.put("restBase", restBase);
        context.put("ownProfile", ownProfile);
        StringWriter out = new StringWriter();
        renderer.render(TEMPLATE, context, out);
        return out.toString();
    }

    @Test
    void ownProfileGetsTheSwitchAndTheDeliveryMode() {
        String panel = render("/jira/rest/customer-groups/1.0", true);
        assertTrue(panel.contains("id=\"cg-profile-subscriptions\" data-rest-base=\"/jira/rest/customer-groups/1.0\""),
                panel);
        assertTrue(panel.contains(">Shared with my customer groups</h3>"), panel);
        assertTrue(panel.contains("id=\"cg-profile-enabled\" role=\"switch\""), panel);
        assertTrue(panel.contains("<label for=\"cg-profile-enabled\">Mail me about tickets shared with my customer "
                + "groups</label>"), panel);
        assertTrue(panel.contains("value=\"IMMEDIATE\" disabled"), panel);
        assertTrue(panel.contains("value=\"DIGEST\" disabled"), panel);
        assertTrue(panel.contains("<label for=\"cg-profile-mode-immediate\">One mail for each event</label>"), panel);
        assertTrue(panel.contains("<label for=\"cg-profile-mode-digest\">One daily digest</label>"), panel);
        assertTrue(panel.contains("<legend><span>Delivery</span></legend>"), panel);
        assertTrue(panel.contains("role=\"status\">Loading your setting\u2026</p>"), panel);
        assertNoLeftovers(panel);
    }

    @Test
    void someoneElsesProfileShowsNothing() {
        assertEquals("", render("/jira/rest/customer-groups/1.0", false).strip());
    }

    @Test
    void theAddressIsEscaped() {
        String panel = render("/j\"ira'><script>alert(1)</script>/rest/customer-groups/1.0", true);
        assertFalse(panel.contains("<script>"), panel);
        assertTrue(panel.contains("data-rest-base=\"/j&quot;ira&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                + "/rest/customer-groups/1.0\""), panel);
        assertNoLeftovers(panel);
    }

    private static void assertNoLeftovers(String panel) {
        assertFalse(panel.contains("$html") || panel.contains("$i18n") || panel.contains("$restBase")
                || panel.contains("$ownProfile") || panel.contains("$!") || panel.contains("${"),
                () -> "unrendered reference in:\n" + panel);
        assertFalse(panel.contains("cg.ui."), () -> "an i18n key without a message in:\n" + panel);
    }
}
