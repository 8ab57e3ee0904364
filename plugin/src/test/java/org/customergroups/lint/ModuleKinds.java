package org.customergroups.lint;

import java.util.Map;

/**
 * What a class named in {@code atlassian-plugin.xml} must be, by the element naming it. To support
 * a new module type, add one row to {@link #BY_ELEMENT}. Elements not listed here that carry a
 * {@code class} attribute are only checked for existence ({@link #UNKNOWN}).
 */
final class ModuleKinds {

    /** The class must be the plugin's own, or may also be a host (platform-api) class. */
    enum Origin { PLUGIN, PLUGIN_OR_HOST, ANY }

    /** What the plugin system does with the class: instantiate it, or use it as an interface. */
    enum Shape { CONCRETE, INTERFACE, ANY }

    /**
     * @param supertype class or interface the named class must extend/implement, or null
     * @param shape     concrete public class (the host instantiates it) or interface
     * @param origin    whose class it may be
     */
    record Kind(String supertype, Shape shape, Origin origin) {
    }

    static final Kind UNKNOWN = new Kind(null, Shape.ANY, Origin.ANY);

    static final Map<String, Kind> BY_ELEMENT = Map.ofEntries(
            Map.entry("servlet", new Kind("javax.servlet.http.HttpServlet", Shape.CONCRETE, Origin.PLUGIN)),
            Map.entry("servlet-filter", new Kind("javax.servlet.Filter", Shape.CONCRETE, Origin.PLUGIN)),
            Map.entry("servlet-context-listener",
                    new Kind("javax.servlet.ServletContextListener", Shape.CONCRETE, Origin.PLUGIN)),
            Map.entry("entity", new Kind("net.java.ao.RawEntity", Shape.INTERFACE, Origin.PLUGIN)),
            Map.entry("upgradeTask", new Kind("com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask",
                    Shape.CONCRETE, Origin.PLUGIN)),
            Map.entry("context-provider",
                    new Kind("com.atlassian.plugin.web.ContextProvider", Shape.CONCRETE, Origin.PLUGIN)),
            // Jira's own conditions (UserIsAdminCondition, HasProjectPermissionCondition...) are
            // standard practice in descriptors, so a condition may be a declared host class.
            Map.entry("condition",
                    new Kind("com.atlassian.plugin.web.Condition", Shape.CONCRETE, Origin.PLUGIN_OR_HOST)),
            Map.entry("web-panel",
                    new Kind("com.atlassian.plugin.web.api.model.WebPanel", Shape.CONCRETE, Origin.PLUGIN)),
            Map.entry("customfield-type", new Kind("com.atlassian.jira.issue.customfields.CustomFieldType",
                    Shape.CONCRETE, Origin.PLUGIN)),
            // A plugin field may reuse a system searcher (e.g. ExactTextSearcher).
            Map.entry("customfield-searcher", new Kind("com.atlassian.jira.issue.customfields.CustomFieldSearcher",
                    Shape.CONCRETE, Origin.PLUGIN_OR_HOST)),
            Map.entry("project-permission-override", new Kind(
                    "com.atlassian.jira.security.plugin.ProjectPermissionOverride", Shape.CONCRETE, Origin.PLUGIN)),
            Map.entry("authorisation",
                    new Kind("com.atlassian.jira.security.auth.Authorisation", Shape.CONCRETE, Origin.PLUGIN)));

    /**
     * Elements that a transformerless plugin (Spring-Context header, hand-written Spring XML) must
     * not use: only the AMPS/Spring-Scanner transformation turns them into beans, so here they
     * would be silently ignored.
     */
    static final Map<String, String> FORBIDDEN = Map.of(
            "component", "declare it as a <bean> in META-INF/spring/*.xml instead",
            "component-import", "declare it as an <osgi:reference> in META-INF/spring/*.xml instead");

    private ModuleKinds() {
    }

    static Kind of(String element) {
        return BY_ELEMENT.getOrDefault(element, UNKNOWN);
    }
}
