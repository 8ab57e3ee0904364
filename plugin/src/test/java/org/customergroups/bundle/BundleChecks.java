package org.customergroups.bundle;

import org.customergroups.bundle.OsgiHeader.Clause;
import org.customergroups.lint.Xml;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks of {@link BundleIT}, as functions of a {@link PluginJar} (or a header value) that
 * return their problems, so they can be run on the real jar and on broken copies alike.
 */
final class BundleChecks {

    /** Packages Jira always exports that the plugin cannot work without: mandatory imports. */
    static final List<String> MANDATORY = List.of(
            "javax.ws.rs", "javax.inject", "com.atlassian.activeobjects.external", "com.atlassian.sal.api.user",
            "com.atlassian.templaterenderer");
    static final VersionRange JAX_RS_RANGE = new VersionRange("[2.0,3)");
    static final Pattern BUILD_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{4}");
    static final List<Pattern> ALLOWED_ENTRIES = Stream.of(
            "META-INF/MANIFEST\\.MF", "META-INF/spring/[^/]+\\.xml", "META-INF/maven/.+", "atlassian-plugin\\.xml",
            "customer-groups-build\\.properties", "i18n/.+", "templates/.+", "js/.+", "css/.+", "images/.+",
            "org/customergroups/.+").map(Pattern::compile).toList();
    /** Provided by Jira (or the JVM); packaging them would shadow or clash with the host's classes. */
    static final List<String> FORBIDDEN_PREFIXES = List.of(
            "com/atlassian/", "net/java/ao/", "javax/", "jakarta/", "org/apache/velocity/", "org/glassfish/",
            "org/eclipse/jetty/", "org/slf4j/", "org/osgi/");

    private BundleChecks() {
    }

    /** Bundle-SymbolicName = Atlassian-Plugin-Key = the descriptor's key = the pom's key. */
    static List<String> keyProblems(PluginJar jar, String key) {
        List<String> problems = new ArrayList<>();
        String descriptor = jar.text("atlassian-plugin.xml");
        if (descriptor == null) {
            return List.of("the jar has no atlassian-plugin.xml");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("Bundle-SymbolicName",
                OsgiHeader.parse(jar.header("Bundle-SymbolicName")).stream().findFirst().map(Clause::name).orElse(null));
        keys.put("Atlassian-Plugin-Key", jar.header("Atlassian-Plugin-Key"));
        keys.put("atlassian-plugin.xml key", parse(descriptor).getDocumentElement().getAttribute("key"));
        keys.forEach((where, value) -> {
            if (!key.equals(value)) {
                problems.add(where + " is " + value + ", expected the pom's atlassian.plugin.key " + key);
            }
        });
        return problems;
    }

    /** The headers AMPS writes for a transformerless plugin. */
    static List<String> headerProblems(PluginJar jar, String mavenVersion) {
        List<String> problems = new ArrayList<>();
        expect(jar, problems, "Bundle-ManifestVersion", "2");
        expect(jar, problems, "Bundle-Version", OsgiHeader.osgiVersion(mavenVersion));
        expect(jar, problems, "Spring-Context", "*");
        String exports = jar.header("Export-Package");
        if (exports != null && !exports.isBlank()) {
            problems.add("Export-Package must be empty (the plugin exports nothing) but is " + exports);
        }
        String buildDate = jar.header("Atlassian-Build-Date");
        if (buildDate == null || !BUILD_DATE.matcher(buildDate).matches()) {
            problems.add("Atlassian-Build-Date is " + buildDate + ", expected yyyy-MM-dd'T'HH:mm:ssZ");
        }
        if (jar.header("Import-Package") == null) {
            problems.add("no Import-Package header");
        }
        return problems;
    }

    private static void expect(PluginJar jar, List<String> problems, String name, String value) {
        if (!value.equals(jar.header(name))) {
            problems.add(name + " is " + jar.header(name) + ", expected " + value);
        }
    }

    /**
     * Import-Package: no java.* and no own packages; javax.ws.rs* at [2.0,3); {@link #MANDATORY}
     * present and mandatory; exactly the packages matching the pom's explicit instruction list
     * are mandatory, every other one optional (the {@code *;resolution:=optional} rule).
     */
    static List<String> importProblems(String importPackage, List<String> explicit) {
        List<String> problems = new ArrayList<>();
        Map<String, Clause> byName = new LinkedHashMap<>();
        for (Clause c : OsgiHeader.parse(importPackage)) {
            if (byName.put(c.name(), c) != null) {
                problems.add(c.name() + " is imported twice");
            }
            if (c.name().startsWith("java.")) {
                problems.add(c + ": java.* comes from the boot class path and must not be imported (-noimportjava)");
            }
            if (c.name().startsWith("org.customergroups")) {
                problems.add(c + ": the plugin imports its own package (stale target/classes? run mvn clean)");
            }
            boolean listed = explicit.stream().anyMatch(i -> OsgiHeader.matches(i, c.name()));
            if (listed && c.optional()) {
                problems.add(c + " is listed explicitly in the pom but optional");
            } else if (!listed && !c.optional()) {
                problems.add(c + " is not in the pom's explicit list, so it must be resolution:=optional");
            }
            if (OsgiHeader.matches("javax.ws.rs.*", c.name())
                    && (c.version() == null || !JAX_RS_RANGE.equals(new VersionRange(c.version())))) {
                problems.add(c + " must have version=\"" + JAX_RS_RANGE + "\" (JAX-RS 2.x: Jira 10's REST v2)");
            }
        }
        for (String pkg : MANDATORY) {
            Clause c = byName.get(pkg);
            if (c == null) {
                problems.add(pkg + " is not imported");
            } else if (c.optional()) {
                problems.add(pkg + " must be a mandatory import");
            }
        }
        return problems;
    }

    /** The package names of the Import-Package instruction of the bnd-maven-plugin configuration. */
    static List<String> explicitImportsInPom(Path pomFile) {
        Document pom = Xml.parse(pomFile);
        String bnd = Xml.descendants(pom).stream().filter(e -> Xml.name(e).equals("bnd")).map(Element::getTextContent)
                .findFirst().orElseThrow(() -> new AssertionError(pomFile + " has no <bnd> instructions"));
        String unfolded = bnd.replaceAll("\\\\[ \\t]*\\r?\\n[ \\t]*", "");
        String instruction = unfolded.lines().map(String::trim).filter(l -> l.startsWith("Import-Package:"))
                .findFirst().orElseThrow(() -> new AssertionError("no Import-Package instruction in " + pomFile))
                .substring("Import-Package:".length());
        return OsgiHeader.parse(instruction).stream().map(Clause::name)
                .filter(n -> !n.equals("*") && !n.startsWith("!")).toList();
    }

    /** The descriptor and build-info file were filtered: no ${...} left, key and version substituted. */
    static List<String> filteringProblems(PluginJar jar, String key, String version) {
        List<String> problems = new ArrayList<>();
        String descriptor = jar.text("atlassian-plugin.xml");
        String build = jar.text("customer-groups-build.properties");
        if (descriptor == null || build == null) {
            return List.of("the jar lacks atlassian-plugin.xml or customer-groups-build.properties");
        }
        descriptor.lines().filter(l -> l.contains("${"))
                .forEach(l -> problems.add("atlassian-plugin.xml: unresolved placeholder in " + l.trim()));
        build.lines().filter(l -> l.contains("${"))
                .forEach(l -> problems.add("customer-groups-build.properties: unresolved placeholder in " + l.trim()));
        String descriptorVersion = Xml.descendants(parse(descriptor)).stream()
                .filter(e -> Xml.name(e).equals("version")).map(Xml::text).findFirst().orElse(null);
        if (!version.equals(descriptorVersion)) {
            problems.add("atlassian-plugin.xml <version> is " + descriptorVersion + ", expected " + version);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(build));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!key.equals(p.getProperty("plugin.key")) || !version.equals(p.getProperty("plugin.version"))) {
            problems.add("customer-groups-build.properties has plugin.key=" + p.getProperty("plugin.key")
                    + " plugin.version=" + p.getProperty("plugin.version") + ", expected " + key + " " + version);
        }
        return problems;
    }

    /** Every entry is a directory or one of {@link #ALLOWED_ENTRIES}; nothing Jira provides. */
    static List<String> contentProblems(List<String> entries) {
        List<String> problems = new ArrayList<>();
        for (String name : entries) {
            if (name.endsWith("/")) {
                continue;
            }
            String forbidden = FORBIDDEN_PREFIXES.stream().filter(name::startsWith).findFirst().orElse(null);
            if (forbidden != null) {
                problems.add(name + ": " + forbidden + "** is provided by Jira and must never be packaged");
            } else if (ALLOWED_ENTRIES.stream().noneMatch(p -> p.matcher(name).matches())) {
                problems.add(name + ": not a kind of file the plugin jar may hold");
            }
        }
        return problems;
    }

    /** Classes compiled under {@code classesDir/org/customergroups} that the jar lacks. */
    static List<String> missingClasses(List<String> entries, Path classesDir) {
        Set<String> inJar = new TreeSet<>(entries);
        try (Stream<Path> files = Files.walk(classesDir.resolve("org/customergroups"))) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classesDir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .filter(name -> !inJar.contains(name))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(String xml) {
        return Xml.parse(new InputSource(new StringReader(xml)), "atlassian-plugin.xml");
    }
}
