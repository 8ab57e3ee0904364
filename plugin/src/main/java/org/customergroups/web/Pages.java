package org.customergroups.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What every plugin page does the same way: send anonymous users to login, start an HTML answer. */
public final class Pages {

    /** The 403 page of the pages for Jira administrators only. */
    static final String ADMIN_FORBIDDEN_TEMPLATE = "templates/customergroups/forbidden.vm";

    private Pages() {
    }

    /** The plugin's REST base address under Jira's context path (templates pass it to the page scripts). */
    public static String restBase(String contextPath) {
        return contextPath + "/rest/customer-groups/1.0";
    }

    /**
     * The signed-in user; none for an anonymous one, who has then been sent to Jira's login (coming back to this
     * request), so the page has answered.
     */
    static Optional<UserProfile> userOrLogin(UserManager users, LoginUriProvider login, HttpServletRequest req,
                                             HttpServletResponse resp) throws IOException {
        UserProfile user = users.getRemoteUser(req);
        if (user == null) {
            redirectToLogin(login, req, resp);
        }
        return Optional.ofNullable(user);
    }

    /**
     * The start of a page for Jira administrators only: the template context of {@link #startHtml} for one; nothing
     * for anyone else, who has then had the answer (Jira's login for an anonymous user, else the 403 page).
     */
    static Optional<Map<String, Object>> startAdminPage(UserManager users, LoginUriProvider login,
                                                        TemplateRenderer renderer, I18nResolver i18n,
                                                        HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        Optional<UserProfile> user = userOrLogin(users, login, req, resp);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> context = startHtml(resp, i18n);
        if (!users.isAdmin(user.get().getUserKey())) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            renderer.render(ADMIN_FORBIDDEN_TEMPLATE, context, resp.getWriter());
            return Optional.empty();
        }
        return Optional.of(context);
    }

    /** Jira's login page, coming back to exactly this request afterwards. */
    static void redirectToLogin(LoginUriProvider login, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        URI back = returnUri(req.getContextPath(), req.getRequestURI(), req.getQueryString());
        resp.sendRedirect(login.getLoginUri(back).toASCIIString());
    }

    /**
     * The page asked for, path and query as sent. A container may accept characters a URI cannot hold unencoded
     * (a raw {@code |}): then the page without its query, else the context root, rather than a 500. A path that
     * would read as another host ({@code //evil.example/..} before the container normalises it) is the context
     * root too: the login page must only ever come back to this server.
     */
    static URI returnUri(String contextPath, String rawPath, String rawQuery) {
        URI root = URI.create((contextPath == null ? "" : contextPath) + "/");
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.startsWith("//")) {
            return root;
        }
        try {
            return URI.create(rawPath + (rawQuery == null ? "" : "?" + rawQuery));
        } catch (IllegalArgumentException withQuery) {
            try {
                return URI.create(rawPath);
            } catch (IllegalArgumentException withoutQuery) {
                return root;
            }
        }
    }

    /** Sets the HTML headers and returns the template context every page gets: {@code $i18n}, {@code $html}. */
    static Map<String, Object> startHtml(HttpServletResponse resp, I18nResolver i18n) {
        resp.setContentType("text/html;charset=UTF-8");
        // Pages show permission-dependent data: never let a shared cache keep them.
        resp.setHeader("Cache-Control", "no-store");
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        context.put("html", new Html());
        return context;
    }
}
