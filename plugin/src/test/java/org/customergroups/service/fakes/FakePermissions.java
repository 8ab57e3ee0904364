package org.customergroups.service.fakes;

import org.customergroups.port.Permissions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stands in for Jira's permission checks: who is a Jira admin, licensed, project admin or agent, and who may edit
 * or browse the issues registered with {@link #issue}.
 */
public final class FakePermissions implements Permissions {

    private final Set<String> jiraAdmins = new HashSet<>();
    private final Set<String> licensed = new HashSet<>();
    private final Set<String> projectAdmins = new HashSet<>();
    private final Set<String> agents = new HashSet<>();
    /** Issues the fake knows: issue id to project id, and to reporter key. */
    private final Map<Long, Long> issueProjects = new HashMap<>();
    private final Map<Long, String> issueReporters = new HashMap<>();
    private final Set<String> browsers = new HashSet<>();

    public FakePermissions jiraAdmin(String userKey) {
        jiraAdmins.add(userKey);
        licensed.add(userKey);
        return this;
    }

    public FakePermissions licensed(String userKey) {
        licensed.add(userKey);
        return this;
    }

    public FakePermissions projectAdmin(String userKey, long projectId) {
        projectAdmins.add(userKey + "@" + projectId);
        licensed.add(userKey);
        return this;
    }

    public FakePermissions agent(String userKey, long projectId) {
        agents.add(userKey + "@" + projectId);
        licensed.add(userKey);
        return this;
    }

    @Override
    public boolean isJiraAdmin(String userKey) {
        return jiraAdmins.contains(userKey);
    }

    @Override
    public boolean isLicensed(String userKey) {
        return licensed.contains(userKey);
    }

    @Override
    public boolean isProjectAdmin(String userKey, long projectId) {
        return projectAdmins.contains(userKey + "@" + projectId);
    }

    @Override
    public boolean isAgent(String userKey, long projectId) {
        // As in Jira: project admins can edit the project's issues too.
        return agents.contains(userKey + "@" + projectId) || isProjectAdmin(userKey, projectId);
    }

    /** Registers an issue so that its project's agents may edit and browse it and its reporter may browse it. */
    public FakePermissions issue(long issueId, long projectId, String reporterKey) {
        issueProjects.put(issueId, projectId);
        issueReporters.put(issueId, reporterKey);
        return this;
    }

    /** Lets the user browse the issue (as a Customer Groups field grant would). */
    public FakePermissions browser(String userKey, long issueId) {
        browsers.add(userKey + "#" + issueId);
        return this;
    }

    @Override
    public boolean canEditIssue(String userKey, long issueId) {
        Long projectId = issueProjects.get(issueId);
        return projectId != null && isAgent(userKey, projectId);
    }

    @Override
    public boolean canBrowseIssue(String userKey, long issueId) {
        return canEditIssue(userKey, issueId)
                || (userKey != null && userKey.equals(issueReporters.get(issueId)))
                || browsers.contains(userKey + "#" + issueId);
    }
}
