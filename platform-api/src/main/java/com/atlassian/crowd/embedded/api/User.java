package com.atlassian.crowd.embedded.api;

/**
 * Declaration of Embedded Crowd's directory user (interface) with <b>no members</b>: declared only as the return type
 * of {@code ApplicationUser.getDirectoryUser()} (Jira 7.0.0 javadoc). Do not call it; use ApplicationUser.
 * Unconfirmed for 10.3: kind not checked against javadoc.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html">ApplicationUser (Jira 7.0.0)</a>
 */
public interface User {
}
