package org.customergroups.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxOptionsTest {

    @Test
    void defaults() {
        SandboxConfig config = SandboxOptions.parse().toConfig();
        assertEquals(2990, config.port());
        assertEquals("127.0.0.1", config.bind());
        assertTrue(config.database().url().startsWith("jdbc:h2:file:"
                + Path.of("sandbox", "data", "customer-groups").toAbsolutePath()), config.database().url());
    }

    @Test
    void postgres() {
        SandboxOptions options = SandboxOptions.parse("--port", "0", "--bind", "0.0.0.0",
                "--db", "jdbc:postgresql://127.0.0.1:5432/jira", "--db-user", "jira", "--db-password", "secret");
        SandboxConfig config = options.toConfig();
        assertEquals(0, config.port());
        assertTrue(config.database().isPostgres());
        assertEquals("jira", config.database().user());
        assertFalse(options.toString().contains("secret"));
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--port", "http"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--nope", "1"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.parse("--data"));
        assertTrue(SandboxOptions.parse("--help").help());
    }
}
