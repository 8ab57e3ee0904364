package org.customergroups.sandbox.web;

import org.customergroups.port.Permissions;
import org.customergroups.port.Projects;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostProject;
import org.customergroups.sandbox.host.HostProjects;
import org.customergroups.sandbox.host.HostUser;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /browse/*}, as in Jira: {@code /browse/HELP} is the project's tickets, {@code /browse/HELP-1}
 * an issue ({@link IssuePage}). Signed-in users only. The project page lists the tickets the user
 * may browse ({@code Permissions.canBrowseIssue}: a reporter account sees the tickets it reported
 * and those shared with its groups), each linked to its issue page.
 */
public final class ProjectServlet extends HttpServlet {

    private final transient HostProjects projects;
    private final transient Projects projectPort;
    private final transient Permissions permissions;
    private final transient SignIn signIn;
    private final transient PageRenderer pages;
    private final transient IssuePage issuePage;

    public ProjectServlet(HostProjects projects, Projects projectPort, Permissions permissions, SignIn signIn,
                          PageRenderer pages, IssuePage issuePage) {
        this.projects = projects;
        this.projectPort = projectPort;
        this.permissions = permissions;
        this.signIn = signIn;
        this.pages = pages;
        this.issuePage = issuePage;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<HostUser> user = signIn.userOrLogin(req, resp);
        if (user.isEmpty()) {
            return;
        }
        String key = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (IssuePage.isIssueKey(key)) {
            issuePage.show(resp, user.get(), key, req.getContextPath());
            return;
        }
        Optional<HostProject> project = projects.findProject(key);
        if (project.isEmpty()) {
            pages.render(resp, HttpServletResponse.SC_NOT_FOUND, "not-found.vm", Map.of());
            return;
        }
        List<HostIssue> issues = projects.issues(key).stream()
                .filter(i -> permissions.canBrowseIssue(user.get().username(), i.id()))
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
