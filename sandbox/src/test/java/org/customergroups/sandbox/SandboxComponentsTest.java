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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SandboxComponents must follow the plugin's Spring file: every OSGi reference has a sandbox
 * service, every plugin bean exists, and every Jira-edge bean is replaced by a sandbox
 * implementation of the same port interfaces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxComponentsTest {

    private static final String SPRING = "META-INF/spring/plugin-context.xml";
    private static final String JIRA_EDGE = "org.customergroups.jira.";

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

    @Test
    void everyOsgiReferenceHasASandboxService() throws Exception {
        List<Element> references = elements("osgi:reference");
        assertFalse(references.isEmpty());
        for (Element reference : references) {
            assertNotNull(registry.get(Class.forName(reference.getAttribute("interface"))), reference.getAttribute("id"));
        }
    }

    @Test
    void everyBeanExistsOrIsReplacedByTheSandbox() throws Exception {
        for (Element bean : elements("bean")) {
            Class<?> type = Class.forName(bean.getAttribute("class"));
            if (type.getName().startsWith(JIRA_EDGE)) {
                List<Class<?>> ports = Arrays.stream(type.getInterfaces())
                        .filter(i -> i.getName().startsWith("org.customergroups.port."))
                        .toList();
                assertFalse(ports.isEmpty(), type + " implements no port: the sandbox cannot stand in for it");
                for (Class<?> port : ports) {
                    Object replacement = registry.get(port);
                    assertFalse(type.isInstance(replacement), "the sandbox replaces " + type);
                }
            } else {
                assertTrue(type.isInstance(registry.get(type)), bean.getAttribute("id"));
            }
        }
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
