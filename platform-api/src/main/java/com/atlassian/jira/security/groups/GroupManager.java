package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.exception.GroupNotFoundException;
import com.atlassian.crowd.exception.InvalidGroupException;
import com.atlassian.crowd.exception.OperationFailedException;
import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.crowd.exception.UserNotFoundException;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Declaration of Jira's group manager (interface). Only the members in jira-api-facts.md §1a.
 * addUserToGroup, createGroup, getGroup, getDirectUsersInGroup, getGroupNamesForUser per the "jira/server" javadoc
 * (reference D1); groupExists, isUserInGroup and getUsersInGroup per usage; throws clauses from 6.x source.
 * There is no confirmed {@code removeUserFromGroup} here - use {@code UserUtil.removeUserFromGroup}.
 * Unconfirmed for 10.3: no 10.x javadoc read; exact getUsersInGroup overloads unverified.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/security/groups/GroupManager.html">GroupManager (jira/server, per reference)</a>
 */
public interface GroupManager {

    void addUserToGroup(ApplicationUser user, Group group)
            throws GroupNotFoundException, UserNotFoundException, OperationNotPermittedException, OperationFailedException;

    Group createGroup(String groupName) throws OperationNotPermittedException, InvalidGroupException;

    Group getGroup(String groupName);

    boolean groupExists(String groupName);

    boolean isUserInGroup(ApplicationUser user, Group group);

    boolean isUserInGroup(String username, String groupname);

    Collection<ApplicationUser> getUsersInGroup(Group group);

    Collection<ApplicationUser> getUsersInGroup(String groupName);

    Collection<ApplicationUser> getDirectUsersInGroup(Group group);

    Collection<String> getUserNamesInGroup(String groupName);

    Collection<String> getGroupNamesForUser(ApplicationUser user);
}
