package org.customergroups.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.customergroups.port.Requests;
import org.customergroups.sandbox.host.ao.HostIssueGroupEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's {@link Requests} port over the sandbox's tables, as JiraRequests is over Jira's issue,
 * comment, attachment and search services. Issue ids are row ids, user keys are usernames.
 * <ul>
 *   <li>create: the sandbox's own issue code (next key, status Open, the reporter given), then the
 *   issue-created event (Auto-share, notifications) with the reporter as its actor, then the issue's
 *   Customer Groups index rows. Refusals are the messages the sandbox's REST API gives for the same
 *   problem, wrapped in the plugin's "the host refused" text.</li>
 *   <li>comments: only comments without a visibility restriction; a new one is public and fires the
 *   commented event (not internal).</li>
 *   <li>search: SQL over the issues and the Customer Groups index rows ({@link RequestIndex}), reporter
 *   clause OR group clause OR customer-admin clauses (reporter in the group's membership rows, issue in one of its
 *   projects), the status category filter of {@link Workflow}, newest update first (ties:
 *   newest issue first), paged with a total.</li>
 * </ul>
 */
public final class SandboxRequests implements Requests {

    /** Jira's summary limit, as the sandbox's REST API enforces it. */
    static final int SUMMARY_MAX = 255;

    private static final String ROW = "SELECT i.\"ID\", i.\"ISSUE_KEY\", p.\"ID\", p.\"PROJECT_KEY\", i.\"REPORTER\","
            + " i.\"SUMMARY\", i.\"STATUS\", i.\"UPDATED\" FROM {ISSUE} i JOIN {PROJECT} p"
            + " ON p.\"PROJECT_KEY\" = i.\"PROJECT_KEY\"";

    private final HostProjects projects;
    private final HostDirectory directory;
    private final HostAttachments attachments;
    private final SandboxProjects projectPort;
    private final SandboxIssues issues;
    private final RequestIndex index;
    private final HostEvents events;
    private final HostSql sql;
    private final I18nResolver sandboxText;
    private final Clock clock;

    public SandboxRequests(HostProjects projects, HostDirectory directory, HostAttachments attachments,
                           SandboxProjects projectPort, SandboxIssues issues, RequestIndex index, HostEvents events,
                           HostSql sql, I18nResolver sandboxText, Clock clock) {
        this.projects = projects;
        this.directory = directory;
        this.attachments = attachments;
        this.projectPort = projectPort;
        this.issues = issues;
        this.index = index;
        this.events = events;
        this.sql = sql;
        this.sandboxText = sandboxText;
        this.clock = clock;
    }

    @Override
    public IssueRef create(long projectId, String reporterKey, String summary, String description) {
        ProjectRef project = projectPort.byId(projectId)
                .orElseThrow(() -> DomainException.invalid("project", "cg.jira.portal.project.unknown", projectId));
        HostUser reporter = (reporterKey == null ? Optional.<HostUser>empty() : directory.findUser(reporterKey))
                .orElseThrow(() -> DomainException.invalid("reporter", "cg.jira.portal.user.unknown", reporterKey));
        if (summary == null || summary.isBlank()) {
            throw refused("summary", project, "sandbox.api.summary.required");
        }
        if (summary.strip().length() > SUMMARY_MAX) {
            throw refused("summary", project, "sandbox.api.summary.too.long");
        }
        HostIssue created = projects.openIssue(project.key(), summary.strip(), description, reporter.username(),
                clock.instant());
        events.issueCreated(created.id(), reporter.username());
        index.reindex(List.of(created.id()));
        return issues.byId(created.id()).orElseThrow();
    }

    @Override
    public Optional<RequestContent> content(long issueId) {
        Optional<HostIssue> found = projects.findIssue(issueId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HostIssue issue = found.get();
        List<RequestContent.Attachment> files = attachments.of(issueId).stream()
                .map(a -> new RequestContent.Attachment(a.id(), a.filename(), a.size(), a.created()))
                .toList();
        return Optional.of(new RequestContent(issues.byId(issueId).orElseThrow(), issue.summary(), issue.description(),
                issue.status(), done(issue.status()), issue.created(), issue.updated(), files));
    }

    @Override
    public Page<PublicComment> publicComments(long issueId, PageRequest page) {
        String where = " FROM {COMMENT} c WHERE c.\"ISSUE_ID\" = ? AND c.\"VISIBILITY_TYPE\" IS NULL";
        long total = sql.number("SELECT COUNT(*)" + where, issueId);
        List<PublicComment> values = sql.list("SELECT c.\"ID\", c.\"AUTHOR\", u.\"DISPLAY_NAME\", c.\"BODY\", c.\"CREATED\""
                        + where.replace(" WHERE", " LEFT JOIN {USER} u ON u.\"USERNAME\" = c.\"AUTHOR\" WHERE")
                        + " ORDER BY c.\"ID\" LIMIT ? OFFSET ?",
                rs -> new PublicComment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()),
                issueId, page.limit(), page.start());
        return Page.of(page, total, values);
    }

    @Override
    public PublicComment addComment(long issueId, String authorKey, String body) {
        if (projects.findIssue(issueId).isEmpty()) {
            throw DomainException.notFound("cg.jira.portal.issue.unknown", issueId);
        }
        HostUser author = (authorKey == null ? Optional.<HostUser>empty() : directory.findUser(authorKey))
                .orElseThrow(() -> DomainException.invalid("author", "cg.jira.portal.user.unknown", authorKey));
        HostComment comment = projects.addComment(issueId, author.username(), body, clock.instant());
        events.commented(issueId, author.username(), body, false);
        return new PublicComment(comment.id(), author.username(), author.displayName(), comment.body(),
                comment.created());
    }

    @Override
    public Page<RequestRow> search(RequestQuery query, PageRequest page) {
        List<Object> params = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        if (query.reporterKey() != null) {
            clauses.add("i.\"REPORTER\" = ?");
            params.add(query.reporterKey());
        }
        Set<String> groups = new LinkedHashSet<>();
        query.groupNames().stream().filter(g -> g != null && !g.isBlank()).map(RequestIndex::lower).forEach(groups::add);
        if (!groups.isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM {ISSUE_GROUP} g WHERE g.\"" + HostIssueGroupEntity.ISSUE_ID
                    + "\" = i.\"ID\" AND g.\"" + HostIssueGroupEntity.GROUP_LOWER + "\" IN ("
                    + String.join(", ", Collections.nCopies(groups.size(), "?")) + "))");
            params.addAll(groups);
        }
        for (RequestQuery.AdminScope scope : query.adminScopes()) {
            List<Long> projectIds = scope.projectIds().stream().distinct().toList();
            if (projectIds.isEmpty()) {
                continue;
            }
            // Jira's "reporter in membersOf(G) AND project in (...)": the host's membership rows (no nesting here).
            clauses.add("(EXISTS (SELECT 1 FROM {MEMBERSHIP} m WHERE m.\"" + HostMembershipEntity.USERNAME
                    + "\" = i.\"REPORTER\" AND m.\"" + HostMembershipEntity.LOWER_GROUP + "\" = ?) AND p.\"ID\" IN ("
                    + String.join(", ", Collections.nCopies(projectIds.size(), "?")) + "))");
            params.add(RequestIndex.lower(scope.groupName()));
            params.addAll(projectIds);
        }
        if (clauses.isEmpty()) {
            return Page.of(page, 0, List.of());
        }
        String where = " WHERE (" + String.join(" OR ", clauses) + ")" + stateClause(query.state(), params);
        long total = sql.number("SELECT COUNT(*) FROM {ISSUE} i JOIN {PROJECT} p ON p.\"PROJECT_KEY\" = i.\"PROJECT_KEY\""
                + where, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(page.limit());
        paged.add(page.start());
        List<RequestRow> rows = sql.list(ROW + where + " ORDER BY i.\"UPDATED\" DESC, i.\"ID\" DESC LIMIT ? OFFSET ?",
                SandboxRequests::row, paged.toArray());
        return Page.of(page, total, rows);
    }

    /** Jira's {@code statusCategory = Done} / {@code != Done}: the workflow's statuses in the Done category. */
    private static String stateClause(RequestState state, List<Object> params) {
        if (state == RequestState.ANY) {
            return "";
        }
        List<String> done = Workflow.doneStatusNames();
        params.addAll(done);
        return " AND i.\"STATUS\"" + (state == RequestState.CLOSED ? " IN (" : " NOT IN (")
                + String.join(", ", Collections.nCopies(done.size(), "?")) + ")";
    }

    static boolean done(String status) {
        return Workflow.status(status).category() == Workflow.Category.DONE;
    }

    private DomainException refused(String field, ProjectRef project, String sandboxKey) {
        return DomainException.invalid(field, "cg.jira.portal.create.refused", project.key(),
                sandboxText.getText(sandboxKey));
    }

    private static RequestRow row(ResultSet rs) throws SQLException {
        String reporter = rs.getString(5);
        IssueRef issue = new IssueRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), reporter, reporter);
        String status = rs.getString(7);
        Instant updated = rs.getTimestamp(8).toInstant();
        return new RequestRow(issue, rs.getString(6), status, done(status), updated);
    }
}
