package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import org.ofbiz.core.entity.GenericValue;

/**
 * Declaration of Jira's issue event ({@code @PublicApi public final class IssueEvent extends AbstractEvent implements
 * IssueRelatedEvent}; the supertypes are not declared, the inherited getters used are declared directly, which links
 * the same way), received by {@code @EventListener} methods. Behaviour-free: every method throws here; tests mock it
 * (Mockito's inline mock maker mocks final classes and does not need a constructor). Compare
 * {@link #getEventTypeId()} with {@code EventType.*_ID} using {@code equals} (both are {@code Long}).
 * Kind (final class) per the Jira "server" javadoc, whose constructor takes {@code (Issue, ApplicationUser user, ...)}.
 * Unconfirmed for 10.3: getIssue and {@code Long getEventTypeId()} per usage (jira-api-facts.md §1d) and the Jira 6.3
 * source (field recipe fact 20); {@code ApplicationUser getUser()} is inferred from that constructor, its return type
 * was not seen in a method table. {@code Comment getComment()} (the comment added with the event, or null) and
 * {@code GenericValue getChangeLog()} (the change group of the event, null when nothing but a comment changed - the
 * javadoc asks callers to check for null) follow the same constructor ({@code Comment comment}, {@code GenericValue
 * changeGroup}) and the Jira 6.x source of the class; not seen in a 10.x method table.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html">IssueEvent (Jira "server" javadoc)</a>
 */
public final class IssueEvent {

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

    public Comment getComment() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public GenericValue getChangeLog() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
