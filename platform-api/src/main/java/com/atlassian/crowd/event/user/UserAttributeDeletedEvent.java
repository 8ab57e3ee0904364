package com.atlassian.crowd.event.user;

import com.atlassian.crowd.event.DirectoryEvent;

/**
 * Declaration of Crowd's user-attribute-deleted event (class extending {@link UserUpdatedEvent}: "an Event that
 * represents the deletion of an attribute+values against a User"). Only used in an {@code instanceof} test:
 * Crowd attributes (e.g. the last login Jira records on every sign-in) are no fact a membership rule reads, so the
 * listener ignores these updates. Constructor not declared (never created by the plugin).
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/3.5.0/com/atlassian/crowd/event/user/class-use/UserUpdatedEvent.html">subclasses of UserUpdatedEvent (Crowd 3.5.0)</a>
 * @see DirectoryEvent
 */
public class UserAttributeDeletedEvent extends UserUpdatedEvent {

    private UserAttributeDeletedEvent() {
        super(null, null, null);
    }
}
