package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.sandbox.host.ao.HostIssueEntity;
import org.customergroups.sandbox.host.ao.HostProjectEntity;
import org.customergroups.sandbox.host.ao.HostProjectRoleEntity;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Projects, project roles and tickets of the sandbox host. */
public final class HostProjects {

    private final ActiveObjects ao;

    public HostProjects(ActiveObjects ao) {
        this.ao = ao;
    }

    public HostProject createProject(HostProject project) {
        ao.executeInTransaction(() -> ao.create(HostProjectEntity.class,
                new DBParam(HostProjectEntity.PROJECT_KEY, project.key()),
                new DBParam(HostProjectEntity.NAME, project.name()),
                new DBParam(HostProjectEntity.LEAD, project.lead())));
        return project;
    }

    public List<HostProject> projects() {
        return Arrays.stream(ao.find(HostProjectEntity.class, Query.select().order(HostProjectEntity.PROJECT_KEY)))
                .map(HostProjects::toRecord)
                .toList();
    }

    public Optional<HostProject> findProject(String key) {
        return Arrays.stream(ao.find(HostProjectEntity.class, Query.select().where(HostProjectEntity.PROJECT_KEY + " = ?", key)))
                .map(HostProjects::toRecord)
                .findFirst();
    }

    public void assignRole(RoleAssignment assignment) {
        ao.executeInTransaction(() -> ao.create(HostProjectRoleEntity.class,
                new DBParam(HostProjectRoleEntity.PROJECT_KEY, assignment.projectKey()),
                new DBParam(HostProjectRoleEntity.USERNAME, assignment.username()),
                new DBParam(HostProjectRoleEntity.ROLE, assignment.role())));
    }

    public List<RoleAssignment> rolesOf(String username) {
        return Arrays.stream(ao.find(HostProjectRoleEntity.class, Query.select()
                        .where(HostProjectRoleEntity.USERNAME + " = ?", username)
                        .order(HostProjectRoleEntity.PROJECT_KEY)))
                .map(r -> new RoleAssignment(r.getProjectKey(), r.getUsername(), r.getRole()))
                .toList();
    }

    public HostIssue createIssue(HostIssue issue) {
        ao.executeInTransaction(() -> ao.create(HostIssueEntity.class,
                new DBParam(HostIssueEntity.ISSUE_KEY, issue.key()),
                new DBParam(HostIssueEntity.PROJECT_KEY, issue.projectKey()),
                new DBParam(HostIssueEntity.SUMMARY, issue.summary()),
                new DBParam(HostIssueEntity.DESCRIPTION, issue.description()),
                new DBParam(HostIssueEntity.REPORTER, issue.reporter()),
                new DBParam(HostIssueEntity.STATUS, issue.status()),
                new DBParam(HostIssueEntity.CREATED, Date.from(issue.created())),
                new DBParam(HostIssueEntity.UPDATED, Date.from(issue.updated()))));
        return issue;
    }

    /** The project's tickets in the order they were created. */
    public List<HostIssue> issues(String projectKey) {
        return Arrays.stream(ao.find(HostIssueEntity.class, Query.select()
                        .where(HostIssueEntity.PROJECT_KEY + " = ?", projectKey)
                        .order("ID")))
                .map(HostProjects::toRecord)
                .toList();
    }

    public int countIssues() {
        return ao.count(HostIssueEntity.class, Query.select());
    }

    public int countIssues(String projectKey) {
        return ao.count(HostIssueEntity.class, Query.select().where(HostIssueEntity.PROJECT_KEY + " = ?", projectKey));
    }

    private static HostProject toRecord(HostProjectEntity p) {
        return new HostProject(p.getProjectKey(), p.getName(), p.getLead());
    }

    private static HostIssue toRecord(HostIssueEntity e) {
        return new HostIssue(e.getIssueKey(), e.getProjectKey(), e.getSummary(), e.getDescription(), e.getReporter(),
                e.getStatus(), e.getCreated().toInstant(), e.getUpdated().toInstant());
    }
}
