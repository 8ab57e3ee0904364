package org.customergroups.sandbox.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.web.Html;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the sandbox's own pages ({@code sandbox-templates/}) with its own strings ({@code $text}),
 * the escaper ({@code $html}), {@code $contextPath}, {@code $currentUser} (null when anonymous) and
 * {@code $auditUrl} (the plugin's audit page for the header, empty when the plugin has none) and
 * {@code $portalUrl} (the plugin's reporter portal, My requests, for the header; empty without one).
 */
public final class PageRenderer {

    private static final String TEMPLATES = "sandbox-templates/";
    // The sandbox's pages load scripts and styles from files only: no inline script can run.
    private static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'; form-action 'self'";
    /**
     * The outbox shows mail HTML in sandboxed frames ({@code srcdoc}, no scripts), which inherit the
     * page's policy: mail styles are inline, so inline styles are allowed there, scripts still not.
     */
    public static final String CSP_WITH_INLINE_STYLES = CSP + "; style-src 'self' 'unsafe-inline'";

    private final TemplateRenderer renderer;
    private final I18nResolver text;
    private final CurrentUser currentUser;
    private final String contextPath;
    private final String auditUrl;
    private final String portalUrl;

    public PageRenderer(TemplateRenderer renderer, I18nResolver text, CurrentUser currentUser, String contextPath,
                        String auditUrl) {
        this(renderer, text, currentUser, contextPath, auditUrl, "");
    }

    public PageRenderer(TemplateRenderer renderer, I18nResolver text, CurrentUser currentUser, String contextPath,
                        String auditUrl, String portalUrl) {
        this.portalUrl = portalUrl == null ? "" : portalUrl;
        this.renderer = renderer;
        this.text = text;
        this.currentUser = currentUser;
        this.contextPath = contextPath;
        this.auditUrl = auditUrl == null ? "" : auditUrl;
    }

    public void render(HttpServletResponse resp, int status, String template, Map<String, Object> model)
            throws IOException {
        render(resp, status, template, model, CSP);
    }

    /** As {@link #render(HttpServletResponse, int, String, Map)} with another Content-Security-Policy. */
    public void render(HttpServletResponse resp, int status, String template, Map<String, Object> model, String csp)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Content-Security-Policy", csp);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATES + template, context(model), resp.getWriter());
    }

    /** A template as a string (e.g. the header the decorator puts on plugin pages). */
    public String renderToString(String template, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(TEMPLATES + template, context(model), out);
        return out.toString();
    }

    private Map<String, Object> context(Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("text", text);
        context.put("html", new Html());
        context.put("contextPath", contextPath);
        context.put("currentUser", currentUser.get().orElse(null));
        context.put("auditUrl", auditUrl);
        context.put("portalUrl", portalUrl);
        return context;
    }
}
