package org.customergroups.sandbox.web;

import org.customergroups.port.Permissions;
import org.customergroups.port.Projects;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostProject;
import org.customergroups.sandbox.host.HostProjects;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.RoleAssignment;
import org.customergroups.sandbox.plugin.PluginDescriptor;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The sandbox home page ({@code /jira/}): who is signed in, the demo users and projects, the plugin's pages. */
public final class HomeServlet extends HttpServlet {

    /** A demo user with what they may do: Velocity reads the record accessors. */
    public record UserRow(HostUser user, List<RoleAssignment> roles, List<String> groups) {
    }

    /** A demo project with its number of tickets; {@code settingsUrl} is empty unless the current user administers it. */
    public record ProjectRow(HostProject project, int tickets, String settingsUrl) {
    }

    private final transient HostDirectory directory;
    private final transient HostProjects projects;
    private final transient Projects projectPort;
    private final transient Permissions permissions;
    private final transient CurrentUser currentUser;
    private final transient PluginDescriptor plugin;
    private final transient PageRenderer pages;

    public HomeServlet(HostDirectory directory, HostProjects projects, Projects projectPort, Permissions permissions,
                       CurrentUser currentUser, PluginDescriptor plugin, PageRenderer pages) {
        this.directory = directory;
        this.projects = projects;
        this.projectPort = projectPort;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.plugin = plugin;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<UserRow> users = directory.users().stream()
                .map(u -> new UserRow(u, projects.rolesOf(u.username()), directory.groupsOf(u.username())))
                .toList();
        String me = currentUser.get().map(HostUser::username).orElse(null);
        List<ProjectRow> projectRows = projects.projects().stream()
                .map(p -> new ProjectRow(p, projects.countIssues(p.key()), me != null && projectPort.byKey(p.key())
                        .map(ref -> permissions.isProjectAdmin(me, ref.id())).orElse(false)
                        ? ProjectServlet.customerGroupsUrl(req.getContextPath(), p.key()) : ""))
                .toList();
        String restBase = req.getContextPath() + plugin.restModules().get(0).mountPath();
        pages.render(resp, HttpServletResponse.SC_OK, "home.vm", Map.of(
                "users", users,
                "projects", projectRows,
                "pluginName", plugin.key(),
                "pluginVersion", plugin.version(),
                "servlets", plugin.servlets(),
                "healthUrl", restBase + "/health"));
    }
}
