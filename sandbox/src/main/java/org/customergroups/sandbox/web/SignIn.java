package org.customergroups.sandbox.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.sandbox.host.HostUser;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The sign-in check of the sandbox's own pages for signed-in users: the request's user, or a
 * redirect to the login page that comes back to the page asked for, path and query (as Jira's
 * {@code os_destination}).
 */
public final class SignIn {

    private final CurrentUser currentUser;
    private final LoginUriProvider login;

    public SignIn(CurrentUser currentUser, LoginUriProvider login) {
        this.currentUser = currentUser;
        this.login = login;
    }

    /** The signed-in user; empty once an anonymous request has been sent to the login page. */
    public Optional<HostUser> userOrLogin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<HostUser> user = currentUser.get();
        if (user.isEmpty()) {
            resp.sendRedirect(login.getLoginUri(returnUri(req.getContextPath(), req.getRequestURI(),
                    req.getQueryString())).toASCIIString());
        }
        return user;
    }

    /**
     * The request's path and query as sent. Jetty accepts characters a URI may not hold unencoded
     * (a raw {@code |} sent by a script): then the page without its query, else the home page, rather
     * than failing the redirect.
     */
    static URI returnUri(String contextPath, String rawPath, String rawQuery) {
        try {
            return URI.create(rawPath + (rawQuery == null ? "" : "?" + rawQuery));
        } catch (IllegalArgumentException withQuery) {
            try {
                return URI.create(rawPath);
            } catch (IllegalArgumentException withoutQuery) {
                return URI.create(contextPath + "/");
            }
        }
    }
}
