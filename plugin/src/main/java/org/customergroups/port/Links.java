package org.customergroups.port;

/** Absolute links into the host for mail. */
public interface Links {
    /** The issue in Jira's own issue view (for standard users and agents). */
    String issue(String issueKey);

    /** The request in the plugin's reporter portal (for reporter accounts, who cannot open Jira's issue view). */
    String portalRequest(String issueKey);

    /** The page that confirms an e-mail address: {@code /plugins/servlet/customer-groups/verify-email?token=...}. */
    String verifyEmail(String token);
}
