package com.atlassian.jira.user;

import java.security.Principal;

/**
 * Declaration of Jira's user (interface extending {@link Principal}; in Jira it also extends {@code WithId} and
 * {@code WithKey}, whose {@code getId()}/{@code getKey()} are declared directly here - linkage is unaffected).
 * Equality is by {@link #getKey()} (javadoc). Only the members the plugin calls.
 * Unconfirmed for 10.3: checked against Jira 7.0.0 javadoc and the "jira/server" DelegatingApplicationUser page
 * ({@code Long getId()}); no 10.x page read.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html">ApplicationUser (Jira 7.0.0)</a>
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html">DelegatingApplicationUser (jira/server)</a>
 */
public interface ApplicationUser extends Principal {

    String getKey();

    String getUsername();

    @Override
    String getName();

    String getEmailAddress();

    String getDisplayName();

    boolean isActive();

    Long getId();

    com.atlassian.crowd.embedded.api.User getDirectoryUser();
}
