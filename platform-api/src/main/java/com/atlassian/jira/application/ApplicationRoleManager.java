package com.atlassian.jira.application;

import com.atlassian.application.api.ApplicationKey;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Set;

/**
 * Declaration of Jira's application role manager (interface: "Provides low-level read and write capabilities regarding
 * ApplicationRoles", Jira 7.0.8 package summary). Only the members the plugin calls:
 * {@code getDefaultApplicationKeys()} ("the default applications for new users") and
 * {@code getDefaultGroups(ApplicationKey)} per the 7.0.8 javadoc of its implementation and usage in Atlassian's Connect
 * plugin; {@code hasAnyRole(ApplicationUser)} (does not check {@code isActive()}) per
 * jira-portal-and-admin-recipes.md section 8 (Jira 7.x javadoc).
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/application/DefaultApplicationRoleManager.html">DefaultApplicationRoleManager (Jira 7.0.8)</a>
 */
public interface ApplicationRoleManager {

    boolean hasAnyRole(ApplicationUser user);

    Set<ApplicationKey> getDefaultApplicationKeys();

    Set<Group> getDefaultGroups(ApplicationKey key);
}
