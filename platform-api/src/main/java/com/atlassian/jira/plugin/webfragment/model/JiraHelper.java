package com.atlassian.jira.plugin.webfragment.model;

import com.atlassian.jira.project.Project;

/**
 * Declaration of Jira's web-fragment helper ({@code @PublicApi} class). Only {@code @Nullable Project getProject()}
 * (javadoc: "Returns the Project in this context"; {@code getProjectObject()} is deprecated since 6.5). Behaviour-free;
 * tests mock it.
 * Unconfirmed for 10.3: checked against the Jira 7.x javadoc only.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/webfragment/model/JiraHelper.html">JiraHelper (Jira 7.x "latest")</a>
 */
public class JiraHelper {

    private JiraHelper() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Project getProject() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
