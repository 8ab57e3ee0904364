package org.customergroups.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
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
import com.atlassian.query.Query;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.customergroups.jira.JiraIssuesTest.issue;
import static org.customergroups.jira.JiraIssuesTest.project;
import static org.customergroups.jira.JiraIssuesTest.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraRequestsTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Mock IssueService issueService;
    @Mock IssueManager issueManager;
    @Mock ProjectManager projectManager;
    @Mock UserManager userManager;
    @Mock JiraAuthenticationContext authContext;
    @Mock IssueTypeSchemeManager issueTypes;
    @Mock CommentManager commentManager;
    @Mock AttachmentManager attachmentManager;
    @Mock SearchService searchService;
    @Mock CustomFieldManager customFieldManager;

    JiraRequests requests;
    final ApplicationUser alice = user("JIRAUSER10100", "alice");
    final ApplicationUser lead = user("JIRAUSER10000", "lead");

    @BeforeEach
    void setUp() {
        requests = new JiraRequests(issueService, issueManager, projectManager, userManager, authContext, issueTypes,
                commentManager, attachmentManager, searchService, customFieldManager);
        lenient().when(lead.isActive()).thenReturn(true);
        lenient().when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(alice);
    }

    // ------------------------------------------------------------------------------------------ create

    Project helpWithLead() {
        Project help = project(10000L, "HELP");
        when(help.getProjectLead()).thenReturn(lead);
        when(projectManager.getProjectObj(10000L)).thenReturn(help);
        return help;
    }

    static IssueType type(String id, boolean subTask) {
        IssueType t = mock(IssueType.class);
        lenient().when(t.getId()).thenReturn(id);
        lenient().when(t.isSubTask()).thenReturn(subTask);
        return t;
    }

    static IssueInputParameters chainable() {
        IssueInputParameters in = mock(IssueInputParameters.class);
        when(in.setProjectId(any())).thenReturn(in);
        when(in.setIssueTypeId(any())).thenReturn(in);
        when(in.setSummary(any())).thenReturn(in);
        when(in.setDescription(any())).thenReturn(in);
        when(in.setReporterId(any())).thenReturn(in);
        return in;
    }

    @Test
    void createRunsAsTheProjectLeadWithTheReporterSetAndRestoresTheCaller() {
        Project help = helpWithLead();
        IssueType task = type("10002", false);
        when(issueTypes.getDefaultIssueType(help)).thenReturn(task);
        IssueInputParameters in = chainable();
        when(issueService.newIssueInputParameters()).thenReturn(in);
        ApplicationUser caller = user("JIRAUSER10100", "alice");
        when(authContext.getLoggedInUser()).thenReturn(caller);
        IssueService.CreateValidationResult valid = mock(IssueService.CreateValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        when(issueService.validateCreate(lead, in)).thenReturn(valid);
        IssueService.IssueResult created = mock(IssueService.IssueResult.class);
        when(created.isValid()).thenReturn(true);
        MutableIssue help7 = issue(10007L, "HELP-7", help, alice);
        when(created.getIssue()).thenReturn(help7);
        when(issueService.create(lead, valid)).thenReturn(created);

        IssueRef ref = requests.create(10000L, "JIRAUSER10100", "Printer on fire", "Third floor");

        assertEquals(new IssueRef(10007L, "HELP-7", 10000L, "HELP", "JIRAUSER10100", "alice"), ref);
        verify(in).setProjectId(10000L);
        verify(in).setIssueTypeId("10002");
        verify(in).setSummary("Printer on fire");
        verify(in).setDescription("Third floor");
        verify(in).setReporterId("alice");
        InOrder order = inOrder(authContext, issueService);
        order.verify(authContext).setLoggedInUser(lead);
        order.verify(issueService).create(lead, valid);
        order.verify(authContext).setLoggedInUser(caller);
    }

    @Test
    void createPassesJirasValidationMessagesOnAsA400AndStillRestoresTheCaller() {
        Project help = helpWithLead();
        IssueType task = type("10002", false);
        when(issueTypes.getDefaultIssueType(help)).thenReturn(task);
        IssueInputParameters in = chainable();
        when(issueService.newIssueInputParameters()).thenReturn(in);
        IssueService.CreateValidationResult invalid = mock(IssueService.CreateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues."));
        when(errors.getErrors()).thenReturn(Map.of("components", "Component/s is required."));
        when(invalid.getErrorCollection()).thenReturn(errors);
        when(issueService.validateCreate(eq(lead), any())).thenReturn(invalid);

        DomainException e = assertThrows(DomainException.class,
                () -> requests.create(10000L, "JIRAUSER10100", "s", "d"));

        assertEquals(ProblemKind.INVALID, e.kind());
        assertEquals(JiraRequests.CREATE_REFUSED, e.messageKey());
        assertEquals(List.of("HELP", "You do not have permission to create issues.; components: Component/s is required."),
                e.arguments());
        verify(issueService, never()).create(any(), any());
        verify(authContext).setLoggedInUser(null);
    }

    @Test
    void aSubTaskDefaultIsSkippedForTheFirstStandardIssueType() {
        Project help = helpWithLead();
        IssueType subTask = type("5", true);
        IssueType task = type("10001", false);
        when(issueTypes.getDefaultIssueType(help)).thenReturn(subTask);
        when(issueTypes.getIssueTypesForProject(help)).thenReturn(List.of(subTask, task));
        IssueInputParameters in = chainable();
        when(issueService.newIssueInputParameters()).thenReturn(in);
        IssueService.CreateValidationResult invalid = mock(IssueService.CreateValidationResult.class);
        when(issueService.validateCreate(eq(lead), any())).thenReturn(invalid);

        assertThrows(DomainException.class, () -> requests.create(10000L, "JIRAUSER10100", "s", "d"));

        verify(in).setIssueTypeId("10001");
    }

    @Test
    void aProjectWithoutActiveLeadOrWithoutIssueTypeIsAConflictNamingTheProject() {
        Project help = project(10000L, "HELP");
        when(projectManager.getProjectObj(10000L)).thenReturn(help);
        DomainException noLead = assertThrows(DomainException.class,
                () -> requests.create(10000L, "JIRAUSER10100", "s", "d"));
        assertEquals(JiraRequests.NO_LEAD, noLead.messageKey());

        when(help.getProjectLead()).thenReturn(lead);
        IssueType subTask = type("5", true);
        when(issueTypes.getIssueTypesForProject(help)).thenReturn(List.of(subTask));
        DomainException noType = assertThrows(DomainException.class,
                () -> requests.create(10000L, "JIRAUSER10100", "s", "d"));
        assertEquals(ProblemKind.CONFLICT, noType.kind());
        assertEquals(JiraRequests.NO_ISSUE_TYPE, noType.messageKey());
        assertEquals(List.of("HELP"), noType.arguments());
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    void anUnknownReporterIsNotFound() {
        Project help = project(10000L, "HELP");
        when(projectManager.getProjectObj(10000L)).thenReturn(help);
        DomainException e = assertThrows(DomainException.class, () -> requests.create(10000L, "nobody", "s", "d"));
        assertEquals(ProblemKind.NOT_FOUND, e.kind());
        assertEquals(JiraRequests.UNKNOWN_USER, e.messageKey());
    }

    // ------------------------------------------------------------------------------------------ content

    static Status status(String name, String category) {
        Status s = mock(Status.class);
        StatusCategory c = mock(StatusCategory.class);
        lenient().when(c.getKey()).thenReturn(category);
        lenient().when(s.getName()).thenReturn(name);
        lenient().when(s.getStatusCategory()).thenReturn(c);
        return s;
    }

    @Test
    void contentMapsTheIssueItsStatusCategoryAndAttachments() {
        MutableIssue help1 = issue(10001L, "HELP-1", project(10000L, "HELP"), alice);
        when(help1.getSummary()).thenReturn("Printer on fire");
        when(help1.getDescription()).thenReturn(null);
        when(help1.getCreated()).thenReturn(Timestamp.from(T0));
        when(help1.getUpdated()).thenReturn(Timestamp.from(T0.plusSeconds(60)));
        Status done = status("Resolved", "done");
        when(help1.getStatus()).thenReturn(done);
        when(issueManager.getIssueObject(10001L)).thenReturn(help1);
        Attachment log = mock(Attachment.class);
        when(log.getId()).thenReturn(300L);
        when(log.getFilename()).thenReturn("printer.log");
        when(log.getFilesize()).thenReturn(2048L);
        when(log.getCreated()).thenReturn(Timestamp.from(T0));
        when(attachmentManager.getAttachments(help1)).thenReturn(List.of(log));

        RequestContent content = requests.content(10001L).orElseThrow();

        assertEquals(new RequestContent(new IssueRef(10001L, "HELP-1", 10000L, "HELP", "JIRAUSER10100", "alice"),
                "Printer on fire", "", "Resolved", true, T0, T0.plusSeconds(60),
                List.of(new RequestContent.Attachment(300L, "printer.log", 2048L, T0))), content);
    }

    @Test
    void contentOfAMissingIssueIsEmpty() {
        assertEquals(Optional.empty(), requests.content(404L));
    }

    // ------------------------------------------------------------------------------------------ comments

    static Comment comment(long id, ApplicationUser author, String body, String group, Long role, Instant created) {
        Comment c = mock(Comment.class);
        lenient().when(c.getId()).thenReturn(id);
        lenient().when(c.getAuthorApplicationUser()).thenReturn(author);
        lenient().when(c.getBody()).thenReturn(body);
        lenient().when(c.getGroupLevel()).thenReturn(group);
        lenient().when(c.getRoleLevelId()).thenReturn(role);
        lenient().when(c.getCreated()).thenReturn(Date.from(created));
        return c;
    }

    @Test
    void publicCommentsLeaveOutEveryRestrictedCommentAndArePaged() {
        MutableIssue help1 = issue(10001L, "HELP-1", project(10000L, "HELP"), alice);
        when(issueManager.getIssueObject(10001L)).thenReturn(help1);
        when(alice.getDisplayName()).thenReturn("Alice");
        List<Comment> all = List.of(
                comment(1, alice, "first", null, null, T0),
                comment(2, lead, "internal to agents", "jira-servicedesk-users", null, T0.plusSeconds(1)),
                comment(3, lead, "developers only", null, 10002L, T0.plusSeconds(2)),
                comment(4, alice, "second", null, null, T0.plusSeconds(3)),
                comment(5, null, "third, author deleted", null, null, T0.plusSeconds(4)));
        when(commentManager.getComments(help1)).thenReturn(all);

        Page<PublicComment> first = requests.publicComments(10001L, new PageRequest(0, 2));
        Page<PublicComment> rest = requests.publicComments(10001L, new PageRequest(2, 2));

        assertEquals(3, first.total());
        assertEquals(List.of(new PublicComment(1, "JIRAUSER10100", "Alice", "first", T0),
                new PublicComment(4, "JIRAUSER10100", "Alice", "second", T0.plusSeconds(3))), first.values());
        assertEquals(List.of(new PublicComment(5, null, null, "third, author deleted", T0.plusSeconds(4))),
                rest.values());
    }

    @Test
    void addCommentIsUnrestrictedAuthoredByTheCallerAndDispatchesTheEvent() {
        MutableIssue help1 = issue(10001L, "HELP-1", project(10000L, "HELP"), alice);
        when(issueManager.getIssueObject(10001L)).thenReturn(help1);
        Comment created = comment(9, alice, "Thanks!", null, null, T0);
        when(commentManager.create(help1, alice, "Thanks!", null, null, true)).thenReturn(created);

        PublicComment c = requests.addComment(10001L, "JIRAUSER10100", "Thanks!");

        assertEquals(9, c.id());
        assertEquals("JIRAUSER10100", c.authorKey());
    }

    @Test
    void commentingOnAMissingIssueIsNotFound() {
        DomainException e = assertThrows(DomainException.class, () -> requests.addComment(404L, "JIRAUSER10100", "x"));
        assertEquals(ProblemKind.NOT_FOUND, e.kind());
        verify(commentManager, never()).create(any(), any(), anyString(), any(), any(), eq(true));
    }

    // ------------------------------------------------------------------------------------------ search

    @Test
    void jqlQuotesEveryValueAndCombinesReporterGroupsAndState() {
        assertEquals("(reporter = \"alice\" OR cf[10100] = \"Acme \\\"EU\\\"\" OR cf[10100] = \"a\\\\b\")"
                        + " AND statusCategory != \"done\" ORDER BY updated DESC, key DESC",
                JiraRequests.jql("alice", List.of("Acme \"EU\"", "a\\b"), List.of(10100L), List.of(), RequestState.OPEN));
        assertEquals("(cf[10100] = \"Acme\" OR cf[10200] = \"Acme\") AND statusCategory = \"done\""
                        + " ORDER BY updated DESC, key DESC",
                JiraRequests.jql(null, List.of("Acme"), List.of(10100L, 10200L), List.of(), RequestState.CLOSED));
        assertEquals("(reporter = \"alice\") ORDER BY updated DESC, key DESC",
                JiraRequests.jql("alice", List.of("Acme"), List.of(), List.of(), RequestState.ANY));
        assertNull(JiraRequests.jql(null, List.of("Acme"), List.of(), List.of(), RequestState.ANY));
    }

    @Test
    void jqlAddsCustomerAdminClausesWithMembersOfAndTheGroupsProjects() {
        List<RequestQuery.AdminScope> scopes = List.of(
                new RequestQuery.AdminScope("Acme \") OR project = \"X", List.of(10001L, 10000L, 10001L)),
                new RequestQuery.AdminScope("Globex", List.of()));
        assertEquals("(reporter = \"dora\" OR cf[10100] = \"Acme\""
                        + " OR (reporter in membersOf(\"Acme \\\") OR project = \\\"X\") AND project in (10001, 10000)))"
                        + " AND statusCategory != \"done\" ORDER BY updated DESC, key DESC",
                JiraRequests.jql("dora", List.of("Acme"), List.of(10100L), scopes, RequestState.OPEN),
                "the name stays one quoted value; a group in no catalog adds nothing");
        assertEquals("((reporter in membersOf(\"Acme\") AND project in (10000))) ORDER BY updated DESC, key DESC",
                JiraRequests.jql(null, List.of(), List.of(),
                        List.of(new RequestQuery.AdminScope("Acme", List.of(10000L))), RequestState.ANY),
                "admin clauses need no Customer Groups field");
        assertNull(JiraRequests.jql(null, List.of(), List.of(),
                List.of(new RequestQuery.AdminScope("Acme", List.of())), RequestState.ANY));
    }

    @Test
    void searchRunsTheAdminClausesAsTheCaller() throws Exception {
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of());
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        when(searchService.parseQuery(eq(alice), jql.capture())).thenReturn(parsed);
        @SuppressWarnings("unchecked")
        SearchResults<Issue> results = mock(SearchResults.class);
        when(results.getResults()).thenReturn(List.of());
        when(searchService.searchOverrideSecurity(eq(alice), eq(query), any())).thenReturn(results);

        requests.search(new RequestQuery("JIRAUSER10100", List.of(),
                List.of(new RequestQuery.AdminScope("Acme", List.of(10000L))), RequestState.ANY), new PageRequest(0, 25));

        assertEquals("(reporter = \"alice\" OR (reporter in membersOf(\"Acme\") AND project in (10000)))"
                + " ORDER BY updated DESC, key DESC", jql.getValue());
    }

    @Test
    void searchRunsTheJqlOverridingSecurityWithThePageAndMapsRows() throws Exception {
        CustomField field = mock(CustomField.class);
        CustomerGroupsCFType type = mock(CustomerGroupsCFType.class);
        when(field.getCustomFieldType()).thenReturn(type);
        when(field.getIdAsLong()).thenReturn(10100L);
        CustomField other = mock(CustomField.class);
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(field, other));
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        Query query = mock(Query.class);
        when(parsed.isValid()).thenReturn(true);
        when(parsed.getQuery()).thenReturn(query);
        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        when(searchService.parseQuery(eq(alice), jql.capture())).thenReturn(parsed);
        @SuppressWarnings("unchecked")
        SearchResults<Issue> results = mock(SearchResults.class);
        MutableIssue help1 = issue(10001L, "HELP-1", project(10000L, "HELP"), alice);
        when(help1.getSummary()).thenReturn("Printer on fire");
        Status open = status("Open", "new");
        when(help1.getStatus()).thenReturn(open);
        when(help1.getUpdated()).thenReturn(Timestamp.from(T0));
        when(results.getResults()).thenReturn(List.of(help1));
        when(results.getTotal()).thenReturn(11);
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        when(searchService.searchOverrideSecurity(eq(alice), eq(query), pager.capture())).thenReturn(results);

        Page<RequestRow> page = requests.search(new RequestQuery("JIRAUSER10100", List.of("Acme"), RequestState.ANY),
                new PageRequest(10, 10));

        assertEquals("(reporter = \"alice\" OR cf[10100] = \"Acme\") ORDER BY updated DESC, key DESC", jql.getValue());
        assertEquals(List.of(10, 10), List.of(pager.getValue().getStart(), pager.getValue().getMax()));
        assertEquals(11, page.total());
        assertEquals(10, page.start());
        assertEquals(List.of(new RequestRow(new IssueRef(10001L, "HELP-1", 10000L, "HELP", "JIRAUSER10100", "alice"),
                "Printer on fire", "Open", false, T0)), page.values());
    }

    @Test
    void aQueryWithNothingToMatchDoesNotSearch() {
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of());
        Page<RequestRow> page = requests.search(new RequestQuery(null, List.of("Acme"), RequestState.ANY),
                new PageRequest(0, 25));
        assertEquals(0, page.total());
        assertTrue(page.values().isEmpty());
        verify(searchService, never()).parseQuery(any(), any());
    }
}
