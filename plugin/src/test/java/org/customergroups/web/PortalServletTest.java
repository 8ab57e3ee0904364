package org.customergroups.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.customergroups.domain.AccountType;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestForm;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.customergroups.domain.UserSummary;
import org.customergroups.rest.BundleText;
import org.customergroups.service.FormService;
import org.customergroups.service.FormView;
import org.customergroups.service.PortalFilter;
import org.customergroups.service.PortalRequestView;
import org.customergroups.service.PortalService;
import org.customergroups.service.ServiceFixture;
import org.customergroups.service.fakes.DemoHelpdesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The reporter portal's pages: anonymous callers go to login and come back, the services' answers become pages
 * (404 page for what the caller may not see, the refusal of a restricted project), the filter and paging of
 * My requests, the form's building block, and every text a reporter or admin typed rendered escaped. The real
 * templates, rendered by a real Velocity 1.7 engine (strict references) with the real i18n bundle; the use
 * cases are stubbed (their own tests cover them).
 */
class PortalServletTest {

    private static final String ALICE = "alice-key";
    private static final String XSS = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&";
    private static final String XSS_ESCAPED =
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;";
    private static final ProjectRef HELP = new ProjectRef(10_000L, "HELP", "Customer Support");
    private static final Instant T = Instant.parse("2025-03-04T05:06:07Z");

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final PortalService portal = mock(PortalService.class);
    private final FormService forms = mock(FormService.class);
    private final HttpServletRequest req = mock(HttpServletRequest.class);
    private final HttpServletResponse resp = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private PortalServlet servlet;

    @BeforeEach
    void setUp() throws IOException {
        servlet = new PortalServlet(users, login, new ProjectCustomerGroupsServletTest.VelocityRenderer(),
                new BundleText(), portal, forms);
        when(req.getContextPath()).thenReturn("/jira");
        when(resp.getWriter()).thenReturn(new PrintWriter(body));
    }

    private void signedIn(String userKey) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(userKey));
        when(users.getRemoteUser(req)).thenReturn(profile);
    }

    private String get(String pathInfo, Map<String, String> params) throws IOException {
        when(req.getPathInfo()).thenReturn(pathInfo);
        when(req.getRequestURI()).thenReturn("/jira/plugins/servlet/customer-groups/portal" + pathInfo);
        params.forEach((k, v) -> when(req.getParameter(k)).thenReturn(v));
        servlet.doGet(req, resp);
        return body.toString();
    }

    private static CustomerGroup group(long id, String name) {
        return new CustomerGroup(id, name, GroupKind.STATIC, "", GroupSettings.defaults(), "admin", T);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/requests", "/requests/HELP-1", "/form/HELP", "/settings"})
    void anonymousCallersGoToLoginAndComeBackToTheSamePage(String path) throws IOException {
        when(req.getQueryString()).thenReturn("embed=1");
        when(login.getLoginUri(any(URI.class))).thenAnswer(a -> URI.create("/jira/login.jsp?os_destination="
                + URLEncoder.encode(a.getArgument(0).toString(), StandardCharsets.UTF_8)));
        get(path, Map.of());
        verify(resp).sendRedirect("/jira/login.jsp?os_destination="
                + URLEncoder.encode("/jira/plugins/servlet/customer-groups/portal" + path + "?embed=1",
                StandardCharsets.UTF_8));
        verifyNoInteractions(portal, forms);
        assertEquals("", body.toString());
    }

    @Test
    void myRequestsListsRowsEscapedWithTheFilterAndPaging() throws IOException {
        signedIn(ALICE);
        when(portal.myGroups(ALICE)).thenReturn(List.of(group(7, "Acme " + XSS), group(8, "Globex")));
        IssueRef issue = new IssueRef(1L, "HELP-1", HELP.id(), "HELP", ALICE, "alice");
        when(portal.myRequests(eq(ALICE), any(), any())).thenReturn(new Page<>(25, 25, 60,
                List.of(new RequestRow(issue, "Printer " + XSS, "In " + XSS, false, T))));
        String page = get("/requests", Map.of("show", "GROUP:7", "state", "open", "start", "25"));

        verify(portal).myRequests(ALICE, new PortalFilter(PortalFilter.Scope.GROUP, 7L, RequestState.OPEN),
                new PageRequest(25, PortalServlet.REQUESTS_PER_PAGE));
        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.general\"/>"), page);
        assertTrue(page.contains("requireResourcesForContext(customer-groups.portal)"), page);
        assertTrue(page.contains("<a class=\"cg-portal-summary\" href=\"/jira/plugins/servlet/customer-groups/portal/"
                + "requests/HELP-1\">Printer " + XSS_ESCAPED + "</a>"), page);
        assertTrue(page.contains(">In " + XSS_ESCAPED + "</span>"), page);
        assertTrue(page.contains("<time datetime=\"2025-03-04T05:06:07Z\">2025-03-04 05:06 UTC</time>"), page);
        assertTrue(page.contains("<option value=\"GROUP:7\" selected>Shared with Acme " + XSS_ESCAPED + "</option>"),
                page);
        assertTrue(page.contains("<option value=\"GROUP:8\">Shared with Globex</option>"), page);
        assertTrue(page.contains("<option value=\"OPEN\" selected>Open</option>"), page);
        assertTrue(page.contains(">26 to 26 of 60</span>"), page);
        assertTrue(page.contains("id=\"cg-portal-previous\" href=\"/jira/plugins/servlet/customer-groups/portal/"
                + "requests?scope=GROUP&amp;state=OPEN&amp;group=7&amp;start=0\""), page);
        assertTrue(page.contains("id=\"cg-portal-next\" href=\"/jira/plugins/servlet/customer-groups/portal/"
                + "requests?scope=GROUP&amp;state=OPEN&amp;group=7&amp;start=26\""), page);
        assertSafe(page);
    }

    @Test
    void anEditedAddressFallsBackToTheDefaultFilterInsteadOfFailing() throws IOException {
        signedIn(ALICE);
        when(portal.myGroups(ALICE)).thenReturn(List.of(group(7, "Acme")));
        when(portal.myRequests(eq(ALICE), any(), any())).thenReturn(new Page<>(0, 25, 0, List.of()));
        String page = get("/requests", Map.of("show", "GROUP:99", "state", "nonsense", "start", "-5"));
        verify(portal).myRequests(ALICE, new PortalFilter(PortalFilter.Scope.ALL, null, RequestState.ANY),
                new PageRequest(0, PortalServlet.REQUESTS_PER_PAGE));
        assertTrue(page.contains("id=\"cg-portal-requests-empty\">No requests match this filter.</p>"), page);
        assertFalse(page.contains("cg-portal-paging"), page);
        assertSafe(page);
    }

    @Test
    void theRequestPageShowsContentAndPublicCommentsEscapedWithACommentBox() throws IOException {
        signedIn(ALICE);
        IssueRef issue = new IssueRef(1L, "HELP-1", HELP.id(), "HELP", ALICE, "alice");
        RequestContent content = new RequestContent(issue, "Sum " + XSS, "Line one\n" + XSS, "Done", true, T, T,
                List.of(new RequestContent.Attachment(5L, "log " + XSS + ".txt", 2048, T)));
        when(portal.request(ALICE, "HELP-1", new PageRequest(0, PortalServlet.COMMENTS_PER_PAGE)))
                .thenReturn(new PortalRequestView(content,
                        new UserSummary(ALICE, "alice", "Alice " + XSS, "a@example.com", AccountType.REPORTER),
                        List.of("Acme " + XSS), new Page<>(0, 50, 1,
                        List.of(new PublicComment(31L, "bob-key", "Bob " + XSS, "Hi " + XSS, T)))));
        String page = get("/requests/HELP-1", Map.of());

        assertTrue(page.contains("<title>HELP-1: Sum " + XSS_ESCAPED + "</title>"), page);
        assertTrue(page.contains("id=\"cg-portal-request-description\">Line one\n" + XSS_ESCAPED + "</div>"), page);
        assertTrue(page.contains("id=\"cg-portal-request-reporter\">Alice " + XSS_ESCAPED + "</dd>"), page);
        assertTrue(page.contains("<li>Acme " + XSS_ESCAPED + "</li>"), page);
        assertTrue(page.contains("<span class=\"cg-portal-filename\">log " + XSS_ESCAPED + ".txt</span>"), page);
        assertTrue(page.contains("2.0 kB, added 2025-03-04 05:06 UTC"), page);
        assertTrue(page.contains("<li class=\"cg-portal-comment\" id=\"cg-comment-31\">"), page);
        assertTrue(page.contains("cg-portal-comment-author\">Bob " + XSS_ESCAPED + "</span>"), page);
        assertTrue(page.contains("cg-portal-comment-body\">Hi " + XSS_ESCAPED + "</div>"), page);
        assertTrue(page.contains("aui-lozenge aui-lozenge-success\" id=\"cg-portal-request-status\">Done</span>"), page);
        assertTrue(page.contains("data-issue-key=\"HELP-1\""), page);
        assertTrue(page.contains("data-request-url=\"/jira/plugins/servlet/customer-groups/portal/requests/HELP-1\""),
                page);
        assertTrue(page.contains("data-comments-total=\"1\""), page);
        assertTrue(page.contains("id=\"cg-portal-comment-form\""), page);
        assertTrue(page.contains("<label for=\"cg-portal-comment-body\">Add a comment</label>"), page);
        assertSafe(page);
        verify(resp).setHeader("X-Frame-Options", "SAMEORIGIN");
        verify(resp).setHeader("Content-Security-Policy", "frame-ancestors 'self'");
    }

    @Test
    void aRequestTheCallerMayNotSeeGetsTheSame404PageAsAnUnknownOne() throws IOException {
        signedIn(ALICE);
        // PortalAccess throws this one 404 for both (its tests prove it); the page adds nothing that differs.
        when(portal.request(eq(ALICE), anyString(), any())).thenAnswer(a -> {
            throw DomainException.notFound("cg.error.portal.request.not.found", (String) a.getArgument(1));
        });
        String hidden = get("/requests/HELP-2", Map.of());
        assertTrue(hidden.contains("id=\"cg-portal-message-body\">There is no request with key HELP-2 that you can "
                + "see.</p>"), hidden);
        assertSafe(hidden);
        body.getBuffer().setLength(0);
        String unknown = get("/requests/HELP-999", Map.of());
        assertEquals(hidden.replace("HELP-2", "HELP-999"), unknown);
        verify(resp, times(2)).setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    void aServiceThatFindsTheCallerAnonymousSendsToLogin() throws IOException {
        signedIn(ALICE);
        when(login.getLoginUri(any(URI.class))).thenReturn(URI.create("/jira/login.jsp"));
        when(portal.myGroups(ALICE)).thenThrow(DomainException.notAuthenticated());
        get("/requests", Map.of());
        verify(resp).sendRedirect("/jira/login.jsp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing", "/requests/A/B", "/form/", "/form/HELP/x", "/settings/x"})
    void unknownPortalAddressesAre404(String path) throws IOException {
        signedIn(ALICE);
        String page = get(path, Map.of());
        verify(resp).setStatus(HttpServletResponse.SC_NOT_FOUND);
        assertTrue(page.contains("<h1>Not found</h1>"), page);
        verifyNoInteractions(portal, forms);
    }

    private FormView formView(GroupBlock block, boolean canSubmit, List<CustomerGroup> options) {
        RequestForm form = new RequestForm(HELP.id(), true, "Title " + XSS, "Intro " + XSS + "\n\nSecond", true, block,
                "lead", T);
        return new FormView(HELP, form, options, canSubmit, canSubmit ? null : "cg.ui.portal.notfound.body");
    }

    @Test
    void theFormOffersTheReportersGroupsAsRadiosWithANoChoiceWhenOptional() throws IOException {
        signedIn(ALICE);
        when(forms.view(ALICE, "HELP")).thenReturn(formView(new GroupBlock(true, "Team " + XSS, "Help " + XSS, false,
                false), true, List.of(group(7, "Acme " + XSS), group(8, "Globex"))));
        String page = get("/form/HELP", Map.of());

        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.general\"/>"), page);
        assertTrue(page.contains("id=\"cg-portal-nav-requests\""), page);
        assertTrue(page.contains("<h1 id=\"cg-portal-form-title\">Title " + XSS_ESCAPED + "</h1>"), page);
        assertTrue(page.contains("<p class=\"cg-portal-intro\">Intro " + XSS_ESCAPED + "</p>"), page);
        assertTrue(page.contains("<p class=\"cg-portal-intro\">Second</p>"), page);
        assertTrue(page.contains("data-project-key=\"HELP\""), page);
        assertTrue(page.contains("data-embed=\"false\""), page);
        assertTrue(page.contains("id=\"cg-form-summary\" name=\"summary\""), page);
        assertTrue(page.contains("id=\"cg-form-description\" name=\"description\""), page);
        assertTrue(page.contains("<legend><span>Team " + XSS_ESCAPED + "</span></legend>"), page);
        assertTrue(page.contains("id=\"cg-form-groups-help\">Help " + XSS_ESCAPED + "</div>"), page);
        assertTrue(page.contains("type=\"radio\" class=\"radio\" name=\"groupIds\" id=\"cg-form-group-none\" value=\"\" "
                + "checked>"), page);
        assertTrue(page.contains("<input type=\"radio\" class=\"radio cg-form-group\"\n"
                + "               name=\"groupIds\" id=\"cg-form-group-7\" value=\"7\">"), page);
        assertTrue(page.contains("<label for=\"cg-form-group-7\">Acme " + XSS_ESCAPED + "</label>"), page);
        assertFalse(page.contains("cg-portal-form-refused"), page);
        assertSafe(page);
    }

    @Test
    void aRequiredMultipleBlockIsCheckboxesWithoutNoChoiceAndTheDefaultLabel() throws IOException {
        signedIn(ALICE);
        when(forms.view(ALICE, "HELP")).thenReturn(formView(new GroupBlock(true, "", "", true, true), true,
                List.of(group(7, "Acme"))));
        String page = get("/form/HELP", Map.of("embed", "1"));

        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.popup\"/>"), page);
        assertTrue(page.contains("data-embed=\"true\""), page);
        assertFalse(page.contains("cg-portal-nav-requests"), page);
        assertTrue(page.contains("<legend><span>Share with my customer group<span class=\"aui-icon icon-required\">"),
                page);
        assertTrue(page.contains("type=\"checkbox\" class=\"checkbox cg-form-group\""), page);
        assertFalse(page.contains("cg-form-group-none"), page);
        assertTrue(page.contains("target=\"_blank\" rel=\"noopener\""), page);
        assertSafe(page);
        // The one page meant for other sites' frames (Jira's own frame protection still applies to it).
        verify(resp, never()).setHeader(eq("X-Frame-Options"), anyString());
        verify(resp, never()).setHeader(eq("Content-Security-Policy"), anyString());
    }

    @Test
    void aReporterOutsideTheAuthorizedGroupsSeesTheRefusalAndNoForm() throws IOException {
        signedIn(ALICE);
        when(forms.view(ALICE, "HELP")).thenReturn(formView(GroupBlock.off(), false, List.of()));
        String page = get("/form/HELP", Map.of());
        assertTrue(page.contains("id=\"cg-portal-form-refused\""), page);
        assertTrue(page.contains("There is no such page in the portal."), page);
        assertFalse(page.contains("id=\"cg-portal-form\""), page);
        assertSafe(page);
    }

    @Test
    void aFormWithoutBlockOrDescriptionHasOnlyTheSummaryAndTheProjectNameAsTitle() throws IOException {
        signedIn(ALICE);
        RequestForm form = new RequestForm(HELP.id(), true, "", "", false, GroupBlock.off(), null, null);
        when(forms.view(ALICE, "HELP")).thenReturn(new FormView(HELP, form, List.of(), true, null));
        String page = get("/form/HELP", Map.of());
        assertTrue(page.contains("<h1 id=\"cg-portal-form-title\">Customer Support</h1>"), page);
        assertTrue(page.contains("id=\"cg-form-summary\""), page);
        assertFalse(page.contains("cg-form-description"), page);
        assertFalse(page.contains("cg-form-groups"), page);
        assertSafe(page);
        verify(resp).setHeader("X-Frame-Options", "SAMEORIGIN");
    }

    @Test
    void aDisabledOrUnknownFormIsThe404Page() throws IOException {
        signedIn(ALICE);
        when(forms.view(ALICE, "NOPE")).thenThrow(DomainException.notFound("cg.ui.portal.notfound.body"));
        String page = get("/form/NOPE", Map.of("embed", "1"));
        verify(resp).setStatus(HttpServletResponse.SC_NOT_FOUND);
        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.popup\"/>"), page);
        verify(portal, never()).myGroups(anyString());
        assertSafe(page);
    }

    /**
     * Over the real services and stores: HELP never saved its form, so for a reporter its form page is the page of
     * a project that does not exist, byte for byte but the key, standalone and embedded; its lead is told that the
     * form is off; once the lead turns it on, the reporter gets the form.
     */
    @Test
    void aFormThatIsOffReadsExactlyAsAnUnknownProject() throws IOException {
        try (ServiceFixture f = new ServiceFixture()) {
            servlet = new PortalServlet(users, login, new ProjectCustomerGroupsServletTest.VelocityRenderer(),
                    new BundleText(), f.portal, f.forms);
            signedIn(DemoHelpdesk.ALICE);
            for (Map<String, String> params : List.of(Map.of("embed", "0"), Map.of("embed", "1"))) {
                String unknown = fresh("/form/NOPE", params);
                String hidden = fresh("/form/HELP", params);
                assertTrue(unknown.contains("There is no project with key NOPE."), unknown);
                assertEquals(unknown.replace("NOPE", "HELP"), hidden);
                assertFalse(hidden.contains("Helpdesk"), "the project's name does not leak");
            }
            verify(resp, times(4)).setStatus(HttpServletResponse.SC_NOT_FOUND);

            signedIn(DemoHelpdesk.LEAD);
            assertTrue(fresh("/form/HELP", Map.of("embed", "0")).contains("The request form of project HELP is off."));
            f.forms.save(DemoHelpdesk.LEAD, "HELP", new RequestForm(0, true, "", "", true, GroupBlock.off(), null,
                    null));
            signedIn(DemoHelpdesk.ALICE);
            String form = fresh("/form/HELP", Map.of("embed", "0"));
            assertTrue(form.contains("<h1 id=\"cg-portal-form-title\">Helpdesk</h1>"), form);
            verify(resp, times(5)).setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * My settings is the profile panel's own fragment (the same markup, byte for byte, so the same script wires it)
     * inside the portal: both sections, the profile's web-resource by its portal context, the navigation marking
     * the page, and the framing headers of every non-embedded portal page. No use case is called: the script
     * reads /me/subscriptions and /me/email-verification, which act on the caller only.
     */
    @Test
    void mySettingsShowsTheProfilePanelsFragmentInThePortal() throws IOException {
        signedIn(ALICE);
        String page = get("/settings", Map.of());

        assertTrue(page.contains("<title>My settings</title>"), page);
        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.general\"/>"), page);
        assertTrue(page.contains("requireResourcesForContext(customer-groups.portal)"), page);
        assertTrue(page.contains("requireResourcesForContext(customer-groups.portal.settings)"), page);
        assertTrue(page.contains("<h1>My settings</h1>"), page);
        assertTrue(page.contains("id=\"cg-portal-nav-settings\" aria-current=\"page\">My settings</a>"), page);
        assertTrue(page.contains("id=\"cg-portal-nav-requests\">My requests</a>"), page);
        assertTrue(page.contains("<section class=\"cg-profile\" id=\"cg-profile-subscriptions\" "
                + "data-rest-base=\"/jira/rest/customer-groups/1.0\""), page);
        assertTrue(page.contains("id=\"cg-verify-email\" data-rest-base=\"/jira/rest/customer-groups/1.0\""), page);
        assertTrue(page.contains(">Verify my e-mail address</button>"), page);

        Map<String, Object> panel = new java.util.HashMap<>(Map.of("i18n", new BundleText(), "html", new Html(),
                "restBase", "/jira/rest/customer-groups/1.0", "ownProfile", Boolean.TRUE));
        StringWriter fragment = new StringWriter();
        new ProjectCustomerGroupsServletTest.VelocityRenderer().render(
                "templates/customergroups/profile-subscriptions.vm", panel, fragment);
        assertTrue(fragment.toString().contains("id=\"cg-profile-enabled\""), fragment.toString());
        assertTrue(page.contains(fragment.toString()), page);

        assertSafe(page);
        verify(resp).setHeader("X-Frame-Options", "SAMEORIGIN");
        verify(resp).setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        verify(resp, never()).setStatus(anyInt());
        verifyNoInteractions(portal, forms);

        // Every other portal page links to it, unmarked.
        String other = fresh("/nothing", Map.of());
        assertTrue(other.contains("<a href=\"/jira/plugins/servlet/customer-groups/portal/settings\" "
                + "id=\"cg-portal-nav-settings\">My settings</a>"), other);
    }

    @Test
    void mySettingsEscapesTheAddressesItPrints() throws IOException {
        signedIn(ALICE);
        when(req.getContextPath()).thenReturn("/j" + XSS);
        String page = get("/settings", Map.of());
        assertTrue(page.contains("data-rest-base=\"/j" + XSS_ESCAPED + "/rest/customer-groups/1.0\""), page);
        assertTrue(page.contains("<a href=\"/j" + XSS_ESCAPED + "/plugins/servlet/customer-groups/portal/settings\""),
                page);
        assertSafe(page);
    }

    /** One page on its own (the body is emptied first). */
    private String fresh(String pathInfo, Map<String, String> params) throws IOException {
        body.getBuffer().setLength(0);
        return get(pathInfo, params);
    }

    @Test
    void routesAndHelpers() {
        assertEquals(new PortalServlet.Route(PortalServlet.Route.Kind.REQUESTS, null), PortalServlet.Route.of(null));
        assertEquals(new PortalServlet.Route(PortalServlet.Route.Kind.REQUESTS, null), PortalServlet.Route.of("/"));
        assertEquals(new PortalServlet.Route(PortalServlet.Route.Kind.REQUEST, "HELP-1"),
                PortalServlet.Route.of("/requests/HELP-1"));
        assertEquals(new PortalServlet.Route(PortalServlet.Route.Kind.FORM, "HELP"), PortalServlet.Route.of("/form/HELP"));
        assertEquals(new PortalServlet.Route(PortalServlet.Route.Kind.SETTINGS, null), PortalServlet.Route.of("/settings"));
        assertEquals(new PortalServlet.Route(PortalServlet.Route.Kind.SETTINGS, null), PortalServlet.Route.of("/settings/"));
        assertEquals(List.of("a\nb", "c"), PortalServlet.paragraphs("  a\nb\n \n\nc\n"));
        assertEquals("512 B", PortalServlet.size(512));
        assertEquals("1.5 MB", PortalServlet.size(1024 * 1536));
        assertEquals(0, PortalServlet.nonNegative("x"));
        assertEquals(3, PortalServlet.nonNegative(" 3 "));
    }

    /** No raw markup from the data, no unrendered reference, no i18n key without a message. */
    private static void assertSafe(String page) {
        assertFalse(page.contains("<script>") || page.contains("<img"), page);
        assertFalse(page.contains("$html") || page.contains("$i18n") || page.contains("$!") || page.contains("${"),
                () -> "unrendered reference in:\n" + page);
        assertFalse(page.contains("cg.ui."), () -> "an i18n key without a message in:\n" + page);
    }
}
