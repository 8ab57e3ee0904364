package org.customergroups.sandbox.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes of a package and its sub-packages, from a directory (the reactor's target/classes)
 * or a jar (the installed plugin), as Jira's REST module scans its {@code <package>}.
 */
public final class PackageScanner {

    private PackageScanner() {
    }

    public static List<Class<?>> classesIn(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> namesInDirectory(Path.of(root.toURI()), path, names);
                    case "jar" -> namesInJar(root, path, names);
                    default -> throw new IllegalStateException("Cannot scan " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    private static void namesInDirectory(Path dir, String path, TreeSet<String> names) throws IOException {
        Path base = dir;
        for (int i = 0; i < path.split("/").length; i++) {
            base = base.getParent();
        }
        Path classesRoot = base;
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classesRoot.relativize(f).toString().replace('\\', '/'))
                    .forEach(f -> addClassName(f, names));
        }
    }

    private static void namesInJar(URL root, String path, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith(path + "/"))
                    .forEach(n -> addClassName(n, names));
        }
    }

    private static void addClassName(String resourceName, TreeSet<String> names) {
        // Nested and anonymous classes are reached through their outer class.
        if (resourceName.endsWith(".class") && !resourceName.contains("$") && !resourceName.endsWith("module-info.class")
                && !resourceName.endsWith("package-info.class")) {
            names.add(resourceName.substring(0, resourceName.length() - ".class".length()).replace('/', '.'));
        }
    }
}
