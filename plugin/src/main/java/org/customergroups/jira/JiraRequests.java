package org.customergroups.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.web.bean.PagerFilter;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.customergroups.port.Requests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reporter portal's requests in Jira. The plugin has decided who may do what before it calls (PortalAccess,
 * RestrictionService), so reads use Jira's unchecked managers and searches override security.
 * <ul>
 *   <li>{@link #create}: {@code IssueService} as the project lead (who needs Create Issues and Modify Reporter),
 *       with the reporter set by {@code setReporterId} and the project's default issue type (else its first
 *       standard type). The lead is also made the logged-in user for the call, because field and workflow code reads
 *       the authentication context; the previous user is restored in {@code finally}. Jira's validation messages are
 *       passed on in a 400.</li>
 *   <li>Comments: only those without a group or role restriction ever leave this class. Jira Service Management's
 *       "internal" flag is a comment property, not a visibility level, and is not read (the plugin targets plain
 *       Jira).</li>
 *   <li>{@link #search}: JQL built here with every value quoted (reporter by username, groups through each Customer
 *       Groups field as {@code cf[id] = "name"}, customer admins' groups as {@code reporter in membersOf("name")} within the
 *       group's projects), run with {@code searchOverrideSecurity} as the reporter (or
 *       anonymously), most recently updated first.</li>
 * </ul>
 */
public class JiraRequests implements Requests {

    static final String CREATE_REFUSED = "cg.jira.portal.create.refused";
    static final String NO_ISSUE_TYPE = "cg.jira.portal.create.no.issue.type";
    static final String NO_LEAD = "cg.jira.portal.create.no.lead";
    static final String UNKNOWN_USER = "cg.jira.portal.user.unknown";
    static final String NO_PROJECT = "cg.jira.portal.project.unknown";
    static final String NO_ISSUE = "cg.jira.portal.issue.unknown";

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final UserManager userManager;
    private final JiraAuthenticationContext authenticationContext;
    private final IssueTypeSchemeManager issueTypeSchemeManager;
    private final CommentManager commentManager;
    private final AttachmentManager attachmentManager;
    private final SearchService searchService;
    private final CustomFieldManager customFieldManager;

    public JiraRequests(IssueService issueService, IssueManager issueManager, ProjectManager projectManager,
                        UserManager userManager, JiraAuthenticationContext authenticationContext,
                        IssueTypeSchemeManager issueTypeSchemeManager, CommentManager commentManager,
                        AttachmentManager attachmentManager, SearchService searchService,
                        CustomFieldManager customFieldManager) {
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.userManager = userManager;
        this.authenticationContext = authenticationContext;
        this.issueTypeSchemeManager = issueTypeSchemeManager;
        this.commentManager = commentManager;
        this.attachmentManager = attachmentManager;
        this.searchService = searchService;
        this.customFieldManager = customFieldManager;
    }

    @Override
    public IssueRef create(long projectId, String reporterKey, String summary, String description) {
        Project project = JiraCalls.call("look up a project", () -> projectManager.getProjectObj(projectId));
        if (project == null) {
            throw DomainException.notFound(NO_PROJECT, projectId);
        }
        ApplicationUser reporter = user(reporterKey);
        ApplicationUser lead = JiraCalls.call("read the project lead", project::getProjectLead);
        if (lead == null || !lead.isActive()) {
            throw DomainException.conflict(NO_LEAD, project.getKey());
        }
        IssueType type = issueType(project);
        IssueInputParameters input = JiraCalls.call("prepare an issue", issueService::newIssueInputParameters);
        input.setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(summary)
                .setDescription(description)
                .setReporterId(reporter.getUsername());
        ApplicationUser previous = authenticationContext.getLoggedInUser();
        authenticationContext.setLoggedInUser(lead);
        try {
            IssueService.CreateValidationResult validation =
                    JiraCalls.call("validate a new issue", () -> issueService.validateCreate(lead, input));
            if (!validation.isValid()) {
                throw refused(project, validation.getErrorCollection());
            }
            IssueService.IssueResult result = JiraCalls.call("create an issue", () -> issueService.create(lead, validation));
            if (!result.isValid() || result.getIssue() == null) {
                throw refused(project, result.getErrorCollection());
            }
            IssueRef ref = JiraIssues.ref(result.getIssue());
            if (ref == null) {
                throw new IllegalStateException("Jira created an issue without id or project in " + project.getKey());
            }
            return ref;
        } finally {
            authenticationContext.setLoggedInUser(previous);
        }
    }

    @Override
    public Optional<RequestContent> content(long issueId) {
        Issue issue = issue(issueId);
        if (issue == null) {
            return Optional.empty();
        }
        IssueRef ref = JiraIssues.ref(issue);
        if (ref == null) {
            return Optional.empty();
        }
        List<Attachment> found = JiraCalls.call("list attachments", () -> attachmentManager.getAttachments(issue));
        List<RequestContent.Attachment> attachments = found == null ? List.of() : found.stream()
                .filter(Objects::nonNull)
                .filter(a -> a.getId() != null)
                .map(a -> new RequestContent.Attachment(a.getId(), a.getFilename(),
                        a.getFilesize() == null ? 0 : a.getFilesize(), instant(a.getCreated())))
                .toList();
        Status status = issue.getStatus();
        return Optional.of(new RequestContent(ref, issue.getSummary(), issue.getDescription(), statusName(status),
                done(status), instant(issue.getCreated()), instant(issue.getUpdated()), attachments));
    }

    @Override
    public Page<PublicComment> publicComments(long issueId, PageRequest page) {
        Issue issue = issue(issueId);
        if (issue == null) {
            return Page.of(page, 0, List.of());
        }
        List<Comment> all = JiraCalls.call("read comments", () -> commentManager.getComments(issue));
        List<Comment> visible = all == null ? List.of() : all.stream()
                .filter(JiraRequests::unrestricted)
                .toList();
        return JiraDirectory.page(visible, page).map(JiraRequests::comment);
    }

    @Override
    public PublicComment addComment(long issueId, String authorKey, String body) {
        Issue issue = issue(issueId);
        if (issue == null) {
            throw DomainException.notFound(NO_ISSUE, issueId);
        }
        ApplicationUser author = user(authorKey);
        // No group or role level: the comment is visible to everyone who sees the issue; true fires "commented".
        Comment created = JiraCalls.call("add a comment",
                () -> commentManager.create(issue, author, body, null, null, true));
        return comment(created);
    }

    @Override
    public Page<RequestRow> search(RequestQuery query, PageRequest page) {
        ApplicationUser reporter = query.reporterKey() == null ? null
                : JiraCalls.call("look up a user by key", () -> userManager.getUserByKey(query.reporterKey()));
        String jql = jql(reporter == null ? null : reporter.getUsername(), query.groupNames(), customerGroupsFieldIds(),
                query.adminScopes(), query.state());
        if (jql == null) {
            return Page.of(page, 0, List.of());
        }
        SearchService.ParseResult parsed = JiraCalls.call("parse JQL", () -> searchService.parseQuery(reporter, jql));
        if (parsed == null || !parsed.isValid()) {
            throw new IllegalStateException("Jira did not accept the portal's JQL: " + jql);
        }
        SearchResults<Issue> results = JiraCalls.call("search issues", () -> searchService.searchOverrideSecurity(
                reporter, parsed.getQuery(), new PagerFilter<>(page.start(), page.limit())));
        List<Issue> issues = results.getResults() == null ? List.of() : results.getResults();
        List<RequestRow> rows = new ArrayList<>();
        for (Issue issue : issues) {
            IssueRef ref = issue == null ? null : JiraIssues.ref(issue);
            if (ref != null) {
                Status status = issue.getStatus();
                rows.add(new RequestRow(ref, issue.getSummary(), statusName(status), done(status),
                        instant(issue.getUpdated())));
            }
        }
        return Page.of(page, results.getTotal(), rows);
    }

    /**
     * The portal's JQL, or null when it can match nothing (no reporter, group or customer-admin clause). Values are
     * quoted with backslash escapes, so a group name cannot change the query. One customer-admin clause per scope:
     * {@code (reporter in membersOf("G") AND project in (10000, 10001))}. Jira's {@code membersOf} counts nested groups, as the plugin's access check does (Directory.isMember).
     * Project ids are numbers (a JQL project id literal, never a key or name); a scope without projects is left out.
     */
    static String jql(String reporterUsername, List<String> groupNames, List<Long> fieldIds,
                      List<RequestQuery.AdminScope> adminScopes, RequestState state) {
        List<String> who = new ArrayList<>();
        if (reporterUsername != null) {
            who.add("reporter = " + quote(reporterUsername));
        }
        Set<String> groups = new LinkedHashSet<>(groupNames);
        for (Long field : fieldIds) {
            for (String group : groups) {
                who.add("cf[" + field + "] = " + quote(group));
            }
        }
        for (RequestQuery.AdminScope scope : adminScopes) {
            List<String> projects = scope.projectIds().stream().filter(Objects::nonNull).distinct()
                    .map(String::valueOf).toList();
            if (!projects.isEmpty()) {
                who.add("(reporter in membersOf(" + quote(scope.groupName()) + ") AND project in ("
                        + String.join(", ", projects) + "))");
            }
        }
        if (who.isEmpty()) {
            return null;
        }
        String jql = "(" + String.join(" OR ", who) + ")";
        if (state == RequestState.OPEN) {
            jql += " AND statusCategory != " + quote(StatusCategory.COMPLETE);
        } else if (state == RequestState.CLOSED) {
            jql += " AND statusCategory = " + quote(StatusCategory.COMPLETE);
        }
        return jql + " ORDER BY updated DESC, key DESC";
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Ids of every custom field of this plugin's type (normally one). */
    private List<Long> customerGroupsFieldIds() {
        List<CustomField> all = JiraCalls.call("list custom fields", customFieldManager::getCustomFieldObjects);
        return all == null ? List.of() : all.stream()
                .filter(Objects::nonNull)
                .filter(f -> f.getCustomFieldType() instanceof CustomerGroupsCFType)
                .map(CustomField::getIdAsLong)
                .filter(Objects::nonNull)
                .sorted()
                .collect(Collectors.toList());
    }

    private IssueType issueType(Project project) {
        IssueType type = JiraCalls.call("read the default issue type",
                () -> issueTypeSchemeManager.getDefaultIssueType(project));
        if (type != null && !type.isSubTask()) {
            return type;
        }
        Collection<IssueType> types = JiraCalls.call("read the project's issue types",
                () -> issueTypeSchemeManager.getIssueTypesForProject(project));
        return (types == null ? List.<IssueType>of() : types).stream()
                .filter(Objects::nonNull)
                .filter(t -> !t.isSubTask())
                .findFirst()
                .orElseThrow(() -> DomainException.conflict(NO_ISSUE_TYPE, project.getKey()));
    }

    private static DomainException refused(Project project, ErrorCollection errors) {
        List<String> messages = new ArrayList<>();
        if (errors != null) {
            if (errors.getErrorMessages() != null) {
                messages.addAll(errors.getErrorMessages());
            }
            if (errors.getErrors() != null) {
                errors.getErrors().forEach((field, message) -> messages.add(field + ": " + message));
            }
        }
        return DomainException.invalid(null, CREATE_REFUSED, project.getKey(),
                messages.isEmpty() ? "?" : String.join("; ", messages));
    }

    private ApplicationUser user(String userKey) {
        ApplicationUser user = userKey == null || userKey.isBlank() ? null
                : JiraCalls.call("look up a user by key", () -> userManager.getUserByKey(userKey));
        if (user == null) {
            throw DomainException.notFound(UNKNOWN_USER, userKey);
        }
        return user;
    }

    private Issue issue(long issueId) {
        return JiraCalls.call("look up an issue", () -> issueManager.getIssueObject(issueId));
    }

    private static boolean unrestricted(Comment c) {
        return c != null && c.getId() != null && c.getGroupLevel() == null && c.getRoleLevelId() == null;
    }

    private static PublicComment comment(Comment c) {
        ApplicationUser author = c.getAuthorApplicationUser();
        return new PublicComment(c.getId(), author == null ? null : author.getKey(),
                author == null ? null : author.getDisplayName(), c.getBody(), instant(c.getCreated()));
    }

    private static String statusName(Status status) {
        return status == null ? null : status.getName();
    }

    private static boolean done(Status status) {
        return status != null && status.getStatusCategory() != null
                && StatusCategory.COMPLETE.equals(status.getStatusCategory().getKey());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
