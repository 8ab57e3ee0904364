package org.customergroups.sandbox.host;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mail links under the sandbox's base URL, at Jira's and the plugin's addresses. */
class SandboxLinksTest {

    @Test
    void theIssueViewAndThePortalPageUnderTheBaseUrl() {
        SandboxLinks links = new SandboxLinks("http://localhost:2990/jira/");
        assertEquals("http://localhost:2990/jira/browse/HELP-7", links.issue("HELP-7"));
        assertEquals("http://localhost:2990/jira/plugins/servlet/customer-groups/portal/requests/HELP-7",
                links.portalRequest("HELP-7"));
    }

    @Test
    void aKeyIsOnePathSegment() {
        SandboxLinks links = new SandboxLinks("http://localhost:2990/jira");
        assertEquals("http://localhost:2990/jira/browse/A%2FB%20C%3F", links.issue("A/B C?"));
    }
}
