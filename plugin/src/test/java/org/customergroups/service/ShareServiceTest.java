package org.customergroups.service;

import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.customergroups.service.Problems.assertInvalid;
import static org.customergroups.service.Problems.assertProblem;
import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.customergroups.service.fakes.DemoHelpdesk.ALICE;
import static org.customergroups.service.fakes.DemoHelpdesk.LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.SALES_LEAD;
import static org.customergroups.service.fakes.DemoHelpdesk.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agents sharing issues through {@link ShareService}, over the real share store on H2 and PostgreSQL. */
class ShareServiceTest {

    private static final String BOB = "key-bob";

    private ServiceFixture f;
    private IssueRef help1;
    private IssueRef sales1;
    private long acme;
    private long globex;
    private long salesClub;
    private long loose;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    /** Acme (alice, bob) and Globex (carol) in HELP's catalog, Sales Club in SALES', Loose in none. */
    private void open(DatabaseConfig config) {
        f = new ServiceFixture(config);
        acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        globex = f.groups.create(ADMIN, "Globex", null, "HELP").group().id();
        salesClub = f.groups.create(ADMIN, "Sales Club", null, "SALES").group().id();
        loose = f.groups.create(ADMIN, "Loose", null, null).group().id();
        f.host.directory.addMember("Acme", "alice");
        f.host.directory.addMember("Acme", "bob");
        f.host.directory.addMember("Globex", "carol");
        help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        sales1 = f.host.issue(30_001, "SALES-1", f.host.sales, "carol");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void agentSharesByIdOrNameAndEveryoneWhoCanSeeTheIssueSeesWhoSharedWhen(DatabaseConfig config) {
        open(config);

        ShareChange byId = f.shares.share(AGENT, "HELP-1", acme, null);
        ShareChange byName = f.shares.share(LEAD, "help-1", null, "  gLoBeX ");

        assertTrue(byId.created());
        TicketShare expected = new TicketShare(help1.id(), f.host.help.id(), acme, "Acme", ALICE, ShareSource.AGENT,
                AGENT, ServiceFixture.NOW);
        assertEquals(expected, byId.share().share());
        assertEquals("agent", byId.share().sharedBy().username());
        assertTrue(byName.created());
        assertEquals("Globex", byName.share().share().groupName());
        assertEquals(LEAD, byName.share().share().sharedBy());
        assertEquals(List.of(List.of(help1.id()), List.of(help1.id())), f.host.index.calls());

        IssueShares asAgent = f.shares.list(AGENT, "HELP-1");
        assertEquals(help1, asAgent.issue());
        assertTrue(asAgent.canEdit());
        assertEquals(List.of("Acme", "Globex"), groupNames(asAgent));
        assertEquals(List.of("agent", "lead"), asAgent.shares().stream().map(v -> v.sharedBy().username()).toList());
        assertEquals(expected, asAgent.shares().get(0).share());
        // The reporter and a member of a group granted by the field see the shares but may not change them.
        IssueShares asReporter = f.shares.list(ALICE, "HELP-1");
        assertFalse(asReporter.canEdit());
        assertEquals(asAgent.shares(), asReporter.shares());
        f.host.permissions.browser(BOB, help1.id());
        assertFalse(f.shares.list(BOB, "HELP-1").canEdit());
        assertEquals(List.of("Acme", "Globex"), f.shareStore.groupNamesOf(help1.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sharingAgainIsIdempotentAndAnswersTheFirstShare(DatabaseConfig config) {
        open(config);
        f.shares.share(AGENT, "HELP-1", acme, null);
        f.host.index.clear();

        ShareChange again = f.shares.share(LEAD, "HELP-1", null, "ACME");

        assertFalse(again.created());
        assertEquals(AGENT, again.share().share().sharedBy());
        assertEquals("agent", again.share().sharedBy().username());
        assertEquals(1, f.shareStore.ofIssue(help1.id()).size());
        assertEquals(List.of(), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void whoMayShareUnshareAndSeeCandidates(DatabaseConfig config) {
        open(config);
        f.host.permissions.browser(BOB, help1.id());
        f.shares.share(AGENT, "HELP-1", acme, null);
        f.host.index.clear();

        // Reporter and field-granted member can browse but not edit: 403 naming the issue.
        for (String browser : List.of(ALICE, BOB)) {
            assertForbidden(() -> f.shares.share(browser, "HELP-1", globex, null));
            assertForbidden(() -> f.shares.unshare(browser, "HELP-1", acme));
            assertForbidden(() -> f.shares.candidates(browser, "HELP-1", null, new PageRequest(0, 25)));
        }
        // Those who cannot see the issue get the very same 404 as for an issue that does not exist.
        for (String stranger : List.of(STAFF, SALES_LEAD, "key-carol")) {
            assertHidden("HELP-1", () -> f.shares.list(stranger, "HELP-1"));
            assertHidden("HELP-1", () -> f.shares.share(stranger, "HELP-1", globex, null));
            assertHidden("HELP-1", () -> f.shares.unshare(stranger, "HELP-1", acme));
            assertHidden("HELP-1", () -> f.shares.candidates(stranger, "HELP-1", null, new PageRequest(0, 25)));
        }
        assertHidden("HELP-99", () -> f.shares.list(AGENT, "HELP-99"));
        assertHidden("HELP-99", () -> f.shares.share(AGENT, "HELP-99", acme, null));
        assertHidden("", () -> f.shares.list(AGENT, "  "));
        // Anonymous callers are refused before anything is looked up.
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated", () -> f.shares.list(null, "HELP-1"));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.shares.share(null, "HELP-1", globex, null));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.shares.unshare(null, "HELP-1", acme));
        assertProblem(ProblemKind.NOT_AUTHENTICATED, "cg.error.not.authenticated",
                () -> f.shares.candidates(null, "HELP-1", null, new PageRequest(0, 25)));

        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(help1.id()));
        assertEquals(List.of(), f.host.index.calls());
        // Project admins are agents of their project.
        assertTrue(f.shares.share(LEAD, "HELP-1", globex, null).created());
        f.shares.unshare(LEAD, "HELP-1", globex);
        assertEquals(List.of("Acme"), f.shareStore.groupNamesOf(help1.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyGroupsOfTheIssuesProjectCatalogCanBeAddedNamedOneWay(DatabaseConfig config) {
        open(config);

        assertInvalid(null, "cg.error.share.group.either", () -> f.shares.share(AGENT, "HELP-1", acme, "Acme"));
        assertInvalid(null, "cg.error.share.group.required", () -> f.shares.share(AGENT, "HELP-1", null, null));
        assertInvalid("group", "cg.error.share.group.required", () -> f.shares.share(AGENT, "HELP-1", null, " "));
        // Unknown and not-in-this-catalog read the same: nothing is told about other projects' groups.
        for (long id : List.of(salesClub, loose, 999L)) {
            DomainException e = assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.group.id.not.in.catalog",
                    () -> f.shares.share(AGENT, "HELP-1", id, null));
            assertEquals(List.of(id, "HELP"), e.arguments());
        }
        for (String name : List.of("Sales Club", "loose", "Nope")) {
            DomainException e = assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.group.name.not.in.catalog",
                    () -> f.shares.share(AGENT, "HELP-1", null, name));
            assertEquals(List.of(name, "HELP"), e.arguments());
        }
        // The same group is fine for an issue of the project whose catalog has it.
        f.host.permissions.agent(AGENT, f.host.sales.id());
        assertTrue(f.shares.share(AGENT, "SALES-1", salesClub, null).created());

        assertEquals(List.of(), f.shareStore.ofIssue(help1.id()));
        assertEquals(List.of(List.of(sales1.id())), f.host.index.calls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unshareRemovesAndReindexesOnce(DatabaseConfig config) {
        open(config);
        f.shares.share(AGENT, "HELP-1", acme, null);
        f.shares.share(AGENT, "HELP-1", globex, null);
        f.host.index.clear();

        f.shares.unshare(AGENT, "help-1", acme);

        assertEquals(List.of("Globex"), groupNames(f.shares.list(AGENT, "HELP-1")));
        assertEquals(List.of(List.of(help1.id())), f.host.index.calls());
        DomainException e = assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.not.shared",
                () -> f.shares.unshare(AGENT, "HELP-1", acme));
        assertEquals(List.of("HELP-1", acme), e.arguments());
        assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.not.shared", () -> f.shares.unshare(AGENT, "HELP-1", 999));
        assertEquals(1, f.host.index.calls().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void candidatesAreTheCatalogByNameWithTheSharedFlag(DatabaseConfig config) {
        open(config);
        f.catalog.createAndAdd(LEAD, "HELP", "Acme EMEA", null);
        f.catalog.createAndAdd(LEAD, "HELP", "Beta", null);
        f.shares.share(AGENT, "HELP-1", globex, null);

        Page<ShareCandidate> all = f.shares.candidates(AGENT, "HELP-1", null, new PageRequest(0, 25));
        assertEquals(4, all.total());
        assertEquals(List.of("Acme", "Acme EMEA", "Beta", "Globex"), candidateNames(all));
        assertEquals(List.of(false, false, false, true), all.values().stream().map(ShareCandidate::shared).toList());

        Page<ShareCandidate> acmes = f.shares.candidates(LEAD, "HELP-1", " aCmE ", new PageRequest(0, 25));
        assertEquals(List.of("Acme", "Acme EMEA"), candidateNames(acmes));
        assertEquals(2, acmes.total());

        Page<ShareCandidate> second = f.shares.candidates(AGENT, "HELP-1", "", new PageRequest(1, 2));
        assertEquals(List.of("Acme EMEA", "Beta"), candidateNames(second));
        assertEquals(4, second.total());
        assertEquals(1, second.start());
        assertEquals(2, second.limit());

        Page<ShareCandidate> none = f.shares.candidates(AGENT, "HELP-1", "club", new PageRequest(0, 25));
        assertEquals(0, none.total());
        assertEquals(List.of(), none.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sharesMadeBySomeoneUnknownShowNoUser(DatabaseConfig config) {
        open(config);
        f.shareStore.add(new TicketShare(help1.id(), f.host.help.id(), acme, "Acme", ALICE, ShareSource.AUTO, null,
                ServiceFixture.NOW));
        f.shareStore.add(new TicketShare(help1.id(), f.host.help.id(), globex, "Globex", ALICE, ShareSource.FORM,
                "key-gone", ServiceFixture.NOW));

        IssueShares shares = f.shares.list(AGENT, "HELP-1");

        assertEquals(List.of(ShareSource.AUTO, ShareSource.FORM),
                shares.shares().stream().map(v -> v.share().source()).toList());
        assertNull(shares.shares().get(0).sharedBy());
        assertNull(shares.shares().get(1).sharedBy());
        assertEquals("key-gone", shares.shares().get(1).share().sharedBy());
    }

    /**
     * Two agents work on one issue at the same moment: sharing the same groups, sharing some while unsharing
     * others, unsharing the same groups. No duplicate rows, no errors besides "not shared", nothing lost.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentShareAndUnshareOfOneIssue(DatabaseConfig config) throws Exception {
        open(config);
        int n = 20;
        List<Long> ids = IntStream.range(0, n)
                .mapToObj(i -> f.groups.create(ADMIN, "Team %02d".formatted(i), null, "HELP").group().id())
                .toList();
        List<Long> firstHalf = ids.subList(0, n / 2);
        List<Long> secondHalf = ids.subList(n / 2, n);

        // 1. Both share all groups, in different orders: each group is created exactly once.
        List<List<Boolean>> created = inTwoThreads(
                id -> f.shares.share(AGENT, "HELP-1", id, null).created(),
                shuffled(ids, 1), shuffled(ids, 2));
        assertEquals(n, created.stream().flatMap(List::stream).filter(c -> c).count());
        assertEquals(ids, sharedIds());
        assertEquals(n, f.host.index.calls().size());

        // 2. One unshares the first half while the other shares the second half (one group of it anew):
        //    neither undoes the other's work.
        f.shares.unshare(AGENT, "HELP-1", ids.get(n - 1));
        inTwoThreads(id -> {
            if (firstHalf.contains(id)) {
                f.shares.unshare(LEAD, "HELP-1", id);
            } else {
                f.shares.share(AGENT, "HELP-1", id, null);
            }
            return true;
        }, shuffled(firstHalf, 3), shuffled(secondHalf, 4));
        assertEquals(secondHalf, sharedIds());

        // 3. Both unshare the second half: each removal succeeds once, the other is "not shared".
        List<List<Boolean>> removed = inTwoThreads(id -> {
            try {
                f.shares.unshare(AGENT, "HELP-1", id);
                return true;
            } catch (DomainException e) {
                assertEquals("cg.error.share.not.shared", e.messageKey());
                return false;
            }
        }, shuffled(secondHalf, 5), shuffled(secondHalf, 6));
        assertEquals(secondHalf.size(), removed.stream().flatMap(List::stream).filter(r -> r).count());
        assertEquals(List.of(), sharedIds());
    }

    private List<Long> sharedIds() {
        return f.shareStore.ofIssue(help1.id()).stream().map(TicketShare::groupId).sorted().toList();
    }

    private static List<Long> shuffled(List<Long> ids, long seed) {
        List<Long> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    /** Runs {@code call} over {@code a} in one thread and over {@code b} in another, started together. */
    private static <T> List<List<T>> inTwoThreads(Function<Long, T> call, List<Long> a, List<Long> b)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<T>>> futures = new ArrayList<>();
            for (List<Long> ids : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<T> results = new ArrayList<>();
                    for (Long id : ids) {
                        results.add(call.apply(id));
                    }
                    return results;
                }));
            }
            List<List<T>> results = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertForbidden(Executable call) {
        DomainException e = assertProblem(ProblemKind.FORBIDDEN, "cg.error.share.edit.forbidden", call);
        assertEquals(List.of("HELP-1"), e.arguments());
    }

    private static void assertHidden(String key, Executable call) {
        DomainException e = assertProblem(ProblemKind.NOT_FOUND, "cg.error.share.issue.not.found", call);
        assertEquals(List.of(key), e.arguments());
    }

    private static List<String> groupNames(IssueShares shares) {
        return shares.shares().stream().map(v -> v.share().groupName()).toList();
    }

    private static List<String> candidateNames(Page<ShareCandidate> page) {
        return page.values().stream().map(c -> c.group().name()).toList();
    }
}
