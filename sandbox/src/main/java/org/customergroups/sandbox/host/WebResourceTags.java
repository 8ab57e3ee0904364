package org.customergroups.sandbox.host;

import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptor.WebResourceModule;

import java.util.HashSet;
import java.util.Set;

/**
 * The {@code $webResourceManager} of one rendered page. Jira's {@code requireResourcesForContext}
 * prints nothing and adds the resources to the page head; the sandbox's decorator only adds its own
 * stylesheet and top bar, so this RETURNS the {@code <link>}/{@code <script>} tags and templates
 * write them where they call it.
 * The AJS shim (standing in for {@code com.atlassian.auiplugin:ajs}) comes first, once per page.
 */
public final class WebResourceTags {

    private final PluginDescriptor plugin;
    private final String contextPath;
    private final Set<String> written = new HashSet<>();

    public WebResourceTags(PluginDescriptor plugin, String contextPath) {
        this.plugin = plugin;
        this.contextPath = contextPath;
    }

    public String requireResourcesForContext(String context) {
        StringBuilder tags = new StringBuilder();
        for (WebResourceModule module : plugin.webResources()) {
            if (module.contexts().contains(context)) {
                requireModule(module, tags);
            }
        }
        return tags.toString();
    }

    private void requireModule(WebResourceModule module, StringBuilder tags) {
        if (written.add("sandbox:shim")) {
            tags.append(stylesheet(contextPath + "/sandbox/sandbox.css"));
            tags.append(script(contextPath + "/sandbox/ajs.js"));
        }
        if (!written.add(module.key())) {
            return;
        }
        String base = contextPath + "/download/resources/" + plugin.key() + ":" + module.key() + "/";
        for (PluginDescriptor.Resource r : module.resources()) {
            if (!"download".equals(r.type())) {
                continue;
            }
            if (r.name().endsWith(".css")) {
                tags.append(stylesheet(base + r.name()));
            } else if (r.name().endsWith(".js")) {
                tags.append(script(base + r.name()));
            }
        }
    }

    // Names and keys come from the plugin's own descriptor, never from a request: attribute-safe as is.
    private static String stylesheet(String href) {
        return "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + href + "\">\n";
    }

    private static String script(String src) {
        return "<script type=\"text/javascript\" src=\"" + src + "\"></script>\n";
    }
}
