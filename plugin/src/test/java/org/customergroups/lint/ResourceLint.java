package org.customergroups.lint;

import org.w3c.dom.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks of the descriptor against the resource and source trees, each a small function of
 * paths returning its problems (empty list = fine), so tests can run them on the real tree and
 * on deliberately broken copies alike.
 */
final class ResourceLint {

    private ResourceLint() {
    }

    /**
     * Where Jira keeps its own custom field templates. A {@code <customfield-searcher>} that reuses a system searcher
     * (e.g. ExactTextSearcher) names Jira's templates for it, which are on Jira's class path, not in the plugin.
     */
    static final String JIRA_FIELD_TEMPLATES = "templates/plugins/fields/";

    /**
     * {@code <resource location>} exists; for {@code type="i18n"}, {@code location + ".properties"}. The velocity
     * resources of a {@code <customfield-searcher>} under {@value #JIRA_FIELD_TEMPLATES} are Jira's and not checked.
     */
    static List<String> resourceLocations(Path descriptor, Path resources) {
        List<String> problems = new ArrayList<>();
        for (Element r : resourceElements(descriptor)) {
            String where = ClassLint.where(descriptor, r);
            String location = Xml.attr(r, "location");
            if (location == null || location.isBlank()) {
                problems.add(where + ": <resource> without location");
                continue;
            }
            String type = Xml.attr(r, "type");
            if (isJiraSearcherTemplate(r, type, location)) {
                continue;
            }
            if ("i18n".equals(type)) {
                if (!Files.isRegularFile(resources.resolve(location + ".properties"))) {
                    problems.add(where + ": i18n bundle " + location + ".properties does not exist under " + resources);
                }
            } else if (location.endsWith("/")) {
                if (!Files.isDirectory(resources.resolve(location))) {
                    problems.add(where + ": directory " + location + " does not exist under " + resources);
                }
            } else if (!Files.isRegularFile(resources.resolve(location))) {
                problems.add(where + ": " + location + " (type " + type + ") does not exist under " + resources);
            }
        }
        return problems;
    }

    private static boolean isJiraSearcherTemplate(Element resource, String type, String location) {
        return "velocity".equals(type) && location.startsWith(JIRA_FIELD_TEMPLATES)
                && resource.getParentNode() instanceof Element parent && Xml.name(parent).equals("customfield-searcher");
    }

    /** Every file under js/ and css/ is served by some web-resource (else it never reaches a page). */
    static List<String> unservedWebFiles(Path descriptor, Path resources) {
        Set<String> served = new LinkedHashSet<>();
        for (Element r : resourceElements(descriptor)) {
            if (Xml.attr(r, "location") != null) {
                served.add(Xml.attr(r, "location"));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String dir : List.of("js", "css")) {
            for (Path f : files(resources.resolve(dir), "")) {
                String rel = relative(resources, f);
                boolean ok = served.stream().anyMatch(s -> s.equals(rel) || (s.endsWith("/") && rel.startsWith(s)));
                if (!ok) {
                    problems.add(rel + " is not the location of any <resource> in " + descriptor.getFileName());
                }
            }
        }
        return problems;
    }

    /** Java string literals naming a template ({@code "templates/...vm"}) name an existing file. */
    static List<String> templatesNamedInJava(Path javaRoot, Path resources) {
        List<String> problems = new ArrayList<>();
        for (Path src : files(javaRoot, ".java")) {
            for (JavaLiterals.Literal l : JavaLiterals.of(read(src))) {
                String name = l.value().startsWith("/") ? l.value().substring(1) : l.value();
                if (name.endsWith(".vm") && !name.contains(" ") && !Files.isRegularFile(resources.resolve(name))) {
                    problems.add(relative(javaRoot, src) + ":" + l.line() + ": template " + name
                            + " does not exist under " + resources);
                }
            }
        }
        return problems;
    }

    /** The {@code <entity>} classes of every {@code <ao>} module are exactly {@code expected}. */
    static List<String> aoEntities(Path descriptor, Collection<String> expected) {
        List<String> declared = new ArrayList<>();
        for (Element e : Xml.descendants(Xml.parse(descriptor))) {
            if (Xml.name(e).equals("entity") && e.getParentNode() instanceof Element p && Xml.name(p).equals("ao")) {
                declared.add(Xml.text(e));
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        declared.forEach(d -> counts.merge(d, 1, Integer::sum));
        counts.forEach((name, n) -> {
            if (n > 1) {
                problems.add(name + " is declared " + n + " times in <ao>");
            }
        });
        for (String name : declared) {
            if (!expected.contains(name)) {
                problems.add(name + " is in <ao> but not in StoreEntities.all()");
            }
        }
        for (String name : expected) {
            if (!declared.contains(name)) {
                problems.add(name + " is in StoreEntities.all() but not in <ao>: Jira would not create its table");
            }
        }
        return problems;
    }

    /** The Data Center compatibility parameters of {@code <plugin-info>}. */
    static List<String> pluginInfoParams(Path descriptor) {
        Map<String, String> params = new HashMap<>();
        for (Element e : Xml.descendants(Xml.parse(descriptor))) {
            if (Xml.name(e).equals("param") && e.getParentNode() instanceof Element p && Xml.name(p).equals("plugin-info")) {
                params.put(Xml.attr(e, "name"), Xml.attr(e, "value") != null ? Xml.attr(e, "value") : Xml.text(e));
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> required = Map.of(
                "atlassian-data-center-status", "compatible",
                "atlassian-data-center-compatible", "true");
        required.forEach((name, value) -> {
            if (!value.equals(params.get(name))) {
                problems.add("<plugin-info> <param name=\"" + name + "\"> must be \"" + value + "\" but is "
                        + (params.containsKey(name) ? "\"" + params.get(name) + "\"" : "missing"));
            }
        });
        return problems;
    }

    /** The base i18n bundles the descriptor declares ({@code <resource type="i18n">}). */
    static List<Path> i18nBundles(Path descriptor, Path resources) {
        List<Path> out = new ArrayList<>();
        for (Element r : resourceElements(descriptor)) {
            if ("i18n".equals(Xml.attr(r, "type")) && Xml.attr(r, "location") != null) {
                out.add(resources.resolve(Xml.attr(r, "location") + ".properties"));
            }
        }
        return out;
    }

    /** Problems of each declared bundle and of its translations ({@code name_xx.properties}). */
    static List<String> bundleProblems(Path descriptor, Path resources) {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = i18nBundles(descriptor, resources);
        if (bundles.isEmpty()) {
            problems.add(descriptor.getFileName() + " declares no <resource type=\"i18n\">");
        }
        for (Path base : bundles) {
            if (!Files.isRegularFile(base)) {
                continue; // reported by resourceLocations
            }
            String stem = base.getFileName().toString().replace(".properties", "");
            for (Path f : files(base.getParent(), ".properties")) {
                String name = f.getFileName().toString();
                if (f.getParent().equals(base.getParent()) && (name.equals(stem + ".properties") || name.startsWith(stem + "_"))) {
                    problems.addAll(I18nBundle.read(f).problems());
                }
            }
        }
        return problems;
    }

    /** Every i18n key used by the descriptor, templates, JavaScript and Java sources exists. */
    static List<String> missingI18nKeys(Path descriptor, Path resources, Path javaRoot) {
        Set<String> keys = new LinkedHashSet<>();
        for (Path bundle : i18nBundles(descriptor, resources)) {
            if (Files.isRegularFile(bundle)) {
                keys.addAll(I18nBundle.read(bundle).asMap().keySet());
            }
        }
        List<String> problems = new ArrayList<>();
        List<I18nUsage.Use> uses = new ArrayList<>(I18nUsage.inDescriptor(descriptor));
        for (Path vm : files(resources, ".vm")) {
            uses.addAll(I18nUsage.inTemplate(relative(resources, vm), read(vm)));
        }
        for (Path js : files(resources, ".js")) {
            uses.addAll(I18nUsage.inJavaScript(relative(resources, js), read(js), problems));
        }
        for (Path java : files(javaRoot, ".java")) {
            uses.addAll(I18nUsage.inJava(relative(javaRoot, java), read(java)));
        }
        problems.addAll(I18nUsage.missing(uses, keys));
        return problems;
    }

    /** Output references of every template under {@code templates/} that are not escaped. */
    static List<String> unescapedTemplateOutput(Path resources) {
        List<String> problems = new ArrayList<>();
        for (Path vm : files(resources.resolve("templates"), ".vm")) {
            for (VelocityEscaping.Finding f : VelocityEscaping.unescapedOutput(read(vm))) {
                problems.add(relative(resources, vm) + ":" + f);
            }
        }
        return problems;
    }

    private static List<Element> resourceElements(Path descriptor) {
        return Xml.descendants(Xml.parse(descriptor)).stream().filter(e -> Xml.name(e).equals("resource")).toList();
    }

    static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The 1-based line of {@code text} that {@code index} is on. */
    static int lineAt(String text, int index) {
        int line = 1;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
