package com.atlassian.jira.issue.status.category;

/**
 * Declaration of Jira's status category (interface): {@code getKey()} is {@code "done"} ({@link #COMPLETE}) for the Done
 * category. Jira's REST exposes the same keys ({@code statusCategory.key}: new, indeterminate, done). Checked by usage.
 * Unconfirmed for 10.3: no javadoc page opened; the constant is a compile-time String, so only its value matters.
 */
public interface StatusCategory {

    String COMPLETE = "done";

    String getKey();
}
