package com.atlassian.jira.scheme;

import com.atlassian.jira.project.Project;

/**
 * Declaration of Jira's scheme manager (interface), the supertype of the permission, notification and issue security
 * scheme managers. Only {@code Scheme getSchemeFor(Project)}: the scheme of this manager's type attached to the
 * project, {@code null} when the project has none.
 * Checked against the Jira 6.x source of the interface ("Get the scheme of this type attached to the given project")
 * and a Jira 7/8-era plugin mock implementing {@code WorkflowSchemeManager} (which extends it) with
 * {@code public Scheme getSchemeFor(Project)}.
 * Unconfirmed for 10.3: no 10.x javadoc page of the interface was read.
 *
 * @see <a href="https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/scheme/SchemeManager.html">SchemeManager (Jira 4.4.4; the method list read was cut before getSchemeFor)</a>
 */
public interface SchemeManager {

    Scheme getSchemeFor(Project project);
}
