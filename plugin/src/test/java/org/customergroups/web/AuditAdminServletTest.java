package org.customergroups.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.customergroups.domain.AuditAction;
import org.customergroups.rest.BundleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The admin audit page: anonymous users go to login (and come back with their filters), users who are not Jira
 * administrators get the 403 page, administrators get the page, rendered by a real Velocity 1.7 engine with the
 * real i18n bundle: every filter, every action, export link, retention form; hostile pre-filled filters and
 * context paths are escaped.
 */
class AuditAdminServletTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final HttpServletRequest req = mock(HttpServletRequest.class);
    private final HttpServletResponse resp = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final ProjectCustomerGroupsServletTest.VelocityRenderer renderer =
            new ProjectCustomerGroupsServletTest.VelocityRenderer();
    private AuditAdminServlet servlet;

    @BeforeEach
    void setUp() throws IOException {
        servlet = new AuditAdminServlet(users, login, renderer, new BundleText());
        when(req.getContextPath()).thenReturn("/jira");
        when(req.getRequestURI()).thenReturn("/jira/plugins/servlet/customer-groups/audit");
        when(resp.getWriter()).thenReturn(new PrintWriter(body));
    }

    private void signedIn(String userKey, boolean admin) {
        UserProfile profile = mock(UserProfile.class);
        UserKey key = new UserKey(userKey);
        when(profile.getUserKey()).thenReturn(key);
        when(users.getRemoteUser(req)).thenReturn(profile);
        when(users.isAdmin(key)).thenReturn(admin);
    }

    private String get() throws IOException {
        servlet.doGet(req, resp);
        return body.toString();
    }

    @Test
    void anonymousIsSentToLoginAndComesBackWithTheFilters() throws IOException {
        when(req.getQueryString()).thenReturn("issue=HELP-1");
        when(login.getLoginUri(any(URI.class))).thenAnswer(a -> URI.create("/jira/login.jsp?os_destination="
                + URLEncoder.encode(a.getArgument(0).toString(), StandardCharsets.UTF_8)));
        get();
        verify(resp).sendRedirect("/jira/login.jsp?os_destination="
                + "%2Fjira%2Fplugins%2Fservlet%2Fcustomer-groups%2Faudit%3Fissue%3DHELP-1");
        assertEquals("", body.toString());
    }

    @Test
    void usersWhoAreNotJiraAdministratorsGetTheForbiddenPage() throws IOException {
        signedIn("agent-key", false);
        String page = get();
        verify(resp).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertTrue(page.contains("Only Jira administrators can open this page."), page);
        assertFalse(page.contains("data-rest-base"), page);
        assertFalse(page.contains("cg-audit-filters"), page);
    }

    @Test
    void jiraAdministratorsGetThePageInTheAdministrationMenu() throws IOException {
        signedIn("admin-key", true);
        String page = get();
        verify(resp, never()).setStatus(anyInt());
        verify(resp).setHeader("Cache-Control", "no-store");
        assertTrue(page.contains("<title>Customer Groups audit trail</title>"), page);
        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.admin\"/>"), page);
        assertTrue(page.contains("<meta name=\"admin.active.section\" "
                + "content=\"admin_plugins_menu/customer-groups-admin-section\"/>"), page);
        assertTrue(page.contains("<meta name=\"admin.active.tab\" content=\"customer-groups-audit-link\"/>"), page);
        assertTrue(page.contains("requireResourcesForContext(customer-groups.audit)"), page);
        assertTrue(page.contains("data-rest-base=\"/jira/rest/customer-groups/1.0\""), page);
        // Filters, each with its label.
        for (String id : new String[]{"issue", "group", "user", "project", "action", "from", "to"}) {
            assertTrue(page.contains("<label for=\"cg-audit-" + id + "\">"), id);
            assertTrue(page.contains("id=\"cg-audit-" + id + "\""), id);
        }
        assertTrue(page.contains("type=\"date\" class=\"text short-field\" id=\"cg-audit-from\""), page);
        // Every action in the select, named from the bundle.
        assertTrue(page.contains("<option value=\"\">Any action</option>"), page);
        for (AuditAction action : AuditAction.values()) {
            assertTrue(page.contains("<option value=\"" + action.name() + "\">"), action.name());
        }
        assertTrue(page.contains(">Ticket shared</option>"), page);
        assertTrue(page.contains(">Member removed</option>"), page);
        assertFalse(page.contains(" selected"), page);
        // Results, export, retention.
        assertTrue(page.contains("id=\"cg-audit-body\""), page);
        assertTrue(page.contains("href=\"/jira/rest/customer-groups/1.0/audit/export\""), page);
        assertTrue(page.contains(">Export CSV</a>"), page);
        assertTrue(page.contains("id=\"cg-audit-retention-days\" min=\"0\" max=\"3650\""), page);
        assertTrue(page.contains("0 keeps entries forever (the default)."), page);
        assertNoLeftovers(page);
    }

    @Test
    void filtersInTheAddressArePreFilled() throws IOException {
        signedIn("admin-key", true);
        when(req.getParameter("issue")).thenReturn(" HELP-1 ");
        when(req.getParameter("group")).thenReturn("12");
        when(req.getParameter("action")).thenReturn("SHARE_ADDED");
        when(req.getParameter("from")).thenReturn("2025-03-01");
        when(req.getParameter("user")).thenReturn("x".repeat(AuditAdminServlet.MAX_FILTER + 1));
        String page = get();
        assertEquals("HELP-1", inputValue(page, "cg-audit-issue"));
        assertEquals("12", inputValue(page, "cg-audit-group"));
        assertEquals("2025-03-01", inputValue(page, "cg-audit-from"));
        assertEquals("", inputValue(page, "cg-audit-to"));
        assertEquals("", inputValue(page, "cg-audit-user"), "a value longer than any filter is dropped");
        assertTrue(page.contains("<option value=\"SHARE_ADDED\" selected>Ticket shared</option>"), page);
        assertEquals(1, page.split(" selected>", -1).length - 1, page);
    }

    @Test
    void hostileFiltersAndContextPathsAreEscaped() throws IOException {
        signedIn("admin-key", true);
        String hostile = "\"><script>alert(1)</script>";
        when(req.getParameter("issue")).thenReturn(hostile);
        when(req.getParameter("action")).thenReturn(hostile);
        when(req.getContextPath()).thenReturn("/j\"ira'><svg onload=alert(2)>");
        String page = get();
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<svg"), page);
        assertEquals("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;", inputValue(page, "cg-audit-issue"));
        assertTrue(page.contains("data-rest-base=\"/j&quot;ira&#39;&gt;&lt;svg onload=alert(2)&gt;/rest/customer-groups/1.0\""),
                page);
        assertFalse(page.contains(" selected"), page);
        Matcher attributes = Pattern.compile("\\s([a-z-]+)=\"([^\"]*)\"").matcher(page);
        while (attributes.find()) {
            assertFalse(attributes.group(2).contains("<") || attributes.group(2).contains(">"), attributes.group());
        }
        assertNoLeftovers(page);
    }

    /** The (escaped) value attribute of the input with this id. */
    private static String inputValue(String page, String id) {
        Matcher input = Pattern.compile("<input[^>]*\\sid=\"" + id + "\"[^>]*>").matcher(page);
        assertTrue(input.find(), () -> id + " in:\n" + page);
        Matcher value = Pattern.compile("\\svalue=\"([^\"]*)\"").matcher(input.group());
        assertTrue(value.find(), input.group());
        return value.group(1);
    }

    private static void assertNoLeftovers(String page) {
        assertFalse(page.contains("$html") || page.contains("$i18n") || page.contains("$filters")
                || page.contains("$action") || page.contains("$!") || page.contains("${"),
                () -> "unrendered reference in:\n" + page);
        assertFalse(page.contains("cg.ui."), () -> "an i18n key without a message in:\n" + page);
    }
}
