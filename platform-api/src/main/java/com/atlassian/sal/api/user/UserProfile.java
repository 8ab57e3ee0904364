package com.atlassian.sal.api.user;

/**
 * Declaration of SAL's user profile (interface). Only the members the plugin calls.
 * Checked against Confluence's implementation, whose methods are "specified by ... in interface
 * com.atlassian.sal.api.user.UserProfile".
 * Unconfirmed for 10.3: Jira's implementation was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html">ConfluenceUserProfile (Confluence 8.0)</a>
 */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
