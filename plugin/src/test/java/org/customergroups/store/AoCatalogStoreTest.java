package org.customergroups.store;

import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.store.ao.CatalogEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Project catalogs against real Active Objects, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class AoCatalogStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:15:30.123Z");
    private static final long HELP = 10_100;
    private static final long SALES = 10_200;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addIsIdempotentAndRoundTrips(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            long acme = group(groups, "Acme");

            assertTrue(catalog.add(HELP, acme, true, "lead", NOW));
            assertFalse(catalog.add(HELP, acme, false, "someone-else", NOW.plusSeconds(60)));

            CatalogEntry expected = new CatalogEntry(HELP, acme, true, "lead", NOW.truncatedTo(ChronoUnit.MILLIS));
            assertEquals(expected, catalog.find(HELP, acme).orElseThrow());
            assertTrue(catalog.find(SALES, acme).isEmpty());
            assertTrue(catalog.find(HELP, acme + 1).isEmpty());
            assertEquals(1, rows(db));

            // The same group in another project is another entry.
            assertTrue(catalog.add(SALES, acme, false, null, NOW));
            assertEquals(new CatalogEntry(SALES, acme, false, null, NOW.truncatedTo(ChronoUnit.MILLIS)),
                    catalog.find(SALES, acme).orElseThrow());
            assertEquals(2, rows(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void addingAnUnknownGroupIsAProgrammingError(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());

            assertThrows(IllegalArgumentException.class, () -> catalog.add(HELP, 4242, false, "lead", NOW));
            assertEquals(0, rows(db));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentAddsOfOnePairLeaveOneRow(DatabaseConfig config) throws Exception {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    long groupId = group(groups, "Race " + round);
                    CyclicBarrier start = new CyclicBarrier(2);
                    List<Future<Boolean>> results = new ArrayList<>();
                    for (String who : List.of("lead", "admin")) {
                        results.add(pool.submit(() -> {
                            start.await(10, TimeUnit.SECONDS);
                            return catalog.add(HELP, groupId, false, who, NOW);
                        }));
                    }
                    int added = 0;
                    for (Future<Boolean> f : results) {
                        if (f.get(30, TimeUnit.SECONDS)) {
                            added++;
                        }
                    }
                    assertEquals(1, added, "round " + round);
                    assertEquals(round + 1, rows(db), "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listPagesThroughOneProjectInGroupNameOrder(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            List<String> names = new ArrayList<>(IntStream.range(0, 30)
                    .mapToObj(i -> (i % 2 == 0 ? "customer " : "Customer ") + String.format("%02d", i)).toList());
            names.addAll(List.of("acme", "Beta", "ZED", "<script>x</script>", "Ünïcødé"));
            Collections.shuffle(names, new Random(11));
            for (String name : names) {
                long id = group(groups, name);
                assertTrue(catalog.add(HELP, id, name.startsWith("C"), "lead", NOW));
            }
            long other = group(groups, "Only in sales");
            catalog.add(SALES, other, true, "lead", NOW);

            Page<String> first = names(groups, catalog.list(HELP, PageRequest.of(0, 25)));
            assertEquals(35, first.total());
            assertEquals(25, first.values().size());
            assertEquals(List.of("<script>x</script>", "acme", "Beta", "customer 00", "Customer 01"),
                    first.values().subList(0, 5));

            Page<String> second = names(groups, catalog.list(HELP, PageRequest.of(25, 25)));
            assertEquals(35, second.total());
            assertEquals(List.of("customer 22", "Customer 23", "customer 24", "Customer 25", "customer 26",
                    "Customer 27", "customer 28", "Customer 29", "ZED", "Ünïcødé"), second.values());

            Page<String> beyond = names(groups, catalog.list(HELP, PageRequest.of(100, 25)));
            assertEquals(35, beyond.total());
            assertTrue(beyond.values().isEmpty());

            Page<CatalogEntry> sales = catalog.list(SALES, PageRequest.of(0, 25));
            assertEquals(1, sales.total());
            assertEquals(new CatalogEntry(SALES, other, true, "lead", NOW.truncatedTo(ChronoUnit.MILLIS)),
                    sales.values().get(0));
            assertEquals(0, catalog.list(999, PageRequest.of(0, 25)).total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void setAutoShareChangesOnlyThatEntry(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            long acme = group(groups, "Acme");
            catalog.add(HELP, acme, false, "lead", NOW);
            catalog.add(SALES, acme, false, "lead", NOW);

            CatalogEntry on = catalog.setAutoShare(HELP, acme, true).orElseThrow();

            assertTrue(on.autoShare());
            assertEquals(on, catalog.find(HELP, acme).orElseThrow());
            assertFalse(catalog.find(SALES, acme).orElseThrow().autoShare());
            assertEquals(on, catalog.setAutoShare(HELP, acme, true).orElseThrow());
            assertFalse(catalog.setAutoShare(HELP, acme, false).orElseThrow().autoShare());
            assertFalse(catalog.find(HELP, acme).orElseThrow().autoShare());
            assertTrue(catalog.setAutoShare(HELP, acme + 1, true).isEmpty());
            assertTrue(catalog.setAutoShare(999, acme, true).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removeTakesTheGroupOutOfOneCatalog(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            long acme = group(groups, "Acme");
            catalog.add(HELP, acme, true, "lead", NOW);
            catalog.add(SALES, acme, true, "lead", NOW);

            assertTrue(catalog.remove(HELP, acme));
            assertFalse(catalog.remove(HELP, acme));

            assertTrue(catalog.find(HELP, acme).isEmpty());
            assertTrue(catalog.find(SALES, acme).isPresent());
            assertTrue(groups.findById(acme).isPresent(), "the group stays");
            // And it can come back.
            assertTrue(catalog.add(HELP, acme, false, "lead", NOW));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void projectIdsOfAndRemoveEverywhere(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            long acme = group(groups, "Acme");
            long globex = group(groups, "Globex");
            for (long project : List.of(SALES, HELP, 10_300L)) {
                catalog.add(project, acme, false, "lead", NOW);
            }
            catalog.add(HELP, globex, false, "lead", NOW);

            assertEquals(List.of(HELP, SALES, 10_300L), catalog.projectIdsOf(acme));
            assertEquals(List.of(HELP), catalog.projectIdsOf(globex));
            assertEquals(List.of(), catalog.projectIdsOf(globex + 100));

            assertEquals(3, catalog.removeEverywhere(acme));

            assertEquals(List.of(), catalog.projectIdsOf(acme));
            assertEquals(List.of(HELP), catalog.projectIdsOf(globex));
            assertEquals(1, catalog.list(HELP, PageRequest.of(0, 25)).total());
            assertEquals(0, catalog.removeEverywhere(acme));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void autoSharedListsOnlyTheProjectsAutoShareEntriesInNameOrder(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            long zed = group(groups, "ZED");
            long beta = group(groups, "beta");
            long acme = group(groups, "Acme");
            long off = group(groups, "Auto off");
            catalog.add(HELP, zed, true, "lead", NOW);
            catalog.add(HELP, beta, true, "lead", NOW);
            catalog.add(HELP, acme, true, "lead", NOW);
            catalog.add(HELP, off, false, "lead", NOW);
            catalog.add(SALES, off, true, "lead", NOW);

            assertEquals(List.of(acme, beta, zed), groupIds(catalog.autoShared(HELP)));
            assertTrue(catalog.autoShared(HELP).stream().allMatch(e -> e.projectId() == HELP && e.autoShare()));
            assertEquals(List.of(off), groupIds(catalog.autoShared(SALES)));
            assertEquals(List.of(), catalog.autoShared(999));

            catalog.setAutoShare(HELP, beta, false);
            catalog.setAutoShare(HELP, off, true);
            catalog.remove(HELP, zed);
            assertEquals(List.of(acme, off), groupIds(catalog.autoShared(HELP)));
            assertEquals(new CatalogEntry(HELP, acme, true, "lead", NOW.truncatedTo(ChronoUnit.MILLIS)),
                    catalog.autoShared(HELP).get(0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchFindsTheProjectsGroupsContainingTheQueryIgnoringCase(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            for (String name : List.of("Acme", "ACME Support", "Big acme", "Globex", "Initech")) {
                catalog.add(HELP, group(groups, name), false, "lead", NOW);
            }
            catalog.add(SALES, group(groups, "Acme Sales"), false, "lead", NOW);

            Page<String> acme = names(groups, catalog.search(HELP, "  aCmE ", PageRequest.of(0, 25)));
            assertEquals(List.of("Acme", "ACME Support", "Big acme"), acme.values());
            assertEquals(3, acme.total());
            assertEquals(List.of("Globex"), names(groups, catalog.search(HELP, "OBE", PageRequest.of(0, 25))).values());
            assertEquals(0, catalog.search(HELP, "sales", PageRequest.of(0, 25)).total(), "other projects' groups");
            assertEquals(List.of("Acme Sales"),
                    names(groups, catalog.search(SALES, "sales", PageRequest.of(0, 25))).values());
            assertEquals(0, catalog.search(HELP, "nothing like it", PageRequest.of(0, 25)).total());

            // No query (null or blank) is the whole catalog, like list.
            for (String all : Arrays.asList(null, "", "   ")) {
                Page<CatalogEntry> page = catalog.search(HELP, all, PageRequest.of(0, 25));
                assertEquals(catalog.list(HELP, PageRequest.of(0, 25)), page);
                assertEquals(5, page.total());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchTakesLikeWildcardsLiterally(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            for (String name : List.of("100% club", "100 club", "a_b", "axb", "wow!", "wow", "back\\slash",
                    "backslash")) {
                catalog.add(HELP, group(groups, name), false, "lead", NOW);
            }

            assertEquals(List.of("100% club"), searchNames(groups, catalog, "%"));
            assertEquals(List.of("a_b"), searchNames(groups, catalog, "_"));
            assertEquals(List.of("wow!"), searchNames(groups, catalog, "!"));
            assertEquals(List.of("back\\slash"), searchNames(groups, catalog, "\\"));
            assertEquals(List.of("100% club"), searchNames(groups, catalog, "0% c"));
            assertEquals(List.of(), searchNames(groups, catalog, "'"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchPagesThroughTheMatchesWithTheirTotal(DatabaseConfig config) {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
            AoCatalogStore catalog = new AoCatalogStore(db.activeObjects());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                names.add(String.format("%s team %02d", i % 3 == 0 ? "Other" : "Acme", i));
            }
            Collections.shuffle(names, new Random(5));
            for (String name : names) {
                catalog.add(HELP, group(groups, name), false, "lead", NOW);
            }
            // A matching group in another project is not counted.
            catalog.add(SALES, group(groups, "Acme team sales"), false, "lead", NOW);

            Page<String> first = names(groups, catalog.search(HELP, "acme", PageRequest.of(0, 15)));
            assertEquals(20, first.total());
            assertEquals(15, first.values().size());
            assertEquals("Acme team 01", first.values().get(0));
            Page<String> second = names(groups, catalog.search(HELP, "acme", PageRequest.of(15, 15)));
            assertEquals(20, second.total());
            assertEquals(List.of("Acme team 23", "Acme team 25", "Acme team 26", "Acme team 28", "Acme team 29"),
                    second.values());
            Page<String> beyond = names(groups, catalog.search(HELP, "acme", PageRequest.of(40, 15)));
            assertEquals(20, beyond.total());
            assertTrue(beyond.values().isEmpty());
            Page<String> exact = names(groups, catalog.search(HELP, "acme", PageRequest.of(5, 15)));
            assertEquals(20, exact.total());
            assertEquals(15, exact.values().size());
        }
    }

    private static List<Long> groupIds(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::groupId).toList();
    }

    private static List<String> searchNames(AoCustomerGroupStore groups, AoCatalogStore catalog, String query) {
        return names(groups, catalog.search(HELP, query, PageRequest.of(0, 25))).values();
    }

    private static long group(AoCustomerGroupStore groups, String name) {
        return groups.create(name, GroupKind.STATIC, null, null, "admin", NOW).id();
    }

    private static int rows(AoDatabase db) {
        return db.activeObjects().count(CatalogEntity.class, net.java.ao.Query.select());
    }

    private static Page<String> names(AoCustomerGroupStore groups, Page<CatalogEntry> page) {
        Map<Long, String> byId = new HashMap<>();
        for (CustomerGroup g : groups.findByIds(page.values().stream().map(CatalogEntry::groupId).toList())) {
            byId.put(g.id(), g.name());
        }
        return page.map(e -> byId.get(e.groupId()));
    }
}
