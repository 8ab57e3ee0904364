package com.atlassian.jira.project;

import java.util.List;

/**
 * Declaration of Jira's project manager (interface). Only the members the plugin calls.
 * {@code Project getProjectByCurrentKey(String)} is confirmed by the Jira 7.x javadoc (AbstractProjectManager);
 * {@code getProjectObj(Long)}, {@code getProjectObjByKey(String)} and {@code List<Project> getProjectObjects()} by
 * usage in public plugin code.
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/project/AbstractProjectManager.html">AbstractProjectManager (Jira 7.x "latest")</a>
 */
public interface ProjectManager {

    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    Project getProjectByCurrentKey(String projectKey);

    List<Project> getProjectObjects();
}
