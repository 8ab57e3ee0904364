package com.atlassian.jira.user;

import com.opensymphony.module.propertyset.PropertySet;

/**
 * Declaration of Jira's user property manager (interface): the property set of a user, whose {@code jira.meta.*}
 * entries are the "User Properties" Jira administrators edit. Property sets are live objects: a change is stored when
 * it is made. Only {@code PropertySet getPropertySet(ApplicationUser)} (throws IllegalArgumentException for null,
 * IllegalStateException for a user without an id mapping).
 * Unconfirmed for 10.3: no 10.x javadoc read (7.x "latest" page).
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/UserPropertyManager.html">UserPropertyManager (jira/latest, 7.x)</a>
 */
public interface UserPropertyManager {

    PropertySet getPropertySet(ApplicationUser user);
}
