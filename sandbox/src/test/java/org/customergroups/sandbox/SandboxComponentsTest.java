package org.customergroups.sandbox;

import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptorReader;
import org.customergroups.sandbox.wiring.Components;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SandboxComponents must follow the plugin's Spring file: every plugin bean exists, every Jira-edge
 * adapter is replaced by a sandbox implementation of the same port interfaces, every Jira event
 * listener is left out while the services it calls exist (the sandbox calls them where Jira fires
 * the events), every Jira scheduler job is left out while the services it runs exist (the sandbox
 * runs them daily itself), and every OSGi reference has a sandbox service unless only replaced or
 * left-out Jira-edge beans need it. Worked out here from the XML and the classes, independently of
 * how SandboxComponents builds the beans.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxComponentsTest {

    private static final String SPRING = "META-INF/spring/plugin-context.xml";
    private static final String JIRA_EDGE = "org.customergroups.jira.";
    private static final String PORTS = "org.customergroups.port.";
    private static final String SERVICES = "org.customergroups.service.";

    private SandboxDatabases databases;
    private Components registry;

    @BeforeAll
    void build() {
        PluginDescriptor plugin = PluginDescriptorReader.fromClasspath(getClass().getClassLoader());
        databases = SandboxDatabases.open(DatabaseConfig.h2Memory("sbx_" + UUID.randomUUID().toString().substring(0, 8)),
                plugin.key());
        SandboxHost host = SandboxHost.create(databases, plugin, "/jira", "http://localhost/jira");
        registry = new SandboxComponents(host, databases.pluginActiveObjects()).registry();
    }

    @AfterAll
    void close() {
        databases.close();
    }

    /**
     * A reference may lack a sandbox service only when beans need it and every one of them is a
     * Jira-edge bean the sandbox replaces or leaves out (e.g. Jira's GroupManager, used by
     * JiraDirectory only; the EventPublisher, used by the event listener only).
     */
    @Test
    void everyOsgiReferenceHasASandboxServiceUnlessOnlyReplacedOrLeftOutBeansNeedIt() throws Exception {
        List<Element> references = elements("osgi:reference");
        assertFalse(references.isEmpty());
        for (Element reference : references) {
            String id = reference.getAttribute("id");
            Class<?> type = Class.forName(reference.getAttribute("interface"));
            if (!registry.all(type).isEmpty()) {
                assertNotNull(registry.get(type), id);
                continue;
            }
            List<String> needing = new ArrayList<>();
            for (Element bean : elements("bean")) {
                if (needs(bean, id, type)) {
                    needing.add(bean.getAttribute("class"));
                }
            }
            assertFalse(needing.isEmpty(), "no sandbox service for " + id + ", and no bean needs it: a REST resource or"
                    + " servlet may; add a service to SandboxComponents");
            for (String beanClass : needing) {
                Class<?> needer = Class.forName(beanClass);
                assertTrue(replaced(needer) || listener(needer) || job(needer),
                        "no sandbox service for " + id + ", needed by " + beanClass);
            }
        }
    }

    @Test
    void theDriftRuleSeesWhoNeedsAReference() throws Exception {
        Element caller = elements("bean").stream()
                .filter(b -> b.getAttribute("class").equals("org.customergroups.rest.Caller"))
                .findFirst().orElseThrow();
        assertTrue(needs(caller, "salUserManager", com.atlassian.sal.api.user.UserManager.class));
        assertFalse(needs(caller, "templateRenderer", com.atlassian.templaterenderer.TemplateRenderer.class));
    }

    @Test
    void everyBeanExistsOrIsReplacedByTheSandbox() throws Exception {
        for (Element bean : elements("bean")) {
            Class<?> type = Class.forName(bean.getAttribute("class"));
            List<Class<?>> ports = ports(type);
            if (type.getName().startsWith(JIRA_EDGE) && !ports.isEmpty()) {
                for (Class<?> port : ports) {
                    Object replacement = registry.get(port);
                    assertFalse(type.isInstance(replacement), "the sandbox replaces " + type);
                }
            } else if (listener(type)) {
                assertTrue(registry.all(type).isEmpty(), "the sandbox delivers the events of " + type + " itself");
            } else if (job(type)) {
                assertTrue(registry.all(type).isEmpty(), "the sandbox runs the jobs of " + type + " itself");
            } else {
                // Plugin beans, and Jira-edge helpers that are no adapter (e.g. the clock factory), are built as in Jira.
                String factory = bean.getAttribute("factory-method");
                Class<?> produced = factory.isEmpty() ? type : Arrays.stream(type.getMethods())
                        .filter(m -> m.getName().equals(factory)).findFirst().orElseThrow().getReturnType();
                assertTrue(produced.isInstance(registry.get(produced)), bean.getAttribute("id"));
            }
        }
    }

    /**
     * Jira's events reach the plugin through its listener beans, which the sandbox does not build
     * (they would register on Jira's EventPublisher): the sandbox calls the plugin services those
     * listeners call instead, so every such service must be one of the sandbox's components.
     */
    @Test
    void jiraEventListenersAreLeftOutAndTheServicesTheyCallExist() throws Exception {
        assertLeftOutWithTheirServices(SandboxComponentsTest::listener, "org.customergroups.jira.JiraEventListener",
                SandboxComponents::deliveredByHost);
    }

    /**
     * Jira's scheduler runs the plugin's daily jobs through its job bean (NotificationJobs), which
     * the sandbox does not build: the services it runs must be the sandbox's components (its
     * DailyJobs call them).
     */
    @Test
    void jiraSchedulerJobsAreLeftOutAndTheServicesTheyRunExist() throws Exception {
        assertLeftOutWithTheirServices(SandboxComponentsTest::job, "org.customergroups.jira.NotificationJobs",
                SandboxComponents::scheduledByHost);
    }

    /**
     * The beans of {@code kind} (among them {@code expected}) are left to the host: not built, not
     * replaced, and every plugin service their constructors take is one of the sandbox's components.
     */
    private void assertLeftOutWithTheirServices(Predicate<Class<?>> kind, String expected,
                                                Predicate<Class<?>> leftToHost) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        for (Element bean : elements("bean")) {
            Class<?> type = Class.forName(bean.getAttribute("class"));
            if (kind.test(type)) {
                types.add(type);
            }
        }
        assertTrue(types.stream().anyMatch(t -> t.getName().equals(expected)), types.toString());
        for (Class<?> type : types) {
            assertTrue(leftToHost.test(type), type.getName());
            assertFalse(SandboxComponents.replaced(type), type.getName());
            assertTrue(registry.all(type).isEmpty(), type.getName());
            List<Class<?>> services = Arrays.stream(type.getConstructors())
                    .flatMap(c -> Arrays.stream(c.getParameterTypes()))
                    .filter(p -> p.getName().startsWith(SERVICES))
                    .toList();
            assertFalse(services.isEmpty(), type + " uses no plugin service");
            for (Class<?> service : services) {
                assertTrue(service.isInstance(registry.get(service)), service.getName());
            }
        }
    }

    @Test
    void onlyJiraEdgeClassesWithEventListenerMethodsAreLeftOut() {
        // A plugin service is built even if it ever had a listener-like method; a Jira adapter is replaced, not left out.
        assertFalse(SandboxComponents.deliveredByHost(org.customergroups.service.ShareCascade.class));
        assertFalse(SandboxComponents.deliveredByHost(org.customergroups.jira.JiraPermissions.class));
        assertTrue(SandboxComponents.replaced(org.customergroups.jira.JiraPermissions.class));
    }

    /** A Jira-edge bean with {@code @EventListener} methods: the sandbox leaves it out and delivers its events itself. */
    private static boolean listener(Class<?> type) {
        return type.getName().startsWith(JIRA_EDGE) && Arrays.stream(type.getMethods())
                .anyMatch(m -> m.isAnnotationPresent(com.atlassian.event.api.EventListener.class));
    }

    /** A Jira-edge bean built on Jira's scheduler: the sandbox leaves it out and runs its services itself. */
    private static boolean job(Class<?> type) {
        return type.getName().startsWith(JIRA_EDGE) && Arrays.stream(type.getConstructors())
                .flatMap(c -> Arrays.stream(c.getParameterTypes()))
                .anyMatch(p -> p.getName().equals("com.atlassian.scheduler.SchedulerService"));
    }

    /** A Jira-edge bean implementing plugin ports: the sandbox puts its own implementations in its place. */
    private static boolean replaced(Class<?> type) {
        return type.getName().startsWith(JIRA_EDGE) && !ports(type).isEmpty();
    }

    private static List<Class<?>> ports(Class<?> type) {
        return Arrays.stream(type.getInterfaces()).filter(i -> i.getName().startsWith(PORTS)).toList();
    }

    /** Whether Spring would hand the reference to one of the bean's constructor or factory-method parameters. */
    private static boolean needs(Element bean, String referenceId, Class<?> referenceType) throws Exception {
        NodeList args = bean.getElementsByTagName("constructor-arg");
        for (int i = 0; i < args.getLength(); i++) {
            if (referenceId.equals(((Element) args.item(i)).getAttribute("ref"))) {
                return true;
            }
        }
        Class<?> type = Class.forName(bean.getAttribute("class"));
        String factory = bean.getAttribute("factory-method");
        List<Executable> creators = new ArrayList<>();
        if (factory.isEmpty()) {
            creators.addAll(Arrays.asList(type.getConstructors()));
        } else {
            Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(factory)).forEach(creators::add);
        }
        return creators.stream().flatMap(c -> Arrays.stream(c.getParameterTypes()))
                .anyMatch(p -> p.isAssignableFrom(referenceType));
    }

    private static List<Element> elements(String tag) throws Exception {
        try (InputStream in = SandboxComponentsTest.class.getClassLoader().getResourceAsStream(SPRING)) {
            assertNotNull(in, SPRING);
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName(tag);
            List<Element> result = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                result.add((Element) nodes.item(i));
            }
            return result;
        }
    }
}
