package org.customergroups.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.HostInfo;
import org.customergroups.rest.Caller;
import org.customergroups.sandbox.wiring.Components;
import org.customergroups.service.HealthService;
import org.customergroups.service.PluginInfo;
import org.customergroups.store.AoCustomerGroupStore;

/**
 * The plugin's beans, built exactly as {@code META-INF/spring/plugin-context.xml} declares them
 * (same beans, same constructor arguments), with the sandbox host's services in place of the OSGi
 * references and of the Jira-edge beans ({@code org.customergroups.jira.*}). Keep in step with that
 * file: {@code SandboxComponentsTest} fails when a bean is missing here.
 */
public final class SandboxComponents {

    private final SandboxHost host;
    private final ActiveObjects activeObjects;
    private final HostInfo hostInfo;
    private final CustomerGroupStore customerGroupStore;
    private final PluginInfo pluginInfo;
    private final HealthService healthService;
    private final Caller caller;

    public SandboxComponents(SandboxHost host, ActiveObjects pluginActiveObjects) {
        this.host = host;
        this.activeObjects = pluginActiveObjects;
        // Jira edge: hostInfo is JiraHostInfo in Jira; the sandbox's own HostInfo here.
        this.hostInfo = host.hostInfo();
        // Stores
        this.customerGroupStore = new AoCustomerGroupStore(activeObjects);
        // Services
        this.pluginInfo = PluginInfo.fromBuild();
        this.healthService = new HealthService(customerGroupStore, hostInfo, pluginInfo);
        // REST support
        this.caller = new Caller(host.userManager());
    }

    /** Everything a plugin constructor may ask for: host services and plugin beans. */
    public Components registry() {
        return new Components()
                .add(activeObjects)
                .add(host.userManager())
                .add(host.loginUriProvider())
                .add(host.i18n())
                .add(host.applicationProperties())
                .add(host.templateRenderer())
                .add(hostInfo)
                .add(customerGroupStore)
                .add(pluginInfo)
                .add(healthService)
                .add(caller);
    }

    public PluginInfo pluginInfo() {
        return pluginInfo;
    }

    public HealthService healthService() {
        return healthService;
    }
}
