package org.customergroups.store;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.customergroups.service.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The customer-group store against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoCustomerGroupStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:15:30.123Z");

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createdGroupRoundTripsThroughTheDatabase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            String description = "Acme <Corp> \"EMEA\" – ünïcødé " + "x".repeat(5000);
            GroupSettings settings = new GroupSettings(List.of("acme.example", "acme-support.example"), true,
                    ViewPolicy.ADMINS, UpdatePolicy.JIRA_ADMINS);

            CustomerGroup created = store.create("Acme / Support", GroupKind.STATIC, description, settings, "admin",
                    NOW);
            db.activeObjects().flushAll();

            CustomerGroup read = store.findById(created.id()).orElseThrow();
            assertEquals(new CustomerGroup(created.id(), "Acme / Support", GroupKind.STATIC, description, settings,
                    "admin", NOW.truncatedTo(ChronoUnit.MILLIS)), read);
            assertEquals(created, read);
            assertEquals(read, store.findByName("ACME / support").orElseThrow());
            assertTrue(store.findByName("Acme").isEmpty());
            assertTrue(store.findByName(null).isEmpty());
            assertTrue(store.findById(created.id() + 1000).isEmpty());
            assertTrue(store.findById(-1).isEmpty());
            assertTrue(store.findById(Long.MAX_VALUE).isEmpty());
            assertEquals(1, store.count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void defaultsApplyWhenNoSettingsAreGiven(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());

            CustomerGroup created = store.create("Customers", GroupKind.DEFAULT, null, null, null, NOW);

            CustomerGroup read = store.findById(created.id()).orElseThrow();
            assertEquals(GroupSettings.defaults(), read.settings());
            assertEquals("", read.description());
            assertEquals(null, read.createdBy());
            assertEquals(GroupKind.DEFAULT, read.kind());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void updateReplacesDescriptionAndSettings(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            CustomerGroup created = store.create("Globex", GroupKind.STATIC, "old",
                    new GroupSettings(List.of("globex.example"), true, ViewPolicy.ADMINS, UpdatePolicy.JIRA_ADMINS),
                    "admin", NOW);
            GroupSettings newSettings = new GroupSettings(List.of(), false, ViewPolicy.EVERYONE,
                    UpdatePolicy.PROJECT_ADMINS_OF_USING_PROJECTS);

            CustomerGroup updated = store.update(created.id(), "new description", newSettings).orElseThrow();

            assertEquals("new description", updated.description());
            assertEquals(newSettings, updated.settings());
            assertEquals(updated, store.findById(created.id()).orElseThrow());
            assertEquals(created.name(), updated.name());
            assertEquals(created.createdAt(), updated.createdAt());

            GroupSettings again = new GroupSettings(List.of("a.example", "b.example", "c.example"), true,
                    ViewPolicy.AGENTS_OF_USING_PROJECTS, UpdatePolicy.JIRA_ADMINS);
            assertEquals(again, store.update(created.id(), "", again).orElseThrow().settings());
            assertEquals(again, store.findById(created.id()).orElseThrow().settings());

            assertTrue(store.update(created.id() + 1000, "x", newSettings).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deleteRemovesOnlyThatGroup(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            CustomerGroup acme = store.create("Acme", GroupKind.STATIC, null, null, "admin", NOW);
            CustomerGroup globex = store.create("Globex", GroupKind.STATIC, null, null, "admin", NOW);

            assertTrue(store.delete(acme.id()));

            assertTrue(store.findById(acme.id()).isEmpty());
            assertTrue(store.findByName("acme").isEmpty());
            assertEquals(globex, store.findById(globex.id()).orElseThrow());
            assertEquals(false, store.delete(acme.id()));
            assertEquals(false, store.delete(0));
            assertEquals(1, store.count());
            // The name is free again.
            store.create("ACME", GroupKind.STATIC, null, null, "admin", NOW);
            assertEquals(2, store.count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void namesAreUniqueIgnoringCase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            store.create("Globex", GroupKind.STATIC, null, null, "admin", NOW);

            DomainException e = assertProblem(ProblemKind.CONFLICT, "cg.error.group.exists",
                    () -> store.create("GLOBEX", GroupKind.DYNAMIC, null, null, "admin", NOW));
            assertEquals(List.of("GLOBEX"), e.arguments());
            assertEquals(1, store.count());
        }
    }

    /** Both threads pass the "does it exist?" check; the unique constraint decides, and the loser sees a conflict. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentCreatesOfOneNameLetExactlyOneWin(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    String name = "Race " + round;
                    CyclicBarrier start = new CyclicBarrier(2);
                    List<Future<CustomerGroup>> results = new ArrayList<>();
                    for (String spelling : List.of(name, name.toUpperCase())) {
                        results.add(pool.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            return store.create(spelling, GroupKind.STATIC, null, null, "admin", NOW);
                        }));
                    }
                    int won = 0;
                    int conflicts = 0;
                    for (Future<CustomerGroup> f : results) {
                        try {
                            f.get(30, TimeUnit.SECONDS);
                            won++;
                        } catch (java.util.concurrent.ExecutionException e) {
                            DomainException d = assertInstanceOf(DomainException.class, e.getCause());
                            assertEquals(ProblemKind.CONFLICT, d.kind());
                            assertEquals("cg.error.group.exists", d.messageKey());
                            conflicts++;
                        }
                    }
                    assertEquals(1, won, "round " + round);
                    assertEquals(1, conflicts, "round " + round);
                }
                assertEquals(10, store.count());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unicodeAndMarkupNamesAreStoredVerbatim(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            List<String> names = List.of("<script>alert('x')</script>", "Ünïcødé Kunden 客户 😀",
                    "O'Brien & \"Sons\"", "a/b\\c;--", "Ω".repeat(255));

            for (String name : names) {
                CustomerGroup created = store.create(name, GroupKind.STATIC, name, null, "admin", NOW);
                CustomerGroup read = store.findById(created.id()).orElseThrow();
                assertEquals(name, read.name());
                assertEquals(name, read.description());
                assertEquals(read, store.findByName(name.toUpperCase(java.util.Locale.ROOT)).orElseThrow());
            }
            assertEquals("<script>alert('x')</script>",
                    store.search("<SCRIPT>", PageRequest.of(0, 10)).values().get(0).name());
            assertEquals("Ünïcødé Kunden 客户 😀", store.search("ÜNÏ", PageRequest.of(0, 10)).values().get(0).name());
            assertEquals(1, store.search("客户 😀", PageRequest.of(0, 10)).total());
            assertEquals(1, store.search("'brien", PageRequest.of(0, 10)).total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchPagesThroughGroupsInNameOrderIgnoringCase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            List<String> names = new ArrayList<>(IntStream.range(0, 30)
                    .mapToObj(i -> (i % 2 == 0 ? "group " : "Group ") + String.format("%02d", i)).toList());
            names.addAll(List.of("alpha", "Beta", "GAMMA"));
            List<String> shuffled = new ArrayList<>(names);
            Collections.shuffle(shuffled, new Random(7));
            shuffled.forEach(n -> store.create(n, GroupKind.STATIC, null, null, "admin", NOW));

            Page<CustomerGroup> all = store.search(null, PageRequest.of(0, 100));
            assertEquals(33, all.total());
            assertEquals(List.of("alpha", "Beta", "GAMMA"), names(all).subList(0, 3));
            assertEquals("group 00", names(all).get(3));
            assertEquals("Group 29", names(all).get(32));

            Page<CustomerGroup> first = store.search("  GROUP ", PageRequest.of(0, 25));
            assertEquals(30, first.total());
            assertEquals(0, first.start());
            assertEquals(25, first.limit());
            assertEquals(25, first.values().size());
            assertEquals("group 00", first.values().get(0).name());
            assertEquals("Group 01", first.values().get(1).name());

            Page<CustomerGroup> second = store.search("group", PageRequest.of(25, 25));
            assertEquals(30, second.total());
            assertEquals(List.of("Group 25", "group 26", "Group 27", "group 28", "Group 29"), names(second));

            Page<CustomerGroup> beyond = store.search("group", PageRequest.of(40, 25));
            assertEquals(30, beyond.total());
            assertTrue(beyond.values().isEmpty());

            Page<CustomerGroup> exactlyFull = store.search("group 2", PageRequest.of(0, 10));
            assertEquals(10, exactlyFull.total());

            assertEquals(33, store.search("", PageRequest.of(0, 1)).total());
            assertEquals(33, store.search("   ", PageRequest.of(0, 1)).total());
            assertEquals(0, store.search("nothing like it", PageRequest.of(0, 25)).total());
            Page<CustomerGroup> withA = store.search("A", PageRequest.of(0, 2));
            assertEquals(List.of("alpha", "Beta"), names(withA));
            assertEquals(3, withA.total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchTreatsLikeWildcardsLiterally(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            for (String n : List.of("50%_off", "50 percent off", "500 off", "50_off", "Yahoo!", "a!b", "x\\y", "50%")) {
                store.create(n, GroupKind.STATIC, null, null, "admin", NOW);
            }

            assertEquals(List.of("50%", "50%_off"), names(store.search("50%", PageRequest.of(0, 25))));
            assertEquals(List.of("50%_off"), names(store.search("%_", PageRequest.of(0, 25))));
            assertEquals(List.of("50%_off", "50_off"), names(store.search("_off", PageRequest.of(0, 25))));
            assertEquals(List.of("50%_off", "50_off"), names(store.search("_", PageRequest.of(0, 25))));
            assertEquals(List.of("a!b", "Yahoo!"), names(store.search("!", PageRequest.of(0, 25))));
            assertEquals(List.of("a!b"), names(store.search("a!b", PageRequest.of(0, 25))));
            assertEquals(List.of("x\\y"), names(store.search("\\", PageRequest.of(0, 25))));
            assertEquals(List.of("x\\y"), names(store.search("x\\y", PageRequest.of(0, 25))));
            assertEquals(1, store.search("!b", PageRequest.of(0, 25)).total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findByIdsReturnsTheExistingOnesAcrossInListChunks(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore store = new AoCustomerGroupStore(db.activeObjects());
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < 1100; i++) {
                created.add(store.create("g" + i, GroupKind.STATIC, null, null, "admin", NOW).id());
            }
            List<Long> asked = new ArrayList<>(created);
            asked.addAll(LongStream.rangeClosed(1, 50).map(i -> 1_000_000 + i).boxed().toList());
            asked.addAll(List.of(-1L, 0L, Long.MAX_VALUE, created.get(0), created.get(700)));
            asked.add(null);

            List<CustomerGroup> found = store.findByIds(asked);

            assertEquals(1100, found.size());
            assertEquals(new java.util.HashSet<>(created),
                    found.stream().map(CustomerGroup::id).collect(java.util.stream.Collectors.toSet()));
            assertTrue(store.findByIds(List.of()).isEmpty());
            assertEquals(List.of("g5"), store.findByIds(List.of(created.get(5))).stream().map(CustomerGroup::name)
                    .toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tablesAreNamedAsJiraNamesThem(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config); Connection c = db.connection()) {
            for (String table : List.of("_CUSTOMER_GROUP", "_CATALOG")) {
                try (ResultSet tables = c.getMetaData().getTables(null, config.schema(), db.tablePrefix() + table,
                        null)) {
                    assertTrue(tables.next(), "table " + db.tablePrefix() + table + " in schema " + config.schema());
                }
            }
        }
    }

    private static List<String> names(Page<CustomerGroup> page) {
        return page.values().stream().map(CustomerGroup::name).toList();
    }

    private static <T> T assertInstanceOf(Class<T> type, Throwable t) {
        return org.junit.jupiter.api.Assertions.assertInstanceOf(type, t, () -> "unexpected " + t);
    }
}
