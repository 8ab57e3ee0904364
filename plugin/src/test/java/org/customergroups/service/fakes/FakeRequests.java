package org.customergroups.service.fakes;

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
import org.customergroups.domain.UserSummary;
import org.customergroups.port.Requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Stands in for Jira's issues as the portal reads and creates them, over a {@link DemoHelpdesk}: a created request
 * becomes a demo issue (so Issues, Permissions see it) and fires {@link #onCreated} as Jira's created event would
 * (the fixture runs Auto-share there). The Customer Groups field value for search comes from {@link #fieldValue}
 * (the fixture reads the real share store). Times advance one second per change, so "newest update first" is exact.
 * Internal comments are kept and filtered out, as JiraRequests must.
 */
public final class FakeRequests implements Requests {

    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    private final DemoHelpdesk host;
    private final Map<Long, Content> contents = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<Created> created = new ArrayList<>();
    private long nextIssueId = 30_000;
    private long nextCommentId = 1;
    private long tick;
    /** The host's issue-created event; the fixture sets it. */
    public Consumer<IssueRef> onCreated = i -> { };
    /** The Customer Groups field value of an issue; the fixture sets it. */
    public LongFunction<List<String>> fieldValue = id -> List.of();
    /** When set, create() refuses with this INVALID message key (a host that refuses the issue). */
    public String refuseCreate;

    public FakeRequests(DemoHelpdesk host) {
        this.host = host;
    }

    public record Created(long projectId, String reporterKey, String summary, String description) {
    }

    private static final class Content {
        IssueRef issue;
        String summary;
        String description;
        String status = "Open";
        boolean done;
        Instant created;
        Instant updated;
        List<RequestContent.Attachment> attachments = new ArrayList<>();
        final List<PublicComment> comments = new ArrayList<>();
        final List<Boolean> internal = new ArrayList<>();
    }

    /** What create() was asked, in order. */
    public synchronized List<Created> created() {
        return List.copyOf(created);
    }

    /** Registers content for an issue made with {@link DemoHelpdesk#issue}. */
    public synchronized IssueRef put(IssueRef issue, String summary, String description) {
        Content c = new Content();
        c.issue = issue;
        c.summary = summary;
        c.description = description;
        c.created = next();
        c.updated = c.created;
        contents.put(issue.id(), c);
        return issue;
    }

    /** Moves the request to a Done status. */
    public synchronized void close(long issueId) {
        Content c = contents.get(issueId);
        c.status = "Done";
        c.done = true;
        c.updated = next();
    }

    public synchronized void attach(long issueId, RequestContent.Attachment a) {
        contents.get(issueId).attachments.add(a);
    }

    /** A comment restricted to a role (an agents' note): never returned by {@link #publicComments}. */
    public synchronized void addInternalComment(long issueId, String authorKey, String body) {
        add(issueId, authorKey, body, true);
    }

    @Override
    public IssueRef create(long projectId, String reporterKey, String summary, String description) {
        IssueRef issue;
        synchronized (this) {
            if (refuseCreate != null) {
                throw DomainException.invalid(null, refuseCreate);
            }
            ProjectRef project = host.projects.byId(projectId).orElseThrow();
            UserSummary reporter = host.directory.userByKey(reporterKey).orElseThrow();
            int n = counters.merge(project.key(), 1, Integer::sum);
            issue = host.issue(nextIssueId++, project.key() + "-" + (100 + n), project, reporter.username());
            created.add(new Created(projectId, reporterKey, summary, description));
            put(issue, summary, description);
        }
        onCreated.accept(issue);
        return issue;
    }

    @Override
    public synchronized Optional<RequestContent> content(long issueId) {
        Content c = contents.get(issueId);
        return c == null ? Optional.empty() : Optional.of(new RequestContent(c.issue, c.summary, c.description,
                c.status, c.done, c.created, c.updated, c.attachments));
    }

    @Override
    public synchronized Page<PublicComment> publicComments(long issueId, PageRequest page) {
        Content c = contents.get(issueId);
        List<PublicComment> visible = new ArrayList<>();
        if (c != null) {
            for (int i = 0; i < c.comments.size(); i++) {
                if (!c.internal.get(i)) {
                    visible.add(c.comments.get(i));
                }
            }
        }
        return slice(visible, page);
    }

    @Override
    public synchronized PublicComment addComment(long issueId, String authorKey, String body) {
        return add(issueId, authorKey, body, false);
    }

    @Override
    public synchronized Page<RequestRow> search(RequestQuery query, PageRequest page) {
        List<Content> matching = contents.values().stream()
                .filter(c -> query.reporterKey() != null && query.reporterKey().equals(c.issue.reporterKey())
                        || fieldValue.apply(c.issue.id()).stream().anyMatch(query.groupNames()::contains)
                        || query.adminScopes().stream().anyMatch(a -> adminMatch(a, c.issue)))
                .filter(c -> query.state() == RequestState.ANY || (query.state() == RequestState.CLOSED) == c.done)
                .sorted(Comparator.comparing((Content c) -> c.updated).reversed())
                .toList();
        return slice(matching.stream().map(c -> new RequestRow(c.issue, c.summary, c.status, c.done, c.updated))
                .toList(), page);
    }

    /** A customer-admin clause as Jira's {@code reporter in membersOf(G) AND project in (...)} reads it. */
    private boolean adminMatch(RequestQuery.AdminScope scope, IssueRef issue) {
        return issue.reporterUsername() != null && scope.projectIds().contains(issue.projectId())
                && host.directory.isMember(scope.groupName(), issue.reporterUsername());
    }

    private PublicComment add(long issueId, String authorKey, String body, boolean restricted) {
        Content c = contents.get(issueId);
        String name = host.directory.userByKey(authorKey).map(UserSummary::displayName).orElse(null);
        PublicComment comment = new PublicComment(nextCommentId++, authorKey, name, body, next());
        c.comments.add(comment);
        c.internal.add(restricted);
        c.updated = comment.created();
        return comment;
    }

    private Instant next() {
        return START.plusSeconds(++tick);
    }

    private static <T> Page<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.start(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return Page.of(page, all.size(), all.subList(from, to));
    }
}
