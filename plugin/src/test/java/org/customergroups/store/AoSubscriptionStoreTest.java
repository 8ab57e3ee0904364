package org.customergroups.store;

import net.java.ao.Query;
import org.customergroups.domain.DeliveryMode;
import org.customergroups.domain.Subscription;
import org.customergroups.store.ao.SubscriptionEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subscriptions against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoSubscriptionStoreTest {

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void saveInsertsThenReplaces(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoSubscriptionStore store = new AoSubscriptionStore(db.activeObjects());
            assertEquals(Optional.empty(), store.find("alice"));
            assertEquals(Optional.empty(), store.find(null));

            store.save(new Subscription("alice", false, DeliveryMode.IMMEDIATE));
            store.save(new Subscription("JIRAUSER10100", true, DeliveryMode.DIGEST));
            store.save(new Subscription("ünïcødé-用户", true, DeliveryMode.IMMEDIATE));
            assertEquals(Optional.of(new Subscription("alice", false, DeliveryMode.IMMEDIATE)), store.find("alice"));

            store.save(new Subscription("alice", true, DeliveryMode.DIGEST));
            store.save(new Subscription("alice", true, DeliveryMode.DIGEST));
            assertEquals(Optional.of(new Subscription("alice", true, DeliveryMode.DIGEST)), store.find("alice"));
            assertEquals(Optional.of(new Subscription("JIRAUSER10100", true, DeliveryMode.DIGEST)),
                    store.find("JIRAUSER10100"));
            assertEquals(Optional.of(new Subscription("ünïcødé-用户", true, DeliveryMode.IMMEDIATE)),
                    store.find("ünïcødé-用户"));
            assertEquals(Optional.empty(), store.find("ALICE"), "user keys are exact");
            assertEquals(3, rows(db), "one row per user");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findAllReturnsTheStoredOnesAcrossBatches(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoSubscriptionStore store = new AoSubscriptionStore(db.activeObjects());
            Map<String, Subscription> expected = new HashMap<>();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 1_234; i++) {
                Subscription s = new Subscription("user-" + i, i % 3 != 0, i % 2 == 0 ? DeliveryMode.DIGEST
                        : DeliveryMode.IMMEDIATE);
                expected.put(s.userKey(), s);
                Map<String, Object> row = new HashMap<>();
                row.put(SubscriptionEntity.USER_KEY, s.userKey());
                row.put(SubscriptionEntity.ENABLED, s.enabled());
                row.put(SubscriptionEntity.DELIVERY_MODE, s.mode());
                rows.add(row);
            }
            db.activeObjects().create(SubscriptionEntity.class, rows);
            List<String> asked = new ArrayList<>(expected.keySet());
            for (int i = 0; i < 700; i++) {
                asked.add("default-" + i);
            }
            asked.addAll(asked.subList(0, 50));
            asked.addAll(Arrays.asList(null, null));
            Collections.shuffle(asked, new Random(5));

            assertTrue(Ids.batches(asked).size() > 3, "several IN lists");
            assertEquals(expected, store.findAll(asked));
            assertEquals(Map.of("user-7", expected.get("user-7")), store.findAll(List.of("user-7", "nobody")));
            assertEquals(Map.of(), store.findAll(List.of()));
            assertEquals(Map.of(), store.findAll(null));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentFirstSavesOfOneUserLeaveOneRow(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoSubscriptionStore store = new AoSubscriptionStore(db.activeObjects());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 30; round++) {
                    String user = "user-" + round;
                    Subscription a = new Subscription(user, false, DeliveryMode.IMMEDIATE);
                    Subscription b = new Subscription(user, true, DeliveryMode.DIGEST);
                    Races.race(pool, () -> {
                        store.save(a);
                        return true;
                    }, () -> {
                        store.save(b);
                        return true;
                    });
                    Subscription stored = store.find(user).orElseThrow();
                    assertTrue(stored.equals(a) || stored.equals(b), stored.toString());
                    assertEquals(round + 1, rows(db), user);

                    // And two changes of an existing row: still one row, one of the two values.
                    Races.race(pool, () -> {
                        store.save(b);
                        return true;
                    }, () -> {
                        store.save(a);
                        return true;
                    });
                    Subscription changed = store.find(user).orElseThrow();
                    assertTrue(changed.equals(a) || changed.equals(b), changed.toString());
                    assertEquals(round + 1, rows(db), user);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static int rows(AoDatabase db) {
        return db.activeObjects().count(SubscriptionEntity.class, Query.select());
    }
}
