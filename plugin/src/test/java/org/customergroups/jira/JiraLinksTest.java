package org.customergroups.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraLinksTest {

    @Mock ApplicationProperties application;

    JiraLinks links(String baseUrl) {
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn(baseUrl);
        return new JiraLinks(application);
    }

    @Test
    void anIssueLinksToJirasIssueView() {
        assertEquals("https://support.example.com/jira/browse/HELP-1",
                links("https://support.example.com/jira").issue("HELP-1"));
    }

    @Test
    void aRequestLinksToTheReporterPortal() {
        assertEquals("https://support.example.com/jira/plugins/servlet/customer-groups/portal/requests/HELP-1",
                links("https://support.example.com/jira").portalRequest("HELP-1"));
    }

    @ParameterizedTest
    @CsvSource({
            "https://support.example.com, https://support.example.com/browse/HELP-7",
            "https://support.example.com/, https://support.example.com/browse/HELP-7",
            "'  http://localhost:2990/jira//  ', http://localhost:2990/jira/browse/HELP-7"})
    void theBaseUrlIsUsedWithoutTrailingSlashes(String baseUrl, String expected) {
        assertEquals(expected, links(baseUrl).issue("HELP-7"));
    }

    @Test
    void theBaseUrlIsReadForEveryLinkSoAChangeAppliesAtOnce() {
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://old.example.com", "https://new.example.com");
        JiraLinks links = new JiraLinks(application);

        assertEquals("https://old.example.com/browse/HELP-1", links.issue("HELP-1"));
        assertEquals("https://new.example.com/browse/HELP-1", links.issue("HELP-1"));
    }

    @Test
    void keysAreUpperCasedAndEncodedAsOnePathSegment() {
        JiraLinks links = links("https://support.example.com");

        assertEquals("https://support.example.com/browse/HELP-1", links.issue(" help-1 "));
        assertEquals("https://support.example.com/plugins/servlet/customer-groups/portal/requests/A%2FB%20C%3F%23",
                links.portalRequest("a/b c?#"));
        assertEquals("https://support.example.com/browse/%C3%84BC-1", links.issue("äbc-1"));
    }

    @Test
    void aFailingJiraBecomesIllegalState() {
        RuntimeException jira = new RuntimeException("not started");
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenThrow(jira);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new JiraLinks(application).issue("HELP-1"));
        assertSame(jira, e.getCause());
    }
}
