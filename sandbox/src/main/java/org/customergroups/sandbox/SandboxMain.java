package org.customergroups.sandbox;

/**
 * Starts the sandbox: {@code mvn -q -pl sandbox exec:java}, then http://localhost:2990/jira/.
 * Ctrl-C stops Jetty and closes the database (shutdown hook).
 *
 * <p>The start and stop lines go to stdout, not to SLF4J: under {@code exec:java} SLF4J is Maven's
 * own logger, which {@code -q} silences.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SandboxOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(SandboxOptions.USAGE);
            return;
        }
        Sandbox sandbox = new Sandbox();
        int port = sandbox.start(options.toConfig());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the Customer Groups sandbox");
            sandbox.close();
            System.out.println("Customer Groups sandbox stopped");
        }, "sandbox-shutdown"));
        System.out.printf("Customer Groups sandbox running at http://localhost:%d%s (database: %s)%n",
                port, Sandbox.CONTEXT_PATH, sandbox.databaseDescription());
        sandbox.join();
    }
}
