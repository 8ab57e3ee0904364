package com.atlassian.jira.component;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.user.util.UserUtil;

/**
 * Declaration of Jira's static component accessor (a {@code @PublicApi} <b>class</b>, so calls are invokestatic).
 * Getters from jira-api-facts.md §1a (the ones returning member-less types nobody called were dropped). Kind confirmed by the DAC javadoc; the getters are confirmed by
 * usage in public plugin code (see jira-api-facts.md). Every method throws here; in Jira the real class is used.
 * Not declared: {@code getGlobalPermissionManager()} (present in 5.x/6.x per the ManagerFactory deprecation notes, not
 * checked for 10.3) and {@code getOSGiComponentInstanceOfType} - use {@code getComponent(GlobalPermissionManager.class)}.
 * Unconfirmed for 10.3: no 10.x javadoc of ComponentAccessor was read.
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/component/ComponentAccessor.html">ComponentAccessor (DAC javadoc)</a>
 */
public class ComponentAccessor {

    private ComponentAccessor() {
    }

    public static <T> T getComponent(Class<T> componentClass) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static IssueManager getIssueManager() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static GroupManager getGroupManager() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static UserManager getUserManager() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static ProjectManager getProjectManager() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static PermissionManager getPermissionManager() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static JiraAuthenticationContext getJiraAuthenticationContext() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static CustomFieldManager getCustomFieldManager() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public static UserUtil getUserUtil() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
