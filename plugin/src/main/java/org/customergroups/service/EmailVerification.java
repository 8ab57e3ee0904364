package org.customergroups.service;

/**
 * What verifies an e-mail address: the user opened a link mailed to that address (a signed token that names
 * the user and the address and expires after 24 hours), or a Jira admin marked it verified. Either sets the
 * user property UserProfile.VERIFIED_EMAIL_PROPERTY to the address and reconciles the user (Verified Customers).
 */
public final class EmailVerification {

    /** Mails a verification link to the actor's current address (409 when already verified, 400 when none). */
    public void request(String actor) {
        throw new UnsupportedOperationException("issue 6: e-mail verification");
    }

    /** Confirms a token from the link; returns the username verified. 400 for a bad, expired or stale token. */
    public String confirm(String token) {
        throw new UnsupportedOperationException("issue 6: e-mail verification");
    }

    /** A Jira admin marks a user's current address verified, or removes the mark. */
    public void set(String actor, String username, boolean verified) {
        throw new UnsupportedOperationException("issue 6: e-mail verification");
    }

    /** Whether the user's current address is verified (for the profile panel and the portal). */
    public boolean isVerified(String username) {
        throw new UnsupportedOperationException("issue 6: e-mail verification");
    }
}
