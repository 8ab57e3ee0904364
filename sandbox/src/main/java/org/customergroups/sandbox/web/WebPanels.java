package org.customergroups.sandbox.web;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.sandbox.plugin.PluginDescriptor.WebPanelModule;
import org.customergroups.sandbox.wiring.ConstructorInjector;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's {@code <web-panel>}s of one page, as Jira renders them: each context provider is
 * created once by constructor injection and {@code init}ed with the panel's params; per request it
 * turns the page's context into the template's, and the panel's {@code view} template is rendered
 * by the host's template renderer.
 */
public final class WebPanels {

    /** A rendered panel: its module key, its label and the HTML its template rendered. */
    public record PanelRow(String key, String label, String html) {
    }

    private record Panel(WebPanelModule module, ContextProvider provider, String template) {
    }

    private final List<Panel> panels;
    private final TemplateRenderer renderer;
    private final I18nResolver pluginText;

    public WebPanels(List<WebPanelModule> modules, ConstructorInjector injector, TemplateRenderer renderer,
                     I18nResolver pluginText) {
        this.renderer = renderer;
        this.pluginText = pluginText;
        List<Panel> created = new ArrayList<>();
        for (WebPanelModule module : modules) {
            ContextProvider provider = null;
            if (module.contextProviderClass() != null) {
                provider = (ContextProvider) injector.create(module.contextProviderClass());
                provider.init(module.params());
            }
            String template = module.viewTemplate().orElseThrow(() -> new IllegalStateException(
                    "web-panel " + module.key() + " has no velocity view resource"));
            created.add(new Panel(module, provider, template));
        }
        this.panels = List.copyOf(created);
    }

    /** Every panel rendered with the page's {@code context} (what Jira hands the context providers). */
    public List<PanelRow> render(Map<String, Object> context) throws IOException {
        List<PanelRow> rows = new ArrayList<>();
        for (Panel panel : panels) {
            Map<String, Object> panelContext = new HashMap<>(context);
            if (panel.provider() != null) {
                panelContext = new HashMap<>(panel.provider().getContextMap(panelContext));
            }
            String label = panel.module().labelKey() == null ? "" : pluginText.getText(panel.module().labelKey());
            StringWriter out = new StringWriter();
            renderer.render(panel.template(), panelContext, out);
            rows.add(new PanelRow(panel.module().key(), label, out.toString().strip()));
        }
        return rows;
    }
}
