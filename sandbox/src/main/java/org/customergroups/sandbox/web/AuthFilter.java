package org.customergroups.sandbox.web;

import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.SandboxAuthenticator;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Jira's authentication, sandbox-sized: HTTP Basic, else the session the login page made, else
 * anonymous (each plugin endpoint decides what anonymous may do). Wrong Basic credentials are
 * refused here with 401, as Jira does. The user is current for exactly this request.
 */
public final class AuthFilter implements Filter {

    /** Session attribute holding the signed-in username. */
    public static final String SESSION_USER = "sandbox.username";
    static final String REALM = "Basic realm=\"Customer Groups sandbox\"";

    private final SandboxAuthenticator authenticator;
    private final HostDirectory directory;
    private final CurrentUser currentUser;
    private final I18nResolver text;

    public AuthFilter(SandboxAuthenticator authenticator, HostDirectory directory, CurrentUser currentUser,
                      I18nResolver text) {
        this.authenticator = authenticator;
        this.directory = directory;
        this.currentUser = currentUser;
        this.text = text;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String authorization = req.getHeader("Authorization");
        HostUser user;
        if (BasicCredentials.isBasic(authorization)) {
            Optional<HostUser> checked = BasicCredentials.parse(authorization)
                    .flatMap(c -> authenticator.authenticate(c.username(), c.password()));
            if (checked.isEmpty()) {
                refuse(req, resp);
                return;
            }
            user = checked.get();
        } else {
            user = sessionUser(req);
        }
        try (CurrentUser.Scope ignored = currentUser.open(user)) {
            chain.doFilter(request, response);
        }
    }

    private HostUser sessionUser(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        // Looked up on every request, so a deleted user's session stops working at once.
        return username instanceof String name ? directory.findUser(name).orElse(null) : null;
    }

    private void refuse(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        resp.setHeader("WWW-Authenticate", REALM);
        String message = text.getText("sandbox.auth.failed");
        if (req.getRequestURI().startsWith(req.getContextPath() + "/rest/api/")) {
            // Jira's own REST API answers in Jira's error shape.
            resp.setContentType("application/json;charset=UTF-8");
            resp.getWriter().write("{\"errorMessages\":[" + JsStrings.quote(message) + "],\"errors\":{}}");
        } else if (req.getRequestURI().startsWith(req.getContextPath() + "/rest/")) {
            // Same shape as the plugin's REST errors, so clients parse one format.
            resp.setContentType("application/json;charset=UTF-8");
            resp.getWriter().write("{\"status\":401,\"message\":" + JsStrings.quote(message) + ",\"field\":null}");
        } else {
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().write(message);
        }
    }
}
