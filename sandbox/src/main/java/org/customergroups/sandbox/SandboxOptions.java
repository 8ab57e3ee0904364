package org.customergroups.sandbox;

import org.customergroups.testkit.ao.DatabaseConfig;

import java.nio.file.Path;

/** The command line of {@link SandboxMain}. */
record SandboxOptions(int port, String bind, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                      boolean help) {

    static final String USAGE = """
            Customer Groups sandbox: the plugin on Jetty + H2, playing Jira's part (development and demo only).
              --port N              HTTP port (default 2990; 0 = any free port)
              --bind ADDRESS        address to listen on (default 127.0.0.1)
              --data DIR            folder of the H2 file database (default sandbox/data)
              --db JDBC_URL         another database instead, e.g. jdbc:postgresql://127.0.0.1:5432/jira
              --db-user USER        its user
              --db-password PW      its password
              --help                this text""";

    static SandboxOptions parse(String... args) {
        int port = SandboxConfig.DEFAULT_PORT;
        String bind = SandboxConfig.DEFAULT_BIND;
        Path data = Path.of("sandbox", "data");
        String url = null;
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new SandboxOptions(port, bind, data, url, user, password, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> port = parsePort(value);
                case "--bind" -> bind = value;
                case "--data" -> data = Path.of(value);
                case "--db" -> url = value;
                case "--db-user" -> user = value;
                case "--db-password" -> password = value;
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return new SandboxOptions(port, bind, data, url, user, password, false);
    }

    SandboxConfig toConfig() {
        DatabaseConfig database = dbUrl == null ? SandboxConfig.h2In(dataDir) : DatabaseConfig.of(dbUrl, dbUser, dbPassword);
        return new SandboxConfig(bind, port, database);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Not a port number: " + value);
    }

    @Override
    public String toString() {
        // Never print the database password.
        return "SandboxOptions[port=" + port + ", bind=" + bind + ", data=" + dataDir + ", db=" + dbUrl + "]";
    }
}
