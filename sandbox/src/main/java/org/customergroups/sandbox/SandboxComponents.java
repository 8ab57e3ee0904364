package org.customergroups.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.customergroups.sandbox.wiring.Components;
import org.customergroups.sandbox.wiring.SpringBeanBuilder;
import org.customergroups.sandbox.wiring.SpringContext;

import java.util.Arrays;
import java.util.Map;

/**
 * The plugin's beans, built from {@code META-INF/spring/plugin-context.xml} itself (same beans,
 * same constructors, autowired by type as Spring does), with the sandbox host's services in place
 * of the OSGi references and of the Jira adapters ({@code org.customergroups.jira.*} beans
 * implementing plugin ports): those are replaced by the sandbox's implementations of the same port
 * interfaces (HostInfo, Directory, Projects, Permissions). A new plugin bean therefore needs no change here; a new Jira-edge bean
 * needs a sandbox implementation of its port, and a new OSGi reference a sandbox service unless
 * only Jira-edge beans use it. {@code SandboxComponentsTest} checks those rules independently.
 */
public final class SandboxComponents {

    /** Beans in this package are Jira adapters: the sandbox stands in for them. */
    public static final String JIRA_EDGE = "org.customergroups.jira.";
    /** The interfaces the sandbox implements in place of the Jira edge. */
    public static final String PORTS = "org.customergroups.port.";

    private final Components registry;

    public SandboxComponents(SandboxHost host, ActiveObjects pluginActiveObjects) {
        // What Jira provides: the OSGi services, and the sandbox's own Jira-edge implementations.
        Components hostServices = new Components()
                .add(pluginActiveObjects)
                .add(host.userManager())
                .add(host.loginUriProvider())
                .add(host.i18n())
                .add(host.applicationProperties())
                .add(host.templateRenderer())
                .add(host.hostInfo())
                .add(host.sandboxDirectory())
                .add(host.sandboxProjects())
                .add(host.sandboxPermissions());
        ClassLoader loader = SandboxComponents.class.getClassLoader();
        Map<String, Object> beans = SpringBeanBuilder.build(SpringContext.pluginContext(loader), hostServices,
                bean -> replaced(bean.type(loader)), PORTS, loader);
        Components all = new Components();
        hostServices.all(Object.class).forEach(all::add);
        beans.values().forEach(all::add);
        this.registry = all;
    }

    /**
     * Jira adapters: Jira-edge classes implementing plugin ports. Other Jira-edge beans (such as the
     * clock factory) need nothing from Jira and are built as they are there.
     */
    public static boolean replaced(Class<?> beanClass) {
        return beanClass.getName().startsWith(JIRA_EDGE)
                && Arrays.stream(beanClass.getInterfaces()).anyMatch(i -> i.getName().startsWith(PORTS));
    }

    /** Everything a plugin constructor may ask for: host services and plugin beans. */
    public Components registry() {
        return registry;
    }
}
