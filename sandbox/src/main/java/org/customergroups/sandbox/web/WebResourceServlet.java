package org.customergroups.sandbox.web;

import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptor.Resource;
import org.customergroups.sandbox.plugin.PluginDescriptor.WebResourceModule;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /download/resources/<pluginKey>:<webResourceKey>/<name>}: a web resource file of the
 * plugin, from its {@code location} on the classpath. Only files the descriptor names are served;
 * JavaScript goes through {@code jsI18n} when the web resource asks for it.
 */
public final class WebResourceServlet extends HttpServlet {

    private final transient PluginDescriptor plugin;
    private final transient JsI18nTransformer jsI18n;

    public WebResourceServlet(PluginDescriptor plugin, JsI18nTransformer jsI18n) {
        this.plugin = plugin;
        this.jsI18n = jsI18n;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Located> found = locate(req.getPathInfo());
        if (found.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Resource resource = found.get().resource();
        byte[] body;
        try (InputStream in = WebResourceServlet.class.getClassLoader().getResourceAsStream(resource.location())) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            body = in.readAllBytes();
        }
        String extension = ContentTypes.extension(resource.name());
        if (found.get().module().transforms(extension, "jsI18n")) {
            body = jsI18n.transform(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentType(ContentTypes.of(resource.name()));
        resp.setHeader("Cache-Control", "no-cache"); // the sandbox is for development: always fresh
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private record Located(WebResourceModule module, Resource resource) {
    }

    // pathInfo = "/<pluginKey>:<moduleKey>/<name>"
    private Optional<Located> locate(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String prefix = "/" + plugin.key() + ":";
        int slash = pathInfo.indexOf('/', 1);
        if (!pathInfo.startsWith(prefix) || slash < 0) {
            return Optional.empty();
        }
        String moduleKey = pathInfo.substring(prefix.length(), slash);
        String name = pathInfo.substring(slash + 1);
        return plugin.webResource(moduleKey)
                .flatMap(m -> m.download(name).map(r -> new Located(m, r)));
    }
}
