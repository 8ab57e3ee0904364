package org.customergroups.domain;

import org.customergroups.domain.rule.UserFacts;

import java.util.Locale;
import java.util.Objects;

/**
 * A user with every fact a membership rule may read. The e-mail address is verified when the user
 * property {@link #VERIFIED_EMAIL_PROPERTY} holds the current address (ignoring case): changing the
 * address therefore un-verifies it until it is verified again.
 */
public record UserProfile(UserSummary user, UserFacts facts) {

    /** The user property (Jira: {@code jira.meta.} + this key) that holds the last verified address. */
    public static final String VERIFIED_EMAIL_PROPERTY = "customergroups.verified.email";

    public UserProfile {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(facts, "facts");
    }

    public boolean emailVerified() {
        String email = user.email();
        String verified = facts.property(VERIFIED_EMAIL_PROPERTY);
        return email != null && !email.isBlank()
                && verified.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the user belongs to the group (by the group names in the facts, ignoring case). */
    public boolean isMemberOf(String groupName) {
        return facts.groups().contains(groupName.toLowerCase(Locale.ROOT));
    }
}
