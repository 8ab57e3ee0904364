package org.customergroups.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.domain.ProjectRef;
import org.customergroups.port.Projects;
import org.customergroups.service.GroupAccess;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "Customer Groups" page of a project's settings
 * ({@code /plugins/servlet/customer-groups/project/<KEY>}, linked from the project settings
 * sidebar). The page is a shell: the catalog, dialogs and sidebar are drawn by
 * {@code js/customer-groups-project.js} from the REST API, which checks every call again.
 * <p>
 * Access is checked here first, before anything about the project is shown, hence
 * {@code @UnrestrictedAccess}: anonymous users go to Jira's login and come back; those who may
 * manage the project's catalog ({@link GroupAccess#canManageCatalog}: Jira administrators and
 * administrators of the project) get the page. Anyone else gets the 403 page,
 * also for a key that names no project, so that project keys cannot be probed; Jira
 * administrators get a 404 page for an unknown key.
 */
@UnrestrictedAccess
public class ProjectCustomerGroupsServlet extends HttpServlet {

    static final String TEMPLATE = "templates/customergroups/project-customer-groups.vm";
    static final String FORBIDDEN_TEMPLATE = "templates/customergroups/project-forbidden.vm";
    static final String NOT_FOUND_TEMPLATE = "templates/customergroups/project-not-found.vm";

    /** The {@code linkId} of the project settings web-item: Jira highlights the tab with it. */
    static final String TAB_LINK_ID = "customer-groups-project-tab";

    private final UserManager users;
    private final LoginUriProvider login;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final GroupAccess access;
    private final Projects projects;

    public ProjectCustomerGroupsServlet(UserManager users, LoginUriProvider login, TemplateRenderer renderer,
                                        I18nResolver i18n, GroupAccess access, Projects projects) {
        this.users = users;
        this.login = login;
        this.renderer = renderer;
        this.i18n = i18n;
        this.access = access;
        this.projects = projects;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<UserProfile> user = Pages.userOrLogin(users, login, req, resp);
        if (user.isEmpty()) {
            return;
        }
        String userKey = user.get().getUserKey().getStringValue();
        boolean jiraAdmin = access.isJiraAdmin(userKey);
        Optional<ProjectRef> project = projectKey(req.getPathInfo()).flatMap(projects::byKey);

        Map<String, Object> context = Pages.startHtml(resp, i18n);
        if (project.isEmpty() && jiraAdmin) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            renderer.render(NOT_FOUND_TEMPLATE, context, resp.getWriter());
            return;
        }
        if (project.isEmpty() || !access.canManageCatalog(userKey, project.get().id())) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            renderer.render(FORBIDDEN_TEMPLATE, context, resp.getWriter());
            return;
        }
        context.putAll(pageContext(project.get(), req.getContextPath(), jiraAdmin));
        renderer.render(TEMPLATE, context, resp.getWriter());
    }

    /** What the page template needs besides {@code $i18n} and {@code $html}. */
    static Map<String, Object> pageContext(ProjectRef project, String contextPath, boolean jiraAdmin) {
        Map<String, Object> context = new HashMap<>();
        context.put("project", project);
        context.put("restBase", Pages.restBase(contextPath));
        context.put("contextPath", contextPath);
        context.put("tabLinkId", TAB_LINK_ID);
        // Upgrading a reporter to a standard user is for Jira administrators only (the REST call checks it too).
        context.put("canUpgradeUsers", jiraAdmin);
        return context;
    }

    /** {@code "/HELP"} is HELP; nothing, {@code "/"} or {@code "/HELP/x"} is no key. */
    static Optional<String> projectKey(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.charAt(0) != '/') {
            return Optional.empty();
        }
        String key = pathInfo.substring(1);
        if (key.indexOf('/') >= 0 || key.isBlank() || key.length() > 255) {
            return Optional.empty();
        }
        return Optional.of(key);
    }

}
