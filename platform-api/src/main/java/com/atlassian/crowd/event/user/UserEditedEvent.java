package com.atlassian.crowd.event.user;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.model.user.User;

/**
 * Declaration of Crowd's user-edited event ("published when user is edited"; class extending
 * {@link UserUpdatedEvent}), constructor {@code (Object, Directory, User user, User originalUser)}. Only named by
 * tests (a subclass the listener's {@code UserUpdatedEvent} method receives); {@code getOriginalUser()} not declared.
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/crowd/event/user/UserEditedEvent.html">UserEditedEvent (Crowd 4.2.0)</a>
 */
public class UserEditedEvent extends UserUpdatedEvent {

    public UserEditedEvent(Object source, Directory directory, User user, User originalUser) {
        super(source, directory, user);
    }
}
