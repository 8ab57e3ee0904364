package org.customergroups.sandbox.web;

import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.SandboxAuthenticator;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /login.jsp}, where Jira's login page lives: a form with Jira's field names
 * ({@code os_username}, {@code os_password}, {@code os_destination}). A successful POST starts a
 * fresh session and returns to {@code os_destination} when that is a local path, else home. A reporter
 * account (unlicensed) signing in without any {@code os_destination} lands on the reporter portal's My
 * requests when the plugin has one, as Jira sends customers to their portal: Jira's own pages are not theirs.
 */
public final class LoginServlet extends HttpServlet {

    static final String USERNAME = "os_username";
    static final String PASSWORD = "os_password";
    static final String DESTINATION = "os_destination";

    private final transient SandboxAuthenticator authenticator;
    private final transient PageRenderer pages;
    private final String reporterHome;

    public LoginServlet(SandboxAuthenticator authenticator, PageRenderer pages) {
        this(authenticator, pages, "");
    }

    /** {@code reporterHome}: where reporters go without a destination (empty: home, as everyone). */
    public LoginServlet(SandboxAuthenticator authenticator, PageRenderer pages, String reporterHome) {
        this.authenticator = authenticator;
        this.pages = pages;
        this.reporterHome = reporterHome == null ? "" : reporterHome;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        showForm(req, resp, HttpServletResponse.SC_OK, false);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        Optional<HostUser> user = authenticator.authenticate(req.getParameter(USERNAME), req.getParameter(PASSWORD));
        if (user.isEmpty()) {
            showForm(req, resp, HttpServletResponse.SC_UNAUTHORIZED, true);
            return;
        }
        HttpSession old = req.getSession(false);
        if (old != null) {
            old.invalidate(); // a new session id at login: no session fixation
        }
        req.getSession(true).setAttribute(AuthFilter.SESSION_USER, user.get().username());
        String requested = req.getParameter(DESTINATION);
        if ((requested == null || requested.isEmpty()) && !user.get().licensed() && !reporterHome.isEmpty()) {
            resp.sendRedirect(reporterHome);
            return;
        }
        resp.sendRedirect(SafeDestination.orElse(requested, req.getContextPath() + "/"));
    }

    private void showForm(HttpServletRequest req, HttpServletResponse resp, int status, boolean failed)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", failed);
        model.put("username", Optional.ofNullable(req.getParameter(USERNAME)).orElse(""));
        model.put("destination", SafeDestination.orElse(req.getParameter(DESTINATION), ""));
        pages.render(resp, status, "login.vm", model);
    }
}
