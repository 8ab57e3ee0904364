package org.customergroups.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventListener;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import org.customergroups.sandbox.host.jira.SandboxJiraUserManager;
import org.customergroups.sandbox.wiring.Components;
import org.customergroups.sandbox.wiring.ConstructorInjector;
import org.customergroups.sandbox.wiring.SpringBeanBuilder;
import org.customergroups.sandbox.wiring.SpringContext;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The plugin's beans, built from {@code META-INF/spring/plugin-context.xml} itself (same beans,
 * same constructors, autowired by type as Spring does), with the sandbox host's services in place
 * of the OSGi references and of the Jira edge ({@code org.customergroups.jira.*} beans):
 * <ul>
 *   <li>Jira adapters (implementing plugin ports) are replaced by the sandbox's implementations of
 *   the same port interfaces (HostInfo, Directory, Projects, Permissions, Issues, IssueIndex,
 *   PermissionSchemes, MailOutbox, Links, UserProfiles, Requests);</li>
 *   <li>Jira event listeners (beans with {@link EventListener} methods) are not built: the sandbox
 *   fires no Jira events, it calls the plugin's services where Jira would fire them
 *   ({@link org.customergroups.sandbox.host.HostEvents}).</li>
 *   <li>Jira scheduler jobs (beans whose constructor takes Jira's {@link SchedulerService}) are not
 *   built either: the sandbox runs the same services daily itself
 *   ({@link org.customergroups.sandbox.host.DailyJobs}, started by {@link Sandbox}).</li>
 * </ul>
 * A new plugin bean therefore needs no change here; a new Jira adapter needs a sandbox
 * implementation of its port, a new listener event a call in HostEvents, a new job a line in
 * Sandbox's daily jobs, and a new OSGi reference a sandbox service unless only Jira-edge beans use
 * it. {@code SandboxComponentsTest} checks those rules independently. Once the beans exist, the
 * host's Customer Groups field and events are bound to them, and the built beans the plugin exports
 * as {@link LifecycleAware} services are started ({@code onStart}) as SAL does, and stopped
 * ({@code onStop}) on {@link #close}.
 */
public final class SandboxComponents implements AutoCloseable {

    /** Beans in this package are the Jira edge: the sandbox stands in for its adapters and listeners. */
    public static final String JIRA_EDGE = "org.customergroups.jira.";
    /** The interfaces the sandbox implements in place of the Jira edge. */
    public static final String PORTS = "org.customergroups.port.";

    private static final ClassLoader LOADER = SandboxComponents.class.getClassLoader();

    private final Components registry;
    private final SpringContext context;
    private final Map<String, Object> beans;
    private final List<LifecycleAware> lifecycle;

    public SandboxComponents(SandboxHost host, ActiveObjects pluginActiveObjects) {
        // What Jira provides: the OSGi services, and the sandbox's own Jira-edge implementations.
        Components hostServices = new Components()
                .add(pluginActiveObjects)
                .add(host.userManager())
                .add(host.loginUriProvider())
                .add(host.i18n())
                .add(host.applicationProperties())
                .add(host.templateRenderer())
                .add(host.fieldVisibilityManager())
                .add(host.hostInfo())
                .add(host.sandboxDirectory())
                .add(host.sandboxProjects())
                .add(host.sandboxPermissions())
                .add(host.sandboxIssues())
                .add(host.issueIndex())
                .add(host.permissionSchemes())
                .add(host.outbox())
                .add(host.links())
                .add(host.userProfiles())
                .add(host.requests());
        context = SpringContext.pluginContext(LOADER);
        beans = SpringBeanBuilder.build(context, hostServices, bean -> replaced(bean.type(LOADER)),
                bean -> deliveredByHost(bean.type(LOADER)) || scheduledByHost(bean.type(LOADER)), PORTS, LOADER);
        Components all = new Components();
        hostServices.all(Object.class).forEach(all::add);
        beans.values().forEach(all::add);
        this.registry = all;
        host.customerGroupsField().bind(new ConstructorInjector(all));
        // Jira builds field types with its own components too: the Customer Admins type needs Jira's user manager.
        Components forFields = new Components().add(new SandboxJiraUserManager(host.directory()));
        all.all(Object.class).forEach(forFields::add);
        host.customerAdminsField().bind(new ConstructorInjector(forFields));
        host.events().bind(all);
        lifecycle = context.services().stream()
                .filter(service -> service.type(LOADER) == LifecycleAware.class && beans.containsKey(service.ref()))
                .map(service -> (LifecycleAware) beans.get(service.ref()))
                .toList();
        lifecycle.forEach(LifecycleAware::onStart);
    }

    /**
     * Jira adapters: Jira-edge classes implementing plugin ports. Other Jira-edge beans (such as the
     * clock factory) need nothing from Jira and are built as they are there, except listeners.
     */
    public static boolean replaced(Class<?> beanClass) {
        return beanClass.getName().startsWith(JIRA_EDGE)
                && Arrays.stream(beanClass.getInterfaces()).anyMatch(i -> i.getName().startsWith(PORTS));
    }

    /** Jira event listeners: Jira-edge classes with {@link EventListener} methods. */
    public static boolean deliveredByHost(Class<?> beanClass) {
        return beanClass.getName().startsWith(JIRA_EDGE)
                && Arrays.stream(beanClass.getMethods()).anyMatch(m -> m.isAnnotationPresent(EventListener.class));
    }

    /**
     * Jira scheduler jobs: Jira-edge classes whose constructor takes Jira's {@link SchedulerService}.
     * The sandbox has no scheduler; it runs the services they schedule itself.
     */
    public static boolean scheduledByHost(Class<?> beanClass) {
        return beanClass.getName().startsWith(JIRA_EDGE) && Arrays.stream(beanClass.getConstructors())
                .flatMap(c -> Arrays.stream(c.getParameterTypes()))
                .anyMatch(SchedulerService.class::equals);
    }

    /** Everything a plugin constructor may ask for: host services and plugin beans. */
    public Components registry() {
        return registry;
    }

    /** Stops the plugin's beans (their {@code destroy-method}s), as Jira does when it disables the plugin. */
    @Override
    public void close() {
        try {
            for (int i = lifecycle.size() - 1; i >= 0; i--) {
                lifecycle.get(i).onStop();
            }
        } finally {
            SpringBeanBuilder.destroy(context, beans, LOADER);
        }
    }
}
