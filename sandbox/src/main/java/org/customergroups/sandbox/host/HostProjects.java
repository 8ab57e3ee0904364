package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.sandbox.host.ao.HostCommentEntity;
import org.customergroups.sandbox.host.ao.HostIssueEntity;
import org.customergroups.sandbox.host.ao.HostProjectEntity;
import org.customergroups.sandbox.host.ao.HostProjectRoleEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Projects, project roles, tickets and comments of the sandbox host. */
public final class HostProjects {

    /** The status of a new ticket. */
    public static final String NEW_STATUS = "Open";

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

    /** Stores the ticket under its key; returns it with its row id. */
    public HostIssue createIssue(HostIssue issue) {
        HostIssueEntity e = ao.executeInTransaction(() -> ao.create(HostIssueEntity.class,
                new DBParam(HostIssueEntity.ISSUE_KEY, issue.key()),
                new DBParam(HostIssueEntity.PROJECT_KEY, issue.projectKey()),
                new DBParam(HostIssueEntity.SUMMARY, issue.summary()),
                new DBParam(HostIssueEntity.DESCRIPTION, issue.description()),
                new DBParam(HostIssueEntity.REPORTER, issue.reporter()),
                new DBParam(HostIssueEntity.STATUS, issue.status()),
                new DBParam(HostIssueEntity.CREATED, Date.from(issue.created())),
                new DBParam(HostIssueEntity.UPDATED, Date.from(issue.updated()))));
        return toRecord(e);
    }

    /**
     * A new ticket in the project under the next free key ({@code HELP-8} after {@code HELP-7}),
     * status {@value #NEW_STATUS}. The sandbox never deletes tickets, so the next number is one
     * more than the project's count; the unique key column refuses a duplicate if two sandboxes on
     * one database create at the same moment.
     */
    public synchronized HostIssue openIssue(String projectKey, String summary, String description, String reporter,
                                            Instant now) {
        return ao.executeInTransaction(() -> {
            int number = countIssues(projectKey) + 1;
            while (findIssue(projectKey + "-" + number).isPresent()) {
                number++;
            }
            return createIssue(new HostIssue(0, projectKey + "-" + number, projectKey, summary, description, reporter,
                    NEW_STATUS, now, now));
        });
    }

    /** By key as stored (keys are upper case). */
    public Optional<HostIssue> findIssue(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return Arrays.stream(ao.find(HostIssueEntity.class, Query.select().where(HostIssueEntity.ISSUE_KEY + " = ?", key)))
                .map(HostProjects::toRecord)
                .findFirst();
    }

    public Optional<HostIssue> findIssue(long id) {
        return Arrays.stream(ao.find(HostIssueEntity.class, Query.select().where("ID = ?", id)))
                .map(HostProjects::toRecord)
                .findFirst();
    }

    /** Adds a public comment and moves the ticket's updated time, as Jira does. */
    public HostComment addComment(long issueId, String author, String body, Instant now) {
        return addComment(issueId, author, body, null, now);
    }

    /** Adds a comment, restricted when {@code visibility} is not null, and moves the ticket's updated time. */
    public HostComment addComment(long issueId, String author, String body, HostComment.Visibility visibility,
                                  Instant now) {
        return ao.executeInTransaction(() -> {
            HostIssueEntity[] found = ao.find(HostIssueEntity.class, Query.select().where("ID = ?", issueId));
            if (found.length == 0) {
                throw new IllegalArgumentException("No sandbox issue " + issueId);
            }
            HostIssueEntity issue = found[0];
            HostCommentEntity c = ao.create(HostCommentEntity.class,
                    new DBParam(HostCommentEntity.ISSUE_ID, issueId),
                    new DBParam(HostCommentEntity.AUTHOR, author),
                    new DBParam(HostCommentEntity.BODY, body),
                    new DBParam(HostCommentEntity.CREATED, Date.from(now)),
                    new DBParam(HostCommentEntity.VISIBILITY_TYPE, visibility == null ? null : visibility.type()),
                    new DBParam(HostCommentEntity.VISIBILITY_VALUE, visibility == null ? null : visibility.value()));
            issue.setUpdated(Date.from(now));
            issue.save();
            return toRecord(c);
        });
    }

    /**
     * Moves the ticket from status {@code from} to {@code to} and its updated time, as a workflow
     * transition does; false (nothing changed) when the ticket is no longer in {@code from}, so of two
     * transitions at once in this sandbox only the first applies.
     */
    public synchronized boolean changeStatus(long issueId, String from, String to, Instant now) {
        return ao.executeInTransaction(() -> {
            HostIssueEntity[] found = ao.find(HostIssueEntity.class,
                    Query.select().where("ID = ? AND " + HostIssueEntity.STATUS + " = ?", issueId, from));
            if (found.length == 0) {
                return false;
            }
            found[0].setStatus(to);
            found[0].setUpdated(Date.from(now));
            found[0].save();
            return true;
        });
    }

    /** The ticket's comments, oldest first, internal ones included (callers decide who sees them). */
    public List<HostComment> comments(long issueId) {
        return Arrays.stream(ao.find(HostCommentEntity.class, Query.select()
                        .where(HostCommentEntity.ISSUE_ID + " = ?", issueId)
                        .order("ID")))
                .map(HostProjects::toRecord)
                .toList();
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

    private static HostComment toRecord(HostCommentEntity c) {
        HostComment.Visibility visibility = c.getVisibilityType() == null ? null
                : new HostComment.Visibility(c.getVisibilityType(), c.getVisibilityValue());
        return new HostComment(c.getID(), c.getIssueId(), c.getAuthor(), c.getBody(), c.getCreated().toInstant(),
                visibility);
    }

    private static HostIssue toRecord(HostIssueEntity e) {
        return new HostIssue(e.getID(), e.getIssueKey(), e.getProjectKey(), e.getSummary(), e.getDescription(), e.getReporter(),
                e.getStatus(), e.getCreated().toInstant(), e.getUpdated().toInstant());
    }
}
