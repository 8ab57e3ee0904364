package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.user.User;

/**
 * Declaration of Crowd's generic user-updated event (class extending {@link DirectoryEvent}). Crowd publishes a
 * subclass depending on what happened: {@link UserEditedEvent} (details edited), {@code UserEmailChangedEvent},
 * {@code UserRenamedEvent}, {@code AutoUserUpdatedEvent}, {@link UserAttributeStoredEvent},
 * {@link UserAttributeDeletedEvent}, {@code ResetPasswordEvent}; an {@code @EventListener} method for this class
 * receives them all (atlassian-event dispatches to methods whose parameter is assignable from the event).
 * Constructor {@code (Object, Directory, User)} and {@code User getUser()}.
 * <p>
 * No behaviour: unit tests mock Crowd events with Mockito. In Jira the real class is used; never packaged.
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/7.0.0-EAP02/com/atlassian/crowd/event/user/UserUpdatedEvent.html">UserUpdatedEvent (Crowd 7.0.0-EAP02)</a>
 */
public class UserUpdatedEvent extends DirectoryEvent {

    public UserUpdatedEvent(Object source, Directory directory, User user) {
        super(source, directory);
    }

    public User getUser() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
