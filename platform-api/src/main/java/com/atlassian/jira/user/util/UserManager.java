package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

/**
 * Declaration of Jira's user manager (interface; not SAL's). Only the members the plugin calls.
 * Kind per Jira 6.3.15 javadoc and methods per usage in public plugin code (jira-api-facts.md §1a); no page was
 * re-opened for this declaration.
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/user/util/UserManager.html">UserManager (jira/server; not opened)</a>
 */
public interface UserManager {

    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);

    ApplicationUser getUserByNameEvenWhenUnknown(String userName);

    Collection<ApplicationUser> getAllApplicationUsers();
}
