package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration of Jira's issue event (class), received by {@code @EventListener} methods. Behaviour-free: every
 * method throws here; tests mock it (Mockito's inline mock maker does not need a constructor). Compare
 * {@link #getEventTypeId()} with {@code EventType.*_ID} using {@code equals} (both are {@code Long}).
 * Unconfirmed for 10.3: getIssue and {@code Long getEventTypeId()} per usage (jira-api-facts.md §1d) and the Jira 6.3
 * source (field recipe fact 20); {@code ApplicationUser getUser()} not seen in javadoc.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/IssueEventListener.html">IssueEventListener (Jira 7.x "latest"), which receives it</a>
 */
public class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Long getEventTypeId() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
