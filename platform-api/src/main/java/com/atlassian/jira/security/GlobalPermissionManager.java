package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Declaration of Jira's global permission manager (interface). Obtain it with
 * {@code ComponentAccessor.getComponent(GlobalPermissionManager.class)} or injection.
 * Unconfirmed for 10.3: {@code boolean hasPermission(GlobalPermissionKey, ApplicationUser)} confirmed only by usage in
 * public plugin code (many callers, e.g. {@code hasPermission(GlobalPermissionKey.ADMINISTER, user)}); no javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/package-summary.html">com.atlassian.jira.security package (DAC javadoc)</a>
 */
public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
