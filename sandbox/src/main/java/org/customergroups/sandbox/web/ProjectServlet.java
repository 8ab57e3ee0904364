package org.customergroups.sandbox.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import org.customergroups.port.Permissions;
import org.customergroups.port.Projects;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostProject;
import org.customergroups.sandbox.host.HostProjects;
import org.customergroups.sandbox.host.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /browse/KEY}: the project's tickets, where Jira shows a project. Signed-in users only;
 * reporter accounts (unlicensed) see just the tickets they reported, as Jira would show them.
 */
public final class ProjectServlet extends HttpServlet {

    private final transient HostProjects projects;
    private final transient Projects projectPort;
    private final transient Permissions permissions;
    private final transient CurrentUser currentUser;
    private final transient LoginUriProvider login;
    private final transient PageRenderer pages;

    public ProjectServlet(HostProjects projects, Projects projectPort, Permissions permissions, CurrentUser currentUser,
                          LoginUriProvider login, PageRenderer pages) {
        this.projects = projects;
        this.projectPort = projectPort;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.login = login;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<HostUser> user = currentUser.get();
        if (user.isEmpty()) {
            resp.sendRedirect(login.getLoginUri(URI.create(req.getRequestURI())).toASCIIString());
            return;
        }
        String key = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<HostProject> project = projects.findProject(key);
        if (project.isEmpty()) {
            pages.render(resp, HttpServletResponse.SC_NOT_FOUND, "not-found.vm", Map.of());
            return;
        }
        List<HostIssue> issues = projects.issues(key).stream()
                .filter(i -> user.get().licensed() || i.reporter().equals(user.get().username()))
                .toList();
        // Where Jira shows "Project settings": only to those who may administer the project.
        boolean administers = projectPort.byKey(key)
                .map(p -> permissions.isProjectAdmin(user.get().username(), p.id()))
                .orElse(false);
        pages.render(resp, HttpServletResponse.SC_OK, "project.vm", Map.of("project", project.get(), "issues", issues,
                "settingsUrl", administers ? customerGroupsUrl(req.getContextPath(), key) : ""));
    }

    /** The plugin's Customer Groups page of a project (the servlet module mounted under /plugins/servlet). */
    public static String customerGroupsUrl(String contextPath, String projectKey) {
        return contextPath + "/plugins/servlet/customer-groups/project/"
                + URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
