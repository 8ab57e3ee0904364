package com.atlassian.jira.user.util;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.exception.AddException;
import com.atlassian.jira.exception.PermissionException;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration of Jira's user utility ({@code @PublicApi} interface; its javadoc says it "will be removed in some future
 * revision" in favour of services/managers). Used here because GroupManager has no confirmed removeUserFromGroup.
 * {@code void addUserToGroup(Group, ApplicationUser)} is confirmed by the Jira 7.x javadoc.
 * Unconfirmed for 10.3: {@code removeUserFromGroup} and both {@code throws} clauses come from usage in public code
 * (jira-api-facts.md §1a, [C13]); throws clauses do not affect linkage.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/util/UserUtil.html">UserUtil (Jira 7.x "latest")</a>
 */
public interface UserUtil {

    void addUserToGroup(Group group, ApplicationUser userToAdd) throws PermissionException, AddException;

    void removeUserFromGroup(Group group, ApplicationUser userToRemove) throws PermissionException, RemoveException;
}
