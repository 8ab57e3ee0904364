package org.customergroups.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import org.customergroups.domain.IssueRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraIssuesTest {

    @Mock IssueManager issueManager;

    static MutableIssue issue(long id, String key, Project project, ApplicationUser reporter) {
        Long projectId = project == null ? null : project.getId();
        MutableIssue issue = mock(MutableIssue.class);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getProjectObject()).thenReturn(project);
        lenient().when(issue.getProjectId()).thenReturn(projectId);
        lenient().when(issue.getReporter()).thenReturn(reporter);
        return issue;
    }

    static Project project(long id, String key) {
        Project p = mock(Project.class);
        lenient().when(p.getId()).thenReturn(id);
        lenient().when(p.getKey()).thenReturn(key);
        return p;
    }

    static ApplicationUser user(String key, String username) {
        ApplicationUser u = mock(ApplicationUser.class);
        lenient().when(u.getKey()).thenReturn(key);
        lenient().when(u.getUsername()).thenReturn(username);
        return u;
    }

    @Test
    void byIdMapsIssueProjectAndReporter() {
        MutableIssue help1 = issue(10001L, "HELP-1", project(10000L, "HELP"), user("JIRAUSER10100", "alice"));
        when(issueManager.getIssueObject(10001L)).thenReturn(help1);

        assertEquals(Optional.of(new IssueRef(10001L, "HELP-1", 10000L, "HELP", "JIRAUSER10100", "alice")),
                new JiraIssues(issueManager).byId(10001L));
    }

    @Test
    void anIssueWithoutReporterHasNullReporterKeyAndUsername() {
        MutableIssue anonymous = issue(10002L, "HELP-2", project(10000L, "HELP"), null);
        when(issueManager.getIssueObject(10002L)).thenReturn(anonymous);

        assertEquals(Optional.of(new IssueRef(10002L, "HELP-2", 10000L, "HELP", null, null)),
                new JiraIssues(issueManager).byId(10002L));
    }

    @Test
    void byKeyIgnoresCaseAndSpaces() {
        MutableIssue help1 = issue(10001L, "HELP-1", project(10000L, "HELP"), user("k", "alice"));
        when(issueManager.getIssueByCurrentKey("HELP-1")).thenReturn(help1);

        JiraIssues issues = new JiraIssues(issueManager);

        assertEquals(10001L, issues.byKey(" help-1 ").orElseThrow().id());
        assertEquals("HELP-1", issues.byKey("Help-1").orElseThrow().key());
    }

    @Test
    void unknownIssuesAreEmptyAndBlankKeysAreNotLookedUp() {
        JiraIssues issues = new JiraIssues(issueManager);

        assertEquals(Optional.empty(), issues.byKey("HELP-404"));
        assertEquals(Optional.empty(), issues.byId(404L));
        assertEquals(Optional.empty(), issues.byKey(" "));
        assertEquals(Optional.empty(), issues.byKey(null));
        verify(issueManager).getIssueByCurrentKey("HELP-404");
        verify(issueManager, times(1)).getIssueByCurrentKey(any());  // not for the blank and null keys
    }

    @Test
    void theProjectIdFallsBackToTheIssuesOwn() {
        MutableIssue orphan = issue(10003L, "HELP-3", null, null);
        when(orphan.getProjectId()).thenReturn(10000L);
        when(issueManager.getIssueObject(10003L)).thenReturn(orphan);

        assertEquals(Optional.of(new IssueRef(10003L, "HELP-3", 10000L, null, null, null)),
                new JiraIssues(issueManager).byId(10003L));
    }

    @Test
    void jiraFailuresBecomeIllegalState() {
        when(issueManager.getIssueObject(5L)).thenThrow(new RuntimeException("db down"));

        assertThrows(IllegalStateException.class, () -> new JiraIssues(issueManager).byId(5L));
    }
}
