package org.customergroups.service.fakes;

import org.customergroups.port.Permissions;

import java.util.HashSet;
import java.util.Set;

/** Stands in for Jira's permission checks: who is a Jira admin, licensed, project admin or agent. */
public final class FakePermissions implements Permissions {

    private final Set<String> jiraAdmins = new HashSet<>();
    private final Set<String> licensed = new HashSet<>();
    private final Set<String> projectAdmins = new HashSet<>();
    private final Set<String> agents = new HashSet<>();

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
}
