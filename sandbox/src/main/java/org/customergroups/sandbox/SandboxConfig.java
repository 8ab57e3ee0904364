package org.customergroups.sandbox;

import org.customergroups.testkit.ao.DatabaseConfig;

import java.nio.file.Path;

/** Where the sandbox listens and which database it uses. Port 0 picks a free port (tests). */
public record SandboxConfig(String bind, int port, DatabaseConfig database) {

    public static final int DEFAULT_PORT = 2990;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String H2_FILE_NAME = "customer-groups";

    /** The default database: an H2 file {@code customer-groups} in {@code dataDir}. */
    public static DatabaseConfig h2In(Path dataDir) {
        return DatabaseConfig.h2File(dataDir.resolve(H2_FILE_NAME));
    }
}
