package com.atlassian.crowd.model.user;

import java.security.Principal;

/**
 * Declaration of Crowd's model user (interface {@code extends java.security.Principal, DirectoryEntity,
 * com.atlassian.crowd.embedded.api.User}); the type Crowd's user events carry. Only {@code getName()} (the username,
 * from {@link Principal} and DirectoryEntity) is called. {@code DirectoryEntity} is not declared (an interface call
 * on this type links through any superinterface).
 * Unconfirmed for 10.3: the embedded Crowd version in Jira 10.3 was not determined.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/2.2.4/com/atlassian/crowd/model/user/User.html">User (Crowd 2.2.4)</a>
 */
public interface User extends Principal, com.atlassian.crowd.embedded.api.User {

    @Override
    String getName();
}
