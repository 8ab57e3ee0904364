package org.customergroups.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.customergroups.domain.ProjectRef;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.Permissions;
import org.customergroups.port.Projects;
import org.customergroups.rest.BundleText;
import org.customergroups.service.CustomerAdmins;
import org.customergroups.service.GroupAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The project Customer Groups page: the permission check comes first (login redirect, 403, 404),
 * and the real templates, rendered by a real Velocity 1.7 engine with the real i18n bundle, escape
 * hostile project names and keys everywhere (text, attributes, meta tags, title).
 */
class ProjectCustomerGroupsServletTest {

    private static final String LEAD = "lead-key";
    private static final ProjectRef HELP = new ProjectRef(10_000L, "HELP", "Customer Support");

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final Permissions permissions = mock(Permissions.class);
    private final Projects projects = mock(Projects.class);
    private final HttpServletRequest req = mock(HttpServletRequest.class);
    private final HttpServletResponse resp = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();
    private final VelocityRenderer renderer = new VelocityRenderer();
    private ProjectCustomerGroupsServlet servlet;

    @BeforeEach
    void setUp() throws IOException {
        servlet = new ProjectCustomerGroupsServlet(users, login, renderer, new BundleText(),
                new GroupAccess(permissions, mock(CatalogStore.class),
                        mock(CustomerAdmins.class)), projects);
        when(req.getContextPath()).thenReturn("/jira");
        when(resp.getWriter()).thenReturn(new PrintWriter(body));
    }

    private void signedIn(String userKey) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(userKey));
        when(users.getRemoteUser(req)).thenReturn(profile);
    }

    private String get(String pathInfo) throws IOException {
        when(req.getPathInfo()).thenReturn(pathInfo);
        when(req.getRequestURI()).thenReturn("/jira/plugins/servlet/customer-groups/project" + pathInfo);
        servlet.doGet(req, resp);
        return body.toString();
    }

    @Test
    void anonymousIsSentToLoginBeforeAnyProjectIsLookedUp() throws IOException {
        when(req.getQueryString()).thenReturn("x=1");
        when(login.getLoginUri(any(URI.class))).thenAnswer(a -> URI.create("/jira/login.jsp?os_destination="
                + URLEncoder.encode(a.getArgument(0).toString(), StandardCharsets.UTF_8)));
        get("/HELP");
        verify(resp).sendRedirect("/jira/login.jsp?os_destination=%2Fjira%2Fplugins%2Fservlet%2Fcustomer-groups%2Fproject%2FHELP%3Fx%3D1");
        verifyNoInteractions(projects, permissions);
        assertEquals("", body.toString());
    }

    @Test
    void projectAdminGetsThePageWithTheAdminDecoratorAndTheDataForTheScript() throws IOException {
        signedIn(LEAD);
        when(projects.byKey("HELP")).thenReturn(Optional.of(HELP));
        when(permissions.isProjectAdmin(LEAD, HELP.id())).thenReturn(true);
        String page = get("/HELP");
        verify(resp, never()).setStatus(anyInt());
        assertTrue(page.contains("<meta name=\"decorator\" content=\"atl.admin\"/>"), page);
        assertTrue(page.contains("<meta name=\"admin.active.section\" content=\"atl.jira.proj.config\"/>"), page);
        assertTrue(page.contains("<meta name=\"admin.active.tab\" content=\"customer-groups-project-tab\"/>"), page);
        assertTrue(page.contains("<meta name=\"projectKey\" content=\"HELP\"/>"), page);
        assertTrue(page.contains("data-rest-base=\"/jira/rest/customer-groups/1.0\""), page);
        assertTrue(page.contains("data-project-key=\"HELP\""), page);
        assertTrue(page.contains("data-can-upgrade=\"false\""), page);
        assertTrue(page.contains("<title>Customer Groups - Customer Support</title>"), page);
        assertTrue(page.contains(">New customer group</button>"), page);
        assertTrue(page.contains("requireResourcesForContext(customer-groups.project)"), page);
        // The sharing setup box (filled by the script) and the sidebar's delete section.
        assertTrue(page.contains("id=\"cg-sharing-setup\" aria-labelledby=\"cg-sharing-setup-title\" data-state=\"loading\""), page);
        assertTrue(page.contains("<h2 class=\"cg-setup-title\" id=\"cg-sharing-setup-title\">Ticket sharing</h2>"), page);
        assertTrue(page.contains(">Delete customer group</button>"), page);
        // The sidebar's History tab: the group's audit trail, loaded by the script.
        assertTrue(page.contains("id=\"cg-tab-link-history\" data-tab=\"history\">History</a>"), page);
        assertTrue(page.contains("<div class=\"tabs-pane\" id=\"cg-tab-history\" role=\"tabpanel\" hidden>"), page);
        assertTrue(page.contains("id=\"cg-history-list\""), page);
        assertTrue(page.contains("use Remove in the catalog instead: tickets already shared with it stay shared."), page);
        assertNoVelocityLeftovers(page);
    }

    @Test
    void jiraAdminMayUpgradeReporters() throws IOException {
        signedIn("admin-key");
        when(permissions.isJiraAdmin("admin-key")).thenReturn(true);
        when(projects.byKey("HELP")).thenReturn(Optional.of(HELP));
        assertTrue(get("/HELP").contains("data-can-upgrade=\"true\""));
    }

    @Test
    void agentIsRefusedWith403AndThePageSaysNothingAboutTheProject() throws IOException {
        signedIn("agent-key");
        when(projects.byKey("HELP")).thenReturn(Optional.of(HELP));
        when(permissions.isAgent("agent-key", HELP.id())).thenReturn(true);
        String page = get("/HELP");
        verify(resp).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertTrue(page.contains("id=\"cg-project-forbidden\""), page);
        assertTrue(page.contains("Only administrators of this project and Jira administrators"), page);
        assertFalse(page.contains("Customer Support"), page);
        assertFalse(page.contains("data-rest-base"), page);
    }

    @Test
    void unknownProjectIs404ForJiraAdminsAnd403ForOthersSoKeysCannotBeProbed() throws IOException {
        when(projects.byKey(anyString())).thenReturn(Optional.empty());
        signedIn("admin-key");
        when(permissions.isJiraAdmin("admin-key")).thenReturn(true);
        assertTrue(get("/NOPE").contains("id=\"cg-project-not-found\""));
        verify(resp).setStatus(HttpServletResponse.SC_NOT_FOUND);

        HttpServletResponse other = mock(HttpServletResponse.class);
        StringWriter otherBody = new StringWriter();
        when(other.getWriter()).thenReturn(new PrintWriter(otherBody));
        signedIn(LEAD);
        servlet.doGet(req, other);
        verify(other).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertTrue(otherBody.toString().contains("id=\"cg-project-forbidden\""));
        verify(permissions, never()).isProjectAdmin(anyString(), anyLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/HELP/extra"})
    void aPathWithoutOneProjectKeyIsNoProject(String pathInfo) throws IOException {
        signedIn(LEAD);
        get(pathInfo);
        verify(resp).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verifyNoInteractions(projects);
    }

    @Test
    void projectKeyParsing() {
        assertEquals(Optional.of("HELP"), ProjectCustomerGroupsServlet.projectKey("/HELP"));
        assertEquals(Optional.empty(), ProjectCustomerGroupsServlet.projectKey(null));
        assertEquals(Optional.empty(), ProjectCustomerGroupsServlet.projectKey("/ "));
        assertEquals(Optional.empty(), ProjectCustomerGroupsServlet.projectKey("/A/B"));
    }

    @Test
    void hostileProjectNamesAndKeysAreEscapedEverywhere() throws IOException {
        String key = "K\"'><svg onload=alert(1)>&x";
        String name = "<script>alert(1)</script> \"Acme\" & 'Söhne' – 日本 <img src=x onerror=alert(2)>";
        signedIn("admin-key");
        when(permissions.isJiraAdmin("admin-key")).thenReturn(true);
        when(projects.byKey(key)).thenReturn(Optional.of(new ProjectRef(1L, key, name)));
        String page = get("/" + key);

        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("<svg"), page);
        assertFalse(page.contains("\"Acme\""), page);
        assertFalse(page.contains("'Söhne'"), page);
        String escapedKey = "K&quot;&#39;&gt;&lt;svg onload=alert(1)&gt;&amp;x";
        String escapedName = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;Acme&quot; &amp; &#39;Söhne&#39; – 日本 "
                + "&lt;img src=x onerror=alert(2)&gt;";
        assertTrue(page.contains("<meta name=\"projectKey\" content=\"" + escapedKey + "\"/>"), page);
        assertTrue(page.contains("data-project-key=\"" + escapedKey + "\""), page);
        assertTrue(page.contains("<title>Customer Groups - " + escapedName + "</title>"), page);
        assertTrue(page.contains("Project " + escapedName + " (" + escapedKey + ")"), page);
        // Every attribute value is closed by its own quote: no attribute was broken out of.
        Matcher attributes = Pattern.compile("\\sdata-[a-z-]+=\"([^\"]*)\"").matcher(page);
        int count = 0;
        while (attributes.find()) {
            assertFalse(attributes.group(1).contains("<"), attributes.group());
            count++;
        }
        // rest base, project key, can-upgrade, sharing setup (and its customer-admin step) and rule check states, four tabs
        assertEquals(10, count, page);
        assertNoVelocityLeftovers(page);
    }

    @Test
    void contextPathIsEscapedInTheRestBase() throws IOException {
        signedIn("admin-key");
        when(permissions.isJiraAdmin("admin-key")).thenReturn(true);
        when(projects.byKey("HELP")).thenReturn(Optional.of(HELP));
        when(req.getContextPath()).thenReturn("/j\"ira");
        assertTrue(get("/HELP").contains("data-rest-base=\"/j&quot;ira/rest/customer-groups/1.0\""));
    }

    @Test
    void everyTemplateOfThePageRendersWithoutUnresolvedReferences() throws IOException {
        for (String template : new String[]{ProjectCustomerGroupsServlet.FORBIDDEN_TEMPLATE,
                ProjectCustomerGroupsServlet.NOT_FOUND_TEMPLATE}) {
            StringWriter out = new StringWriter();
            renderer.render(template, Map.of("i18n", new BundleText(), "html", new Html()), out);
            assertNoVelocityLeftovers(out.toString());
            assertTrue(out.toString().contains("<meta name=\"decorator\""), out.toString());
        }
    }

    private static void assertNoVelocityLeftovers(String page) {
        assertFalse(page.contains("$html") || page.contains("$i18n") || page.contains("$project")
                || page.contains("$!") || page.contains("${"), () -> "unrendered reference in:\n" + page);
        assertFalse(page.contains("cg.page.") || page.contains("cg.setup.") || page.contains("cg.ui."),
                () -> "an i18n key without a message in:\n" + page);
    }

    /** The host's template renderer: Velocity 1.7 from the class path; $webResourceManager prints what it was asked for. */
    static final class VelocityRenderer implements TemplateRenderer {

        private final VelocityEngine engine = new VelocityEngine();

        VelocityRenderer() {
            Properties p = new Properties();
            p.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
            p.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
            p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
            p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
            p.setProperty(RuntimeConstants.VM_LIBRARY, "");
            p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
            engine.init(p);
        }

        @Override
        public void render(String templateName, Writer writer) {
            render(templateName, Map.of(), writer);
        }

        @Override
        public void render(String templateName, Map<String, Object> context, Writer writer) {
            VelocityContext velocity = new VelocityContext();
            velocity.put("webResourceManager", new WebResources());
            context.forEach(velocity::put);
            engine.mergeTemplate(templateName, "UTF-8", velocity, writer);
            try {
                writer.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String renderFragment(String fragment, Map<String, Object> context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean resolve(String templateName) {
            return engine.resourceExists(templateName);
        }
    }

    public static final class WebResources {
        public String requireResourcesForContext(String context) {
            return "requireResourcesForContext(" + context + ")";
        }
    }
}
