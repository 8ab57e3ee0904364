package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * Declaration of SAL's user manager (interface, a host-application component). Only the members the plugin calls.
 * Checked against the Platform-7 implementation listing of Bamboo 10.2.0 (SAL of Platform 7), which shows all of these
 * as methods of {@code com.atlassian.sal.api.user.UserManager}.
 * Unconfirmed for 10.3: Jira's own implementation was not inspected; the String-username overload
 * {@link #getUserProfile(String)} is still listed in Bamboo 10.2.0 but is deprecated in SAL since 2.10.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/sal/bamboo/user/BambooSalUserManager.html">BambooSalUserManager (Bamboo 10.2.0)</a>
 */
public interface UserManager {

    UserProfile getRemoteUser();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey();

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
