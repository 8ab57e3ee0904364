package com.atlassian.jira.security.plugin;

/**
 * Declaration of Jira's project permission key (class) in package {@code com.atlassian.jira.security.plugin}
 * (confirmed: Jira Software 11.1 javadoc types its constants as {@code com.atlassian.jira.security.plugin.ProjectPermissionKey}).
 * No members are declared: the plugin only passes the {@code ProjectPermissions} constants along.
 * Unconfirmed for 10.3: {@code final}-ness and the public {@code (String)} constructor seen in usage are not declared.
 *
 * @see <a href="https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/jira/permission/GHProjectPermissions.html">GHProjectPermissions (Jira Software 11.1.0-m0011)</a>
 */
public final class ProjectPermissionKey {

    private ProjectPermissionKey() {
    }
}
