package org.customergroups.store;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.customergroups.store.ao.SettingEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Global settings against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoSettingsStoreTest {

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void putGetReplaceAndRemove(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoSettingsStore settings = new AoSettingsStore(db.activeObjects());
            assertEquals(Optional.empty(), settings.get("audit.retentionDays"));
            assertEquals(Optional.empty(), settings.get(null));

            settings.put("audit.retentionDays", "30");
            settings.put("other", "x");
            assertEquals(Optional.of("30"), settings.get("audit.retentionDays"));
            settings.put("audit.retentionDays", "0");
            settings.put("audit.retentionDays", "0");
            assertEquals(Optional.of("0"), settings.get("audit.retentionDays"));
            assertEquals(2, rows(db), "replacing keeps one row per name");
            assertEquals(Optional.empty(), settings.get("AUDIT.RETENTIONDAYS"), "names are exact");

            settings.put("audit.retentionDays", null);
            settings.put("never.set", null);
            assertEquals(Optional.empty(), settings.get("audit.retentionDays"));
            assertEquals(Optional.of("x"), settings.get("other"));
            settings.put("audit.retentionDays", "7");
            assertEquals(Optional.of("7"), settings.get("audit.retentionDays"));

            // Values are unlimited; empty is a value, not a removal.
            String big = "ünïcødé 🚀 <b>'\"".repeat(1_000);
            settings.put("big", big);
            settings.put("empty", "");
            assertEquals(Optional.of(big), settings.get("big"));
            assertEquals(Optional.of(""), settings.get("empty"));
            assertThrows(NullPointerException.class, () -> settings.put(null, "x"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentFirstWritesOfOneSettingLeaveOneRow(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoSettingsStore settings = new AoSettingsStore(db.activeObjects());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 30; round++) {
                    String name = "setting-" + round;
                    Races.race(pool, () -> {
                        settings.put(name, "a");
                        return true;
                    }, () -> {
                        settings.put(name, "b");
                        return true;
                    });
                    String value = settings.get(name).orElseThrow();
                    assertTrue(value.equals("a") || value.equals("b"), value);
                    assertEquals(round + 1, rows(db), name);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The path the races above may or may not take: the insert fails on the unique name, the retry updates. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anInsertThatLostTheRaceBecomesAnUpdate(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoSettingsStore settings = new AoSettingsStore(db.activeObjects());
            settings.put("name", "winner");
            AtomicInteger updates = new AtomicInteger();

            Upserts.upsert(() -> {
                if (updates.getAndIncrement() == 0) {
                    return false; // as if the winner had not committed yet when we looked
                }
                settings.put("name", "loser, last");
                return true;
            }, () -> db.activeObjects().executeInTransaction(() -> db.activeObjects().create(SettingEntity.class,
                    new DBParam(SettingEntity.SETTING_NAME, "name"),
                    new DBParam(SettingEntity.SETTING_VALUE, "second row"))),
                    () -> settings.get("name").isPresent());

            assertEquals(2, updates.get());
            assertEquals(Optional.of("loser, last"), settings.get("name"));
            assertEquals(1, rows(db));

            // Any other insert failure is not a lost race.
            IllegalStateException other = new IllegalStateException("disk full");
            assertSame(other, assertThrows(IllegalStateException.class, () -> Upserts.upsert(() -> false, () -> {
                throw other;
            }, () -> false)));
        }
    }

    private static int rows(AoDatabase db) {
        return db.activeObjects().count(SettingEntity.class, Query.select());
    }
}
