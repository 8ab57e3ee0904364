package org.customergroups.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A plugin jar read into memory: main manifest attributes and every entry (name -> bytes). */
record PluginJar(Path path, Attributes manifest, Map<String, byte[]> files) {

    static PluginJar read(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                try (InputStream in = jf.getInputStream(entry)) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
            return new PluginJar(jar, m == null ? new Attributes() : m.getMainAttributes(), files);
        } catch (IOException e) {
            throw new UncheckedIOException(jar + ": " + e.getMessage(), e);
        }
    }

    List<String> entries() {
        return new ArrayList<>(files.keySet());
    }

    String header(String name) {
        return manifest.getValue(name);
    }

    /** The entry as UTF-8 text, or null when the jar has no such entry. */
    String text(String name) {
        byte[] b = files.get(name);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /**
     * A copy of this jar at {@code target} with the manifest edited and entries replaced, added
     * (non-null value) or removed (null value): for tests that prove a check can fail.
     */
    PluginJar copy(Path target, Consumer<Attributes> manifestEdit, Map<String, String> changes) {
        Manifest m = new Manifest();
        m.getMainAttributes().putAll(manifest);
        manifestEdit.accept(m.getMainAttributes());
        Map<String, byte[]> out = new LinkedHashMap<>(files);
        out.remove("META-INF/MANIFEST.MF");
        changes.forEach((name, content) -> {
            if (content == null) {
                out.remove(name);
            } else {
                out.put(name, content.getBytes(StandardCharsets.UTF_8));
            }
        });
        try (OutputStream os = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(os, m)) {
            for (Map.Entry<String, byte[]> e : out.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(target);
    }
}
