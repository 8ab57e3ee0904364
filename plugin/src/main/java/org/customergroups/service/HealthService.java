package org.customergroups.service;

import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks that the plugin's tables answer, for the health endpoint and the About page. */
public final class HealthService {

    private static final Logger LOG = LoggerFactory.getLogger(HealthService.class);

    private final CustomerGroupStore groups;
    private final HostInfo host;
    private final PluginInfo plugin;

    public HealthService(CustomerGroupStore groups, HostInfo host, PluginInfo plugin) {
        this.groups = groups;
        this.host = host;
        this.plugin = plugin;
    }

    public HealthReport check() {
        String product = null;
        long start = System.nanoTime();
        HealthReport.Database database;
        try {
            product = host.databaseProduct().orElse(null);
            int count = groups.count();
            database = new HealthReport.Database(HealthReport.Status.UP, product, millisSince(start), count);
        } catch (RuntimeException e) {
            // Reported as DOWN without details: the log has them, the response must not.
            LOG.error("Customer Groups database check failed", e);
            database = new HealthReport.Database(HealthReport.Status.DOWN, product, millisSince(start), null);
        }
        return new HealthReport(database.status(), plugin, host.productName(), host.productVersion(), database);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
