package org.customergroups.store;

import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.RequestForm;
import org.customergroups.store.ao.RequestFormEntity;
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

/** Request forms against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoFormStoreTest {

    private static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void putInsertsThenReplacesOneRowPerProject(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoFormStore store = new AoFormStore(db.activeObjects());
            assertEquals(Optional.empty(), store.find(10000));

            String intro = "Welcome <script>alert(1)</script> & \"quotes\" 用户 ".repeat(100).strip();
            String help = "h".repeat(GroupBlock.MAX_HELP);
            RequestForm first = new RequestForm(10000, true, "Helpdesk <b>form</b>", intro, false,
                    new GroupBlock(true, "Your company", help, true, false), "key-lead", AT);
            assertEquals(first, store.put(first));
            assertEquals(Optional.of(first), store.find(10000));

            RequestForm second = new RequestForm(10000, false, "", "", true, GroupBlock.off(), "key-admin",
                    AT.plusSeconds(60));
            assertEquals(second, store.put(second), "empty texts read back empty (stored as NULL)");
            assertEquals(Optional.of(second), store.find(10000));
            RequestForm other = RequestForm.initial(10001);
            assertEquals(other, store.put(other), "a never-saved shape (no updatedBy/At) round-trips");
            assertEquals(Optional.of(second), store.find(10000));
            assertEquals(2, db.activeObjects().count(RequestFormEntity.class, net.java.ao.Query.select()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentFirstSavesLeaveOneRow(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoFormStore store = new AoFormStore(db.activeObjects());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 1; round <= 20; round++) {
                    long project = round;
                    List<RequestForm> saved = Races.race(pool,
                            () -> store.put(new RequestForm(project, true, "A", "", true, GroupBlock.off(), "a", AT)),
                            () -> store.put(new RequestForm(project, false, "B", "", true, GroupBlock.off(), "b",
                                    AT)));
                    String title = store.find(project).orElseThrow().title();
                    assertTrue(title.equals("A") || title.equals("B"), title);
                    assertEquals(2, saved.size());
                    assertEquals(round, db.activeObjects().count(RequestFormEntity.class, net.java.ao.Query.select()), "one row per project");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
