package org.customergroups.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One sandbox for a test class, on a free port with a temporary H2 file:
 * {@code @RegisterExtension static final RunningSandbox SANDBOX = new RunningSandbox();}. It starts
 * on first use (so a class that skips itself in {@code @BeforeAll} starts nothing) and is closed,
 * its files deleted, after the class.
 */
public final class RunningSandbox implements AfterAllCallback {

    private Sandbox sandbox;
    private SandboxClient client;
    private Path data;

    public synchronized Sandbox sandbox() {
        if (sandbox == null) {
            try {
                data = Files.createTempDirectory("cg-sandbox-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Sandbox started = new Sandbox();
            started.start(new SandboxConfig("127.0.0.1", 0, SandboxConfig.h2In(data)));
            sandbox = started;
        }
        return sandbox;
    }

    public int port() {
        return sandbox().port();
    }

    /** One client for the class (its cookie session is shared); make a new SandboxClient for a fresh session. */
    synchronized SandboxClient client() {
        if (client == null) {
            client = new SandboxClient(port());
        }
        return client;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws IOException {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
        } finally {
            sandbox = null;
            client = null;
            if (data != null) {
                try (Stream<Path> files = Files.walk(data)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                data = null;
            }
        }
    }
}
