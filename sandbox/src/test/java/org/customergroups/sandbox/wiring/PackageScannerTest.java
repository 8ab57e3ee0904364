package org.customergroups.sandbox.wiring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackageScannerTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void findsClassesInADirectory() {
        // target/classes and target/test-classes are directories.
        List<Class<?>> classes = PackageScanner.classesIn("org.customergroups.sandbox.wiring", loader);
        assertTrue(classes.contains(Components.class));
        assertTrue(classes.contains(PackageScannerTest.class));
    }

    @Test
    void findsClassesInAJarAndSubPackages() {
        List<Class<?>> classes = PackageScanner.classesIn("org.junit.jupiter.api", loader);
        assertTrue(classes.contains(Test.class));
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals("org.junit.jupiter.api.io")));
        assertFalse(classes.stream().anyMatch(c -> c.getName().contains("$")));
    }
}
