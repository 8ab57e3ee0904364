package org.customergroups.store;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrates the plugin's tables and round-trips a customer group, on H2 and on PostgreSQL. */
class AoCustomerGroupStoreTest {

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createdGroupRoundTripsThroughTheDatabase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            Instant createdAt = Instant.parse("2026-11-24T08:15:30.123Z");
            String description = "Acme <Corp> \"EMEA\" – ünïcødé " + "x".repeat(5000);

            CustomerGroup created = store.create("Acme / Support", GroupKind.STATIC, description, "admin", createdAt);
            db.activeObjects().flushAll();

            CustomerGroup read = store.findById(created.id()).orElseThrow();
            assertEquals(new CustomerGroup(created.id(), "Acme / Support", GroupKind.STATIC, description, "admin",
                    createdAt.truncatedTo(ChronoUnit.MILLIS)), read);
            assertEquals(read, store.findByName("ACME / support").orElseThrow());
            assertTrue(store.findByName("Acme").isEmpty());
            assertTrue(store.findById(created.id() + 1000).isEmpty());
            assertEquals(1, store.count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void namesAreUniqueIgnoringCase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            store.create("Globex", GroupKind.STATIC, null, "admin", Instant.now());

            assertThrows(RuntimeException.class,
                    () -> store.create("GLOBEX", GroupKind.DYNAMIC, null, "admin", Instant.now()));
            assertEquals(1, store.count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tablesAreNamedAsJiraNamesThem(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config);
             Connection c = db.connection();
             ResultSet tables = c.getMetaData().getTables(null, config.schema(), db.tablePrefix() + "_CUSTOMER_GROUP", null)) {
            assertTrue(tables.next(), "table " + db.tablePrefix() + "_CUSTOMER_GROUP in schema " + config.schema());
        }
    }
}
