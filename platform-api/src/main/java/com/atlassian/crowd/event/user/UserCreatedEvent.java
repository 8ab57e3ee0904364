package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.event.DirectoryEvent;
import com.atlassian.crowd.model.user.User;

/**
 * Declaration of Crowd's user-created event (class extending {@link DirectoryEvent}; subclasses
 * {@code AutoUserCreatedEvent} and {@code UserCreatedFromDirectorySynchronisationEvent}, which an
 * {@code @EventListener} method for this class receives too). Constructor {@code (Object, Directory, User)}
 * and {@code User getUser()}.
 * <p>
 * No behaviour: unit tests mock Crowd events with Mockito. In Jira the real class is used; never packaged.
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.1.1/com/atlassian/crowd/event/user/UserCreatedEvent.html">UserCreatedEvent (Crowd 6.1.1)</a>
 */
public class UserCreatedEvent extends DirectoryEvent {

    public UserCreatedEvent(Object source, Directory directory, User user) {
        super(source, directory);
    }

    public User getUser() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
