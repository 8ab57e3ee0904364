package org.customergroups.sandbox.plugin;

import org.customergroups.sandbox.plugin.PluginDescriptor.CustomFieldTypeModule;
import org.customergroups.sandbox.plugin.PluginDescriptor.Resource;
import org.customergroups.sandbox.plugin.PluginDescriptor.RestModule;
import org.customergroups.sandbox.plugin.PluginDescriptor.ServletModule;
import org.customergroups.sandbox.plugin.PluginDescriptor.Transformation;
import org.customergroups.sandbox.plugin.PluginDescriptor.WebPanelModule;
import org.customergroups.sandbox.plugin.PluginDescriptor.WebResourceModule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the (build-filtered) {@code atlassian-plugin.xml} from the classpath. */
public final class PluginDescriptorReader {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    private PluginDescriptorReader() {
    }

    public static PluginDescriptor fromClasspath(ClassLoader loader) {
        URL url = loader.getResource(DESCRIPTOR);
        if (url == null) {
            throw new IllegalStateException(DESCRIPTOR + " is not on the classpath: is the plugin a dependency?");
        }
        try (InputStream in = url.openStream()) {
            return read(in);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + url, e);
        }
    }

    static PluginDescriptor read(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(in);
        Element root = doc.getDocumentElement();
        List<String> i18n = new ArrayList<>();
        for (Element r : children(root, "resource")) {
            if ("i18n".equals(r.getAttribute("type"))) {
                i18n.add(r.getAttribute("location"));
            }
        }
        return new PluginDescriptor(root.getAttribute("key"), text(children(root, "plugin-info"), "version"), i18n,
                children(root, "servlet").stream().map(PluginDescriptorReader::servlet).toList(),
                children(root, "rest").stream().map(PluginDescriptorReader::rest).toList(),
                children(root, "web-resource").stream().map(PluginDescriptorReader::webResource).toList(),
                children(root, "customfield-type").stream().map(PluginDescriptorReader::customFieldType).toList(),
                children(root, "web-panel").stream().map(PluginDescriptorReader::webPanel).toList());
    }

    private static ServletModule servlet(Element e) {
        return new ServletModule(e.getAttribute("key"), e.getAttribute("class"), texts(e, "url-pattern"));
    }

    private static RestModule rest(Element e) {
        return new RestModule(e.getAttribute("key"), e.getAttribute("path"), e.getAttribute("version"),
                texts(e, "package"));
    }

    private static CustomFieldTypeModule customFieldType(Element e) {
        return new CustomFieldTypeModule(e.getAttribute("key"), e.getAttribute("name"), e.getAttribute("class"),
                resources(e));
    }

    /**
     * A web panel. Conditions are refused: the sandbox does not evaluate them, and showing a panel
     * Jira would hide must not pass unnoticed.
     */
    private static WebPanelModule webPanel(Element e) {
        String key = e.getAttribute("key");
        if (!children(e, "condition").isEmpty() || !children(e, "conditions").isEmpty()) {
            throw new IllegalStateException("web-panel " + key + ": the sandbox does not evaluate conditions");
        }
        String weight = e.getAttribute("weight");
        List<Element> providers = children(e, "context-provider");
        List<Element> labels = children(e, "label");
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(e, "param")) {
            params.put(p.getAttribute("name"), p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim());
        }
        return new WebPanelModule(key, e.getAttribute("location"), weight.isEmpty() ? 1000 : Integer.parseInt(weight),
                labels.isEmpty() ? null : labels.get(0).getAttribute("key"),
                providers.isEmpty() ? null : providers.get(0).getAttribute("class"), params, resources(e));
    }

    private static List<Resource> resources(Element e) {
        return children(e, "resource").stream()
                .map(r -> new Resource(r.getAttribute("type"), r.getAttribute("name"), r.getAttribute("location")))
                .toList();
    }

    private static WebResourceModule webResource(Element e) {
        List<Resource> resources = resources(e);
        List<Transformation> transformations = children(e, "transformation").stream()
                .map(t -> new Transformation(t.getAttribute("extension"),
                        children(t, "transformer").stream().map(x -> x.getAttribute("key")).toList()))
                .toList();
        return new WebResourceModule(e.getAttribute("key"), resources, texts(e, "context"), transformations);
    }

    private static String text(List<Element> parents, String child) {
        return parents.isEmpty() ? null : texts(parents.get(0), child).stream().findFirst().orElse(null);
    }

    private static List<String> texts(Element parent, String child) {
        return children(parent, child).stream().map(c -> c.getTextContent().trim()).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element el && el.getTagName().equals(name)) {
                result.add(el);
            }
        }
        return result;
    }
}
