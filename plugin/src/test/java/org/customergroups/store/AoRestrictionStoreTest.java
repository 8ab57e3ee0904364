package org.customergroups.store;

import org.customergroups.domain.ProjectRestriction;
import org.customergroups.store.ao.AuthorizedGroupEntity;
import org.customergroups.store.ao.RestrictionEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Restricted flags and Authorized Reporters against real Active Objects, on H2 and PostgreSQL. */
class AoRestrictionStoreTest {

    private static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void putReplacesFlagAndWholeList(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoRestrictionStore store = new AoRestrictionStore(db.activeObjects());
            assertEquals(Optional.empty(), store.find(10000));

            ProjectRestriction first = new ProjectRestriction(10000, true, List.of(3L, 1L, 3L), "key-lead", AT);
            ProjectRestriction stored = store.put(first);
            assertEquals(new ProjectRestriction(10000, true, List.of(1L, 3L), "key-lead", AT), stored,
                    "ordered by id, stored once");
            assertEquals(Optional.of(stored), store.find(10000));

            store.put(new ProjectRestriction(10001, true, List.of(1L), "key-sales", AT));
            ProjectRestriction second = new ProjectRestriction(10000, false, List.of(2L), "key-admin",
                    AT.plusSeconds(5));
            assertEquals(second, store.put(second));
            assertEquals(Optional.of(second), store.find(10000));
            assertEquals(List.of(1L), store.find(10001).orElseThrow().authorizedGroupIds(), "other project untouched");

            ProjectRestriction emptied = new ProjectRestriction(10000, true, List.of(), "key-lead", AT);
            assertEquals(emptied, store.put(emptied));
            assertEquals(2, db.activeObjects().count(RestrictionEntity.class, net.java.ao.Query.select()));
            assertEquals(1, db.activeObjects().count(AuthorizedGroupEntity.class, net.java.ao.Query.select()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removeGroupEverywhereNamesTheProjectsTouched(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoRestrictionStore store = new AoRestrictionStore(db.activeObjects());
            store.put(new ProjectRestriction(30, true, List.of(1L, 2L), "a", AT));
            store.put(new ProjectRestriction(10, false, List.of(2L), "a", AT));
            store.put(new ProjectRestriction(20, true, List.of(1L), "a", AT));

            assertEquals(List.of(10L, 30L), store.removeGroupEverywhere(2));
            assertEquals(List.of(), store.removeGroupEverywhere(2));
            assertEquals(List.of(1L), store.find(30).orElseThrow().authorizedGroupIds());
            assertEquals(List.of(), store.find(10).orElseThrow().authorizedGroupIds());
            assertTrue(store.find(30).orElseThrow().restricted(), "the flag stays");
            assertEquals(List.of(1L), store.find(20).orElseThrow().authorizedGroupIds());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentSavesOfOneProjectKeepOneWholeList(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoRestrictionStore store = new AoRestrictionStore(db.activeObjects());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 1; round <= 20; round++) {
                    long project = round;
                    Races.race(pool,
                            () -> store.put(new ProjectRestriction(project, true, List.of(1L, 2L), "a", AT)),
                            () -> store.put(new ProjectRestriction(project, true, List.of(3L), "b", AT)));
                    List<Long> ids = store.find(project).orElseThrow().authorizedGroupIds();
                    assertTrue(ids.equals(List.of(1L, 2L)) || ids.equals(List.of(3L)), ids::toString);
                    assertEquals(round, db.activeObjects().count(RestrictionEntity.class, net.java.ao.Query.select()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
