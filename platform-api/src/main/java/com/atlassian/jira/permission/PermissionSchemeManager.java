package com.atlassian.jira.permission;

import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.scheme.SchemeManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;

import java.util.Collection;

/**
 * Declaration of Jira's permission scheme manager (interface extending {@link SchemeManager}). Only
 * {@code Collection<PermissionSchemeEntry> getPermissionSchemeEntries(Scheme, ProjectPermissionKey)}: the grants of one
 * permission in a scheme; {@code getSchemeFor(Project)} comes from {@link SchemeManager}.
 * The Jira 7.x javadoc names {@code getPermissionSchemeEntries(long, ProjectPermissionKey, ...)} as the replacement of
 * the deprecated GenericValue lookups; the {@code (Scheme, ProjectPermissionKey)} overload is used by Jira-8-to-11
 * scripts whose author verified it against the javadoc, and Atlassian's own testkit backdoor assigns the
 * {@code (long, ProjectPermissionKey)} overload's result to {@code Collection<PermissionSchemeEntry>}.
 * Unconfirmed for 10.3: the return type {@code Collection} (part of the JVM descriptor) was not read in a javadoc
 * method table; it is what every caller seen assigns it to. No 10.x page read.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/PermissionSchemeManager.html">PermissionSchemeManager (Jira 7.x "latest")</a>
 */
public interface PermissionSchemeManager extends SchemeManager {

    Collection<PermissionSchemeEntry> getPermissionSchemeEntries(Scheme scheme, ProjectPermissionKey permissionKey);
}
