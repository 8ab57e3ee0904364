package org.customergroups.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** What every plugin page does the same way: send anonymous users to login, start an HTML answer. */
public final class Pages {

    private Pages() {
    }

    /** The plugin's REST base address under Jira's context path (templates pass it to the page scripts). */
    public static String restBase(String contextPath) {
        return contextPath + "/rest/customer-groups/1.0";
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
