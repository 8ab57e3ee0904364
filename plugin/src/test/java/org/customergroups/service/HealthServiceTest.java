package org.customergroups.service;

import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.port.HostInfo;
import org.customergroups.store.AoCustomerGroupStore;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class HealthServiceTest {

    private static final PluginInfo PLUGIN = new PluginInfo("org.customergroups.customer-groups", "1.2.3");
    private static final HostInfo HOST = new HostInfo() {
        @Override
        public String productName() {
            return "Jira";
        }

        @Override
        public String productVersion() {
            return "10.3.0";
        }

        @Override
        public Optional<String> databaseProduct() {
            return Optional.of("H2");
        }
    };

    @Test
    void reportsUpWithTheNumberOfGroupsWhenTheTablesAnswer() {
        try (AoDatabase db = StoreDatabases.openMigrated(DatabaseConfig.h2Memory("health_up"))) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            store.create("Acme", GroupKind.STATIC, "", GroupSettings.defaults(), "admin", Instant.now());

            HealthReport report = new HealthService(store, HOST, PLUGIN).check();

            assertEquals(HealthReport.Status.UP, report.status());
            assertEquals(HealthReport.Status.UP, report.database().status());
            assertEquals(1, report.database().customerGroups());
            assertEquals("H2", report.database().product());
            assertEquals(PLUGIN, report.plugin());
            assertEquals("Jira", report.hostName());
            assertEquals("10.3.0", report.hostVersion());
        }
    }

    @Test
    void reportsDownWithoutDetailsWhenTheTablesAreMissing() {
        // A real database where the plugin's tables were never created.
        try (AoDatabase db = AoDatabase.openForTest(DatabaseConfig.h2Memory("health_down"), StoreDatabases.PLUGIN_KEY)) {
            HealthReport report = new HealthService(new AoCustomerGroupStore(db.activeObjects()), HOST, PLUGIN).check();

            assertEquals(HealthReport.Status.DOWN, report.status());
            assertEquals(HealthReport.Status.DOWN, report.database().status());
            assertNull(report.database().customerGroups());
        }
    }

    @Test
    void pluginInfoComesFromTheBuild() {
        PluginInfo info = PluginInfo.fromBuild();
        assertEquals(StoreDatabases.PLUGIN_KEY, info.key());
        assertFalse(info.version().isBlank() || info.version().contains("${"),
                () -> "version not filtered from the build: '" + info.version() + "'");
    }
}
