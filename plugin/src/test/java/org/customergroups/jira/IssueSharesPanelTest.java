package org.customergroups.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.customergroups.port.Permissions;
import org.customergroups.web.Html;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class IssueSharesPanelTest {

    @Mock I18nResolver i18n;
    @Mock ApplicationProperties application;
    @Mock UserManager users;
    @Mock Permissions permissions;

    IssueSharesPanel panel;

    @BeforeEach
    void setUp() {
        panel = new IssueSharesPanel(i18n, application, users, permissions);
        lenient().when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://support.example.com/jira");
    }

    static Issue issue(Long id, String key) {
        Issue issue = mock(Issue.class);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        return issue;
    }

    Map<String, Object> contextFor(Object issue) {
        Map<String, Object> jira = new HashMap<>();
        jira.put("issue", issue);
        jira.put("helper", "Jira's own entry");
        return panel.getContextMap(jira);
    }

    @Test
    void anAgentGetsTheContextTheTemplateNeeds() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("JIRAUSER10000"));
        when(permissions.canEditIssue("JIRAUSER10000", 10001L)).thenReturn(true);

        Map<String, Object> context = contextFor(issue(10001L, "HELP-1"));

        assertSame(i18n, context.get("i18n"));
        assertInstanceOf(Html.class, context.get("html"));
        assertEquals("/jira/rest/customer-groups/1.0", context.get("restBase"));
        assertEquals("HELP-1", context.get("issueKey"));
        assertEquals(Boolean.TRUE, context.get("canEdit"));
        assertEquals("Jira's own entry", context.get("helper"), "Jira's context entries are kept");
    }

    @Test
    void someoneWhoCannotEditTheIssueGetsCanEditFalse() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("JIRAUSER10100"));
        when(permissions.canEditIssue("JIRAUSER10100", 10001L)).thenReturn(false);

        assertEquals(Boolean.FALSE, contextFor(issue(10001L, "HELP-1")).get("canEdit"));
    }

    @Test
    void whenJiraCannotAnswerThePanelStillRendersReadOnly() {
        when(users.getRemoteUserKey()).thenReturn(new UserKey("JIRAUSER10000"));
        when(permissions.canEditIssue("JIRAUSER10000", 10001L)).thenThrow(new IllegalStateException("Jira failed"));

        Map<String, Object> context = contextFor(issue(10001L, "HELP-1"));

        assertEquals(Boolean.FALSE, context.get("canEdit"));
        assertEquals("HELP-1", context.get("issueKey"));
    }

    @Test
    void anonymousViewersCannotEditAndAreNotAskedAbout() {
        when(users.getRemoteUserKey()).thenReturn(null);

        assertEquals(Boolean.FALSE, contextFor(issue(10001L, "HELP-1")).get("canEdit"));
        verify(permissions, never()).canEditIssue(anyString(), anyLong());
    }

    @Test
    void withoutAnIssueThePanelOffersNothing() {
        Map<String, Object> none = contextFor(null);
        Map<String, Object> notAnIssue = contextFor("HELP-1");

        assertEquals("", none.get("issueKey"));
        assertEquals(Boolean.FALSE, none.get("canEdit"));
        assertEquals("", notAnIssue.get("issueKey"));
        assertEquals(Boolean.FALSE, notAnIssue.get("canEdit"));
        verify(permissions, never()).canEditIssue(anyString(), anyLong());
    }

    @Test
    void aNullJiraContextStillGivesTheTemplateEverything() {
        Map<String, Object> context = panel.getContextMap(null);

        assertEquals("/jira/rest/customer-groups/1.0", context.get("restBase"));
        assertEquals("", context.get("issueKey"));
        assertEquals(Boolean.FALSE, context.get("canEdit"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "https://support.example.com/jira, /jira/rest/customer-groups/1.0",
            "https://support.example.com/jira/, /jira/rest/customer-groups/1.0",
            "https://support.example.com, /rest/customer-groups/1.0",
            "http://localhost:2990/jira, /jira/rest/customer-groups/1.0",
            "https://example.com/a%20b, /a%20b/rest/customer-groups/1.0",
            "NULL, /rest/customer-groups/1.0",
            "'not a url', /rest/customer-groups/1.0"})
    void theRestBaseIsUnderTheBaseUrlsPath(String baseUrl, String expected) {
        assertEquals(expected, IssueSharesPanel.restBase(baseUrl));
    }
}
