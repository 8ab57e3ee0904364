package org.customergroups.service.fakes;

import org.customergroups.port.Links;

/** Stands in for the host's absolute links: Jira's issue view, and the reporter portal's request page. */
public final class StubLinks implements Links {

    public static final String BASE = "http://jira.example";

    @Override
    public String issue(String issueKey) {
        return BASE + "/browse/" + issueKey;
    }

    @Override
    public String portalRequest(String issueKey) {
        return BASE + "/plugins/servlet/customer-groups/portal/" + issueKey;
    }

    @Override
    public String verifyEmail(String token) {
        return BASE + "/plugins/servlet/customer-groups/verify-email?token=" + token;
    }
}
