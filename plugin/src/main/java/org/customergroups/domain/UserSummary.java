package org.customergroups.domain;

/** A user as the plugin shows them. {@code key} is Jira's stable user key. */
public record UserSummary(String key, String username, String displayName, String email, AccountType type) {
}
