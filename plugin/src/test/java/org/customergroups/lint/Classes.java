package org.customergroups.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks classes up for the lint: on the test class path (plugin classes, platform-api
 * declarations, javax APIs, AO) without initialising them. A <em>plugin class</em> is one in
 * package {@code org.customergroups} compiled into the plugin's own output directory, so a
 * platform-api declaration or a testkit class never counts as one.
 */
final class Classes {

    static final String PLUGIN_PACKAGE = "org.customergroups.";

    private final ClassLoader loader;
    private final Path classesDir;

    Classes(ClassLoader loader, Path classesDir) {
        this.loader = loader;
        this.classesDir = classesDir;
    }

    /** The plugin's compiled main classes (surefire runs after compile). */
    static Classes ofPlugin() {
        return new Classes(Classes.class.getClassLoader(), Path.of("target/classes"));
    }

    /** Result of a lookup: the class, or why there is none. */
    sealed interface Lookup permits Found, Missing {
    }

    record Found(Class<?> type) implements Lookup {
    }

    record Missing(String reason) implements Lookup {
    }

    /** Accepts binary names ({@code a.B$C}) and canonical names of nested classes ({@code a.B.C}). */
    Lookup find(String name) {
        String candidate = name.trim();
        String firstFailure = null;
        while (true) {
            try {
                return new Found(Class.forName(candidate, false, loader));
            } catch (ClassNotFoundException e) {
                // try the next nested-class spelling
            } catch (LinkageError e) {
                // the class is there but something it extends or implements is not
                firstFailure = firstFailure == null ? "cannot be loaded: " + e : firstFailure;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return new Missing(firstFailure != null ? firstFailure : "does not exist");
            }
            candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
        }
    }

    boolean isPluginClass(Class<?> type) {
        return type.getName().startsWith(PLUGIN_PACKAGE)
                && Files.isRegularFile(classesDir.resolve(type.getName().replace('.', '/') + ".class"));
    }

    boolean packageExists(String pkg) {
        return Files.isDirectory(classesDir.resolve(pkg.replace('.', '/')));
    }

    /** Plugin classes in {@code pkg} and its sub-packages (what Jersey's package scanning sees). */
    List<Class<?>> inPackageTree(String pkg) {
        Path dir = classesDir.resolve(pkg.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String rel = classesDir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                if (find(name) instanceof Found found) {
                    out.add(found.type());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
