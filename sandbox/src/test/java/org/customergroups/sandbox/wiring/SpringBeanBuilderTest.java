package org.customergroups.sandbox.wiring;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building beans from a Spring file as Spring would, with host services and replaced adapters (fixture: wiring/context.xml). */
class SpringBeanBuilderTest {

    private static final ClassLoader LOADER = SpringBeanBuilderTest.class.getClassLoader();
    private static final String PORTS = Port.class.getName();

    public interface Port {
        String name();
    }

    public interface HostService {
    }

    public interface JiraOnly {
    }

    public static final class HostServiceImpl implements HostService {
    }

    public record JiraAdapter(JiraOnly jira) implements Port {
        @Override
        public String name() {
            return "jira";
        }
    }

    public static final class SandboxPort implements Port {
        @Override
        public String name() {
            return "sandbox";
        }
    }

    public record Store(HostService service) {
    }

    public record Service(Store store, Port port, Clock clock) {
    }

    public record Named(String label, Store store) {
    }

    public static final class Clocks {
        private Clocks() {
        }

        public static Clock utc() {
            return Clock.systemUTC();
        }
    }

    public interface Publisher {
    }

    public record Listener(Publisher publisher, Store store) {
        public void register() {
        }

        public void unregister() {
        }
    }

    public static final class Lifecycle {
        public final List<String> calls = new ArrayList<>();

        public Lifecycle(Store store) {
            calls.add("created");
        }

        public void start() {
            calls.add("start");
        }

        public void stop() {
            calls.add("stop");
        }
    }

    private static final SpringContext CONTEXT = SpringContext.read(LOADER, "wiring/context.xml");
    private static final SpringContext LIFECYCLE = SpringContext.read(LOADER, "wiring/lifecycle.xml");

    private static boolean isAdapter(SpringContext.Bean bean) {
        return bean.className().endsWith("$JiraAdapter");
    }

    @Test
    void buildsEveryBeanButTheReplacedOnesByTypeFactoryAndExplicitArguments() {
        HostService host = new HostServiceImpl();
        SandboxPort port = new SandboxPort();
        Map<String, Object> beans = SpringBeanBuilder.build(CONTEXT, new Components().add(host).add(port),
                SpringBeanBuilderTest::isAdapter, PORTS, LOADER);

        assertEquals(List.of("service", "store", "clock", "named"), List.copyOf(beans.keySet()));
        Service service = (Service) beans.get("service");
        assertSame(beans.get("store"), service.store());
        assertSame(host, service.store().service());
        assertSame(port, service.port());
        assertSame(beans.get("clock"), service.clock());
        assertInstanceOf(Clock.class, beans.get("clock"));
        Named named = (Named) beans.get("named");
        assertEquals("hello", named.label());
        assertSame(beans.get("store"), named.store());
    }

    @Test
    void aReplacedAdapterNeedsASandboxImplementationOfItsPort() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpringBeanBuilder.build(CONTEXT,
                new Components().add(new HostServiceImpl()), SpringBeanBuilderTest::isAdapter, PORTS, LOADER));
        assertTrue(e.getMessage().contains("adapter") && e.getMessage().contains(Port.class.getName()), e.getMessage());
    }

    @Test
    void aReferenceWithoutAHostServiceIsAnErrorWhenABuiltBeanNeedsIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpringBeanBuilder.build(CONTEXT,
                new Components().add(new SandboxPort()), SpringBeanBuilderTest::isAdapter, PORTS, LOADER));
        assertTrue(e.getMessage().contains("hostService") && e.getMessage().contains("[store]"), e.getMessage());
    }

    @Test
    void onlyReplacedBeansNeedTheJiraOnlyReference() {
        SpringContext.Reference jiraOnly = CONTEXT.references().get(1);
        assertEquals("jiraOnly", jiraOnly.id());
        assertEquals(List.of("adapter"),
                SpringBeanBuilder.beansNeeding(CONTEXT, jiraOnly, LOADER).stream().map(SpringContext.Bean::id).toList());
        SpringContext.Reference hostService = CONTEXT.references().get(0);
        assertEquals(List.of("store"),
                SpringBeanBuilder.beansNeeding(CONTEXT, hostService, LOADER).stream().map(SpringContext.Bean::id).toList());
    }

    @Test
    void withoutTheReplacementTheAdapterWouldBeBuiltFromItsReference() {
        JiraOnly jira = new JiraOnly() {
        };
        Map<String, Object> beans = SpringBeanBuilder.build(CONTEXT, new Components().add(new HostServiceImpl()).add(jira),
                bean -> false, PORTS, LOADER);
        assertSame(jira, ((JiraAdapter) beans.get("adapter")).jira());
        assertFalse(beans.isEmpty());
    }

    @Test
    void initMethodsRunAfterCreationAndDestroyMethodsWhenThePluginStops() {
        Map<String, Object> beans = SpringBeanBuilder.build(LIFECYCLE, new Components().add(new HostServiceImpl()),
                bean -> false, bean -> bean.id().equals("listener"), PORTS, LOADER);
        Lifecycle lifecycle = (Lifecycle) beans.get("lifecycle");
        assertEquals(List.of("created", "start"), lifecycle.calls);
        SpringBeanBuilder.destroy(LIFECYCLE, beans, LOADER);
        assertEquals(List.of("created", "start", "stop"), lifecycle.calls);
    }

    @Test
    void aLeftOutBeanIsNotBuiltAndItsReferencesNeedNoHostService() {
        Map<String, Object> beans = SpringBeanBuilder.build(LIFECYCLE, new Components().add(new HostServiceImpl()),
                bean -> false, bean -> bean.id().equals("listener"), PORTS, LOADER);
        assertEquals(List.of("store", "lifecycle"), List.copyOf(beans.keySet()));

        // Built, the listener would need Jira's publisher, which the host does not have.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpringBeanBuilder.build(LIFECYCLE,
                new Components().add(new HostServiceImpl()), bean -> false, PORTS, LOADER));
        assertTrue(e.getMessage().contains("publisher") && e.getMessage().contains("[listener]"), e.getMessage());
    }

    @Test
    void springFeaturesTheSandboxDoesNotImplementAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SpringContext.read(LOADER, "wiring/property.xml"));
        assertTrue(e.getMessage().contains("property"), e.getMessage());
        IllegalStateException export = assertThrows(IllegalStateException.class,
                () -> SpringContext.read(LOADER, "wiring/service-auto-export.xml"));
        assertTrue(export.getMessage().contains("auto-export"), export.getMessage());
    }

    @Test
    void anExportedBeanIsReadWithItsInterface() {
        assertEquals(List.of(new SpringContext.Service("lifecycle_osgiService", "lifecycle",
                HostService.class.getName())), LIFECYCLE.services());
        assertEquals(HostService.class, LIFECYCLE.services().get(0).type(LOADER));
    }
}
