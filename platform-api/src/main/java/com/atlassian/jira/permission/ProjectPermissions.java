package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Declaration of Jira's system project permission keys (public class with {@code public static final
 * ProjectPermissionKey} constants, Jira 7.x javadoc). The constants are initialised to {@code null} here: the plugin
 * reads them with getstatic and gets Jira's objects at runtime. In unit tests they are all {@code null}, so a test
 * cannot tell them apart - stub {@code PermissionManager} with argument matchers that do not depend on the key, or
 * with {@code isNull()}.
 * ADD_COMMENTS was below the javadoc excerpt read but is confirmed by usage in public code
 * ({@code ProjectPermissions.ADD_COMMENTS} in Jira's own tests and plugins).
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html">ProjectPermissions (Jira 7.x "latest")</a>
 */
public class ProjectPermissions {

    public static final ProjectPermissionKey ADMINISTER_PROJECTS = null;
    public static final ProjectPermissionKey BROWSE_PROJECTS = null;
    public static final ProjectPermissionKey CREATE_ISSUES = null;
    public static final ProjectPermissionKey EDIT_ISSUES = null;
    public static final ProjectPermissionKey ADD_COMMENTS = null;

    private ProjectPermissions() {
    }
}
