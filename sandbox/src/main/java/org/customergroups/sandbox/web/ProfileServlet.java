package org.customergroups.sandbox.web;

import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.jira.JiraObjects;
import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptor.WebPanelModule;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /secure/ViewProfile.jspa}, Jira's user profile ("My settings" in the sandbox's header): the
 * signed-in user's details and the plugin's web panels of the user-profile locations
 * ({@value #PROFILE_LOCATIONS}…, e.g. {@code webpanels.user.profile.summary.custom}), with Jira's
 * panel context {@code profileUser} and {@code currentUser} (Jira's {@code ApplicationUser}s) handed
 * to their context providers, and the plugin's web resources of context {@value #RESOURCE_CONTEXT}.
 * {@code ?name=} shows another user's profile, as in Jira (404 for an unknown user). Signed-in users
 * only (others go to the login page).
 */
public final class ProfileServlet extends HttpServlet {

    public static final String PATH = "/secure/ViewProfile.jspa";
    /** Jira's user-profile panel locations all start with this. */
    public static final String PROFILE_LOCATIONS = "webpanels.user.profile";
    /** Jira's web-resource context of the user profile page. */
    public static final String RESOURCE_CONTEXT = "atl.userprofile";

    private final transient HostDirectory directory;
    private final transient SignIn signIn;
    private final transient JiraObjects jira;
    private final transient PageRenderer pages;
    private final transient WebPanels panels;

    public ProfileServlet(HostDirectory directory, SignIn signIn, JiraObjects jira, PageRenderer pages,
                          WebPanels panels) {
        this.directory = directory;
        this.signIn = signIn;
        this.jira = jira;
        this.pages = pages;
        this.panels = panels;
    }

    /** The plugin's panels of the user-profile locations, by weight as Jira orders them. */
    public static List<WebPanelModule> profilePanels(PluginDescriptor plugin) {
        return plugin.webPanels().stream()
                .filter(p -> p.location().startsWith(PROFILE_LOCATIONS))
                .sorted(Comparator.comparingInt(WebPanelModule::weight))
                .toList();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<HostUser> me = signIn.userOrLogin(req, resp);
        if (me.isEmpty()) {
            return;
        }
        String name = req.getParameter("name");
        Optional<HostUser> profile = name == null || name.isBlank() ? me
                : directory.findUser(name.strip().toLowerCase(Locale.ROOT));
        if (profile.isEmpty()) {
            pages.render(resp, HttpServletResponse.SC_NOT_FOUND, "not-found.vm", Map.of());
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("profileUser", jira.user(profile.get().username()));
        context.put("currentUser", jira.user(me.get().username()));
        Map<String, Object> model = new HashMap<>();
        model.put("profile", profile.get());
        model.put("ownProfile", profile.get().username().equals(me.get().username()));
        model.put("panels", panels.render(context));
        model.put("resourceContext", RESOURCE_CONTEXT);
        pages.render(resp, HttpServletResponse.SC_OK, "profile.vm", model);
    }
}
