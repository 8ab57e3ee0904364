package org.customergroups.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The H2 file keeps the demo data across restarts, and the seed is written only once. */
class SandboxRestartTest {

    private static final int DEMO_USERS = 6;
    private static final int DEMO_TICKETS = 7;

    @TempDir
    Path data;

    @Test
    void restartOnTheSameDataKeepsExactlyOneSeed() {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, SandboxConfig.h2In(data));
        try (Sandbox first = new Sandbox()) {
            first.start(config);
            assertEquals(DEMO_USERS, first.directory().countUsers());
            assertEquals(DEMO_TICKETS, first.projects().countIssues());
            assertEquals(List.of("jira-administrators", "jira-software-users"), first.directory().groupsOf("admin"));
            assertEquals(7, first.projects().countIssues("HELP"));
            assertEquals(0, first.projects().countIssues("SALES"));
            assertEquals("Customer Support", first.projects().findProject("HELP").orElseThrow().name());
            assertTrue(first.projects().findProject("NOPE").isEmpty());
        }
        assertTrue(Files.exists(data.resolve("customer-groups.mv.db")), "H2 file in the data folder");
        try (Sandbox second = new Sandbox()) {
            int port = second.start(config);
            assertEquals(DEMO_USERS, second.directory().countUsers());
            assertEquals(DEMO_TICKETS, second.projects().countIssues());
            assertEquals(200, new SandboxClient(port).get("/jira/rest/customer-groups/1.0/health", "admin").statusCode());
        }
    }

    @Test
    void closeIsIdempotentAndFreesThePort() {
        SandboxConfig config = new SandboxConfig("127.0.0.1", 0, SandboxConfig.h2In(data));
        Sandbox sandbox = new Sandbox();
        int port = sandbox.start(config);
        sandbox.close();
        sandbox.close();
        // The same port can be bound again at once: Jetty really let go of it.
        try (Sandbox again = new Sandbox()) {
            assertEquals(port, again.start(new SandboxConfig("127.0.0.1", port, SandboxConfig.h2In(data))));
        }
    }
}
