package org.customergroups.bundle;

import org.apache.felix.framework.FrameworkFactory;
import org.customergroups.bundle.OsgiHeader.Clause;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.launch.Framework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import static org.customergroups.lint.ProblemLists.assertNoProblems;
import static org.customergroups.lint.ProblemLists.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built plugin jar (failsafe, after {@code package}; path, key and version come from the
 * system properties cg.pluginJar, cg.pluginKey, cg.pluginVersion): the manifest is what AMPS
 * would write for a transformerless plugin, the jar holds only the plugin's own files, and the
 * bundle resolves and starts in a bare OSGi framework (Felix) against a stub host exporting exactly
 * the packages the plugin imports as mandatory, and fails to resolve when javax.ws.rs is missing
 * or at 3.x. That proves the manifest is self-consistent; it says nothing about which packages and
 * versions the real Jira exports.
 * <p>
 * The checks are functions in {@link BundleChecks}; {@link TheChecksCatch} runs them on broken
 * copies of the jar to prove each can fail.
 */
class BundleIT {

    /** Versions (of a package and its sub-packages) the stub host exports; others get the low end of their range. */
    private static final Map<String, Version> HOST_VERSIONS = Map.of("javax.ws.rs", new Version(2, 1, 0));

    private static PluginJar jar;
    private static String key;
    private static String version;

    @BeforeAll
    static void readJar() {
        String jarPath = System.getProperty("cg.pluginJar");
        key = System.getProperty("cg.pluginKey");
        version = System.getProperty("cg.pluginVersion");
        assertNotNull(jarPath, "system property cg.pluginJar is not set: run with `mvn verify` (failsafe)");
        assertNotNull(key, "system property cg.pluginKey is not set");
        assertNotNull(version, "system property cg.pluginVersion is not set");
        assertTrue(Files.isRegularFile(Path.of(jarPath)), jarPath + " does not exist: `mvn verify` packages first");
        jar = PluginJar.read(Path.of(jarPath));
    }

    @Test
    void theKeyIsTheSameInTheManifestTheDescriptorAndThePom() {
        assertNoProblems("plugin key", BundleChecks.keyProblems(jar, key));
    }

    @Test
    void manifestHasTheHeadersOfATransformerlessPlugin() {
        assertNoProblems("manifest headers", BundleChecks.headerProblems(jar, version));
    }

    @Test
    void importPackageIsMandatoryExactlyForThePomsExplicitList() {
        List<String> explicit = BundleChecks.explicitImportsInPom(Path.of("pom.xml"));
        assertFalse(explicit.isEmpty(), "no explicit Import-Package entries in pom.xml");
        assertNoProblems("Import-Package " + jar.header("Import-Package"),
                BundleChecks.importProblems(jar.header("Import-Package"), explicit));
    }

    @Test
    void descriptorAndBuildPropertiesInTheJarAreFiltered() {
        assertNoProblems("filtered resources", BundleChecks.filteringProblems(jar, key, version));
    }

    @Test
    void jarHoldsOnlyThePluginsOwnFiles() {
        assertNoProblems(jar.path().getFileName() + " contents", BundleChecks.contentProblems(jar.entries()));
    }

    @Test
    void jarHoldsEveryCompiledPluginClass() {
        assertTrue(jar.entries().stream().anyMatch(n -> n.startsWith("org/customergroups/") && n.endsWith(".class")),
                "the jar holds no plugin classes at all");
        assertNoProblems("classes in target/classes missing from the jar",
                BundleChecks.missingClasses(jar.entries(), Path.of("target/classes")));
    }

    // ---------------------------------------------------------------------------------------------
    // OSGi resolution in Felix

    @Test
    void pluginResolvesAndStartsAgainstAHostExportingItsMandatoryImports(@TempDir Path tmp) throws Exception {
        Map<String, Version> exports = hostExportsFor(jar.header("Import-Package"));
        Framework framework = startFramework(tmp.resolve("felix"));
        try {
            framework.getBundleContext().installBundle(hostBundle(tmp, exports).toUri().toString());
            Bundle plugin = framework.getBundleContext().installBundle(jar.path().toUri().toString());
            plugin.start();
            assertEquals(Bundle.ACTIVE, plugin.getState(), "plugin bundle state (32 = ACTIVE)");
            assertEquals(key, plugin.getSymbolicName());
        } finally {
            stop(framework);
        }
    }

    @Test
    void pluginDoesNotResolveWithoutJaxRs(@TempDir Path tmp) {
        Map<String, Version> exports = hostExportsFor(jar.header("Import-Package"));
        assertNotNull(exports.remove("javax.ws.rs"), "javax.ws.rs is not a mandatory import");
        BundleException e = assertThrows(BundleException.class, () -> startPlugin(tmp, exports));
        assertTrue(e.getMessage().contains("osgi.wiring.package=javax.ws.rs)"), e.getMessage());
    }

    @Test
    void pluginDoesNotResolveAgainstJaxRs3(@TempDir Path tmp) {
        Map<String, Version> exports = hostExportsFor(jar.header("Import-Package"));
        exports.put("javax.ws.rs", new Version(3, 0, 0));
        BundleException e = assertThrows(BundleException.class, () -> startPlugin(tmp, exports));
        assertTrue(e.getMessage().contains("osgi.wiring.package=javax.ws.rs)"), e.getMessage());
    }

    private static void startPlugin(Path tmp, Map<String, Version> exports) throws Exception {
        Framework framework = startFramework(tmp.resolve("felix"));
        try {
            framework.getBundleContext().installBundle(hostBundle(tmp, exports).toUri().toString());
            framework.getBundleContext().installBundle(jar.path().toUri().toString()).start();
        } finally {
            stop(framework);
        }
    }

    /** Every mandatory import of the header, at a version inside its range. */
    static Map<String, Version> hostExportsFor(String importPackage) {
        Map<String, Version> exports = new LinkedHashMap<>();
        for (Clause c : OsgiHeader.parse(importPackage)) {
            if (c.optional()) {
                continue;
            }
            VersionRange range = new VersionRange(c.version() == null ? "0.0.0" : c.version());
            Version v = HOST_VERSIONS.entrySet().stream().filter(e -> OsgiHeader.matches(e.getKey() + ".*", c.name()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (v == null || !range.includes(v)) {
                Version left = range.getLeft();
                v = range.getLeftType() == VersionRange.LEFT_CLOSED ? left
                        : new Version(left.getMajor(), left.getMinor(), left.getMicro() + 1);
            }
            assertTrue(range.includes(v), c + ": cannot pick an export version inside " + range);
            exports.put(c.name(), v);
        }
        return exports;
    }

    /** A bundle without classes whose manifest exports the given packages: a stand-in for Jira. */
    static Path hostBundle(Path dir, Map<String, Version> exports) throws IOException {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, "org.customergroups.test.stub-host");
        a.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        a.putValue(Constants.EXPORT_PACKAGE, exports.entrySet().stream()
                .map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"").collect(Collectors.joining(",")));
        Path host = dir.resolve("stub-host.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(host), m)) {
            out.flush();
        }
        return host;
    }

    private static Framework startFramework(Path storage) throws BundleException {
        Framework framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        return framework;
    }

    private static void stop(Framework framework) throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    /** Each check, run on a deliberately broken copy of the real jar, reports the breakage. */
    @Nested
    class TheChecksCatch {

        @TempDir
        Path dir;

        @Test
        void aWrongKeyAndWrongOrMissingHeaders() {
            PluginJar broken = jar.copy(dir.resolve("broken.jar"), m -> {
                m.putValue("Bundle-SymbolicName", "org.example.other;singleton:=true");
                m.remove(new Attributes.Name("Bundle-ManifestVersion"));
                m.remove(new Attributes.Name("Spring-Context"));
                m.putValue("Bundle-Version", "9.9.9");
                m.putValue("Export-Package", "org.customergroups.domain");
                m.putValue("Atlassian-Build-Date", "2024-01-01");
            }, Map.of());
            assertEquals(List.of("Bundle-SymbolicName is org.example.other, expected the pom's atlassian.plugin.key " + key),
                    BundleChecks.keyProblems(broken, key));
            assertReported(BundleChecks.headerProblems(broken, version),
                    "Bundle-ManifestVersion is null, expected 2",
                    "Bundle-Version is 9.9.9, expected " + OsgiHeader.osgiVersion(version),
                    "Spring-Context is null, expected *",
                    "Export-Package must be empty",
                    "Atlassian-Build-Date is 2024-01-01");
        }

        @Test
        void anUnfilteredDescriptor() throws IOException {
            String source = Files.readString(Path.of("src/main/resources/atlassian-plugin.xml"));
            PluginJar broken = jar.copy(dir.resolve("broken.jar"), m -> { }, Map.of("atlassian-plugin.xml", source));
            assertReported(BundleChecks.filteringProblems(broken, key, version),
                    "atlassian-plugin.xml: unresolved placeholder in <atlassian-plugin key=\"${atlassian.plugin.key}\"",
                    "atlassian-plugin.xml <version> is ${project.version}");
            assertReported(BundleChecks.keyProblems(broken, key), "atlassian-plugin.xml key is ${atlassian.plugin.key}");
        }

        @Test
        void badImports() {
            String header = String.join(",",
                    "java.util",
                    "org.customergroups.domain",
                    "javax.ws.rs;version=\"[2.0,4)\"",
                    "javax.ws.rs.core;version=\"[2.0,3)\";resolution:=optional",
                    "javax.inject;resolution:=optional",
                    "com.example.unlisted",
                    "com.atlassian.sal.api.user",
                    "com.atlassian.sal.api.user");
            List<String> problems = BundleChecks.importProblems(header, BundleChecks.explicitImportsInPom(Path.of("pom.xml")));
            assertReported(problems,
                    "java.util: java.* comes from the boot class path",
                    "org.customergroups.domain: the plugin imports its own package",
                    "javax.ws.rs;version=\"[2.0,4)\" must have version=\"[2.0.0,3.0.0)\"",
                    "javax.ws.rs.core;version=\"[2.0,3)\";resolution:=optional is listed explicitly in the pom but optional",
                    "javax.inject must be a mandatory import",
                    "com.example.unlisted is not in the pom's explicit list, so it must be resolution:=optional",
                    "com.atlassian.sal.api.user is imported twice",
                    "com.atlassian.activeobjects.external is not imported",
                    "com.atlassian.templaterenderer is not imported");
        }

        @Test
        void headersAreParsedWithCommasInsideQuotes() {
            List<Clause> clauses = OsgiHeader.parse("a.b;version=\"[1.0,2)\",c.d;e.f;resolution:=optional;x:Version=1,g");
            assertEquals(List.of("a.b", "c.d", "e.f", "g"), clauses.stream().map(Clause::name).toList());
            assertEquals("[1.0,2)", clauses.get(0).version());
            assertTrue(clauses.get(2).optional());
            assertEquals("1", clauses.get(2).attributes().get("x"));
            assertFalse(clauses.get(3).optional());
            assertEquals("0.1.0.SNAPSHOT", OsgiHeader.osgiVersion("0.1.0-SNAPSHOT"));
            assertEquals("2.0.0", OsgiHeader.osgiVersion("2"));
        }

        @Test
        void hostClassesStrayFilesAndMissingPluginClasses() {
            Map<String, String> changes = new HashMap<>();
            changes.put("com/atlassian/sal/api/user/UserManager.class", "x");
            changes.put("javax/inject/Inject.class", "x");
            changes.put("net/java/ao/Entity.class", "x");
            changes.put("lib/something.jar", "x");
            changes.put("org/customergroups/web/Html.class", null);
            PluginJar broken = jar.copy(dir.resolve("broken.jar"), m -> { }, changes);
            List<String> problems = BundleChecks.contentProblems(broken.entries());
            assertReported(problems,
                    "com/atlassian/sal/api/user/UserManager.class: com/atlassian/** is provided by Jira",
                    "javax/inject/Inject.class: javax/** is provided by Jira",
                    "net/java/ao/Entity.class: net/java/ao/** is provided by Jira",
                    "lib/something.jar: not a kind of file the plugin jar may hold");
            assertEquals(4, problems.size(), () -> String.join("\n", problems));
            assertEquals(List.of("org/customergroups/web/Html.class"),
                    BundleChecks.missingClasses(broken.entries(), Path.of("target/classes")));
        }
    }
}
