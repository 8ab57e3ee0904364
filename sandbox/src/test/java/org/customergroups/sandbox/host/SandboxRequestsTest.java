package org.customergroups.sandbox.host;

import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.customergroups.sandbox.SandboxDatabases;
import org.customergroups.sandbox.SandboxHost;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's Requests port over the seeded demo helpdesk on H2 and (when CG_PG_URL is set)
 * PostgreSQL: creating as the reporter, the request content with attachments and the Done category,
 * public comments only, and the search over the Customer Groups index rows. The field value of an
 * issue is what a test puts in {@code fieldValues} (in the running sandbox the plugin's field type
 * answers); events go nowhere here (the HTTP tests see Auto-share and notifications run).
 */
class SandboxRequestsTest {

    private static final Instant SEEDED = TestDatabases.SEEDED;
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final TestDatabases DATABASES = new TestDatabases("sbxr_");
    private static final long ANY_ISSUE = -1;

    static List<DatabaseConfig> databases() {
        return DatabaseConfig.forTests();
    }

    private record Host(SandboxDatabases databases, HostProjects projects, SandboxIssues issues, RequestIndex index,
                        SandboxRequests requests, Map<Long, List<String>> fieldValues) implements AutoCloseable {

        static Host open(DatabaseConfig base) {
            SandboxDatabases databases = DATABASES.openSeeded(base);
            HostSql sql = databases.hostSql();
            Map<Long, List<String>> fieldValues = new ConcurrentHashMap<>();
            HostProjects projects = new HostProjects(databases.hostActiveObjects());
            SandboxIssues issues = new SandboxIssues(sql);
            // Key ANY_ISSUE: the value of every issue not listed (an issue created during the test).
            RequestIndex index = new RequestIndex(sql,
                    issueId -> fieldValues.getOrDefault(issueId, fieldValues.getOrDefault(ANY_ISSUE, List.of())));
            SandboxRequests requests = new SandboxRequests(projects, new HostDirectory(databases.hostActiveObjects()),
                    new HostAttachments(databases.hostActiveObjects()), new SandboxProjects(sql), issues, index,
                    new HostEvents(), sql, SandboxHost.sandboxText(), Clock.fixed(NOW, ZoneOffset.UTC));
            return new Host(databases, projects, issues, index, requests, fieldValues);
        }

        long id(String key) {
            return issues.byKey(key).orElseThrow().id();
        }

        long helpId() {
            return issues.byKey("HELP-1").orElseThrow().projectId();
        }

        /** Sets the issue's field value and reindexes it, as a share change does. */
        void share(String key, String... groups) {
            fieldValues.put(id(key), List.of(groups));
            index.reindex(List.of(id(key)));
        }

        @Override
        public void close() {
            databases.close();
        }
    }

    @AfterAll
    static void dropPostgresSchemas() throws Exception {
        DATABASES.dropPostgresSchemas();
    }

    // ---------------------------------------------------------------------------------------------
    // create

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createOpensTheNextTicketWithTheReporterAndIndexesItsField(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            long help = host.helpId();
            // Whatever the field holds for the new issue (in the sandbox: what Auto-share just shared) is indexed.
            host.fieldValues().put(ANY_ISSUE, List.of("Acme Corp"));
            IssueRef created = host.requests().create(help, "alice", "  Printer on fire  ", "Smoke everywhere.");

            assertEquals("HELP-8", created.key());
            assertEquals(help, created.projectId());
            assertEquals("HELP", created.projectKey());
            assertEquals("alice", created.reporterKey());
            assertEquals("alice", created.reporterUsername());
            HostIssue stored = host.projects().findIssue(created.id()).orElseThrow();
            assertEquals("Printer on fire", stored.summary());
            assertEquals("Smoke everywhere.", stored.description());
            assertEquals("alice", stored.reporter());
            assertEquals("Open", stored.status());
            assertEquals(NOW, stored.created());
            assertEquals(List.of("acme corp"), host.index().indexed(created.id()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void createRefusesWhatTheHostRefusesNamingTheProblem(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            long help = host.helpId();
            DomainException blank = assertThrows(DomainException.class, () -> host.requests().create(help, "alice", " ", "x"));
            assertEquals(ProblemKind.INVALID, blank.kind());
            assertEquals("summary", blank.field());
            assertEquals("cg.jira.portal.create.refused", blank.messageKey());
            assertEquals(List.of("HELP", "You must specify a summary of the issue."), blank.arguments());

            DomainException tooLong = assertThrows(DomainException.class,
                    () -> host.requests().create(help, "alice", "x".repeat(256), "x"));
            assertEquals("summary", tooLong.field());
            assertEquals("Summary must be less than 255 characters.", tooLong.arguments().get(1));

            DomainException project = assertThrows(DomainException.class,
                    () -> host.requests().create(987_654, "alice", "Hello", "x"));
            assertEquals(ProblemKind.INVALID, project.kind());
            assertEquals("cg.jira.portal.project.unknown", project.messageKey());

            DomainException reporter = assertThrows(DomainException.class,
                    () -> host.requests().create(help, "nobody", "Hello", "x"));
            assertEquals(ProblemKind.INVALID, reporter.kind());
            assertEquals("cg.jira.portal.user.unknown", reporter.messageKey());
            assertEquals(List.of("nobody"), reporter.arguments());

            assertEquals(7, host.projects().countIssues("HELP"), "nothing was created");
            host.requests().create(help, "alice", "x".repeat(255), null);
            assertEquals(8, host.projects().countIssues("HELP"));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // content and comments

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void contentHasStatusCategoryAndTheSeededAttachment(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            RequestContent first = host.requests().content(host.id("HELP-1")).orElseThrow();
            assertEquals("HELP-1", first.issue().key());
            assertEquals("Cannot log in to the customer portal after a password reset", first.summary());
            assertTrue(first.description().startsWith("Since resetting my password"));
            assertEquals("Open", first.status());
            assertFalse(first.done());
            assertEquals(1, first.attachments().size());
            RequestContent.Attachment file = first.attachments().get(0);
            assertEquals("portal-error.png", file.filename());
            assertEquals(48_213, file.size());
            assertEquals(first.created(), file.created());

            RequestContent closed = host.requests().content(host.id("HELP-3")).orElseThrow();
            assertEquals("Done", closed.status());
            assertTrue(closed.done());
            assertEquals(List.of(), closed.attachments());
            assertFalse(host.requests().content(host.id("HELP-2")).orElseThrow().done(), "In Progress is not Done");

            assertTrue(host.requests().content(987_654).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyPublicCommentsAreReadOldestFirstAndPaged(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            long issue = host.id("HELP-1");
            host.projects().addComment(issue, "agent", "We are looking into it.", SEEDED);
            host.projects().addComment(issue, "agent", "Internal: reset the LDAP sync",
                    new HostComment.Visibility(HostComment.Visibility.ROLE, "Agents"), SEEDED);
            host.projects().addComment(issue, "agent", "Group-only note",
                    new HostComment.Visibility(HostComment.Visibility.GROUP, "jira-software-users"), SEEDED);
            PublicComment added = host.requests().addComment(issue, "alice", "Thanks, <b>still</b> broken.");

            assertEquals("alice", added.authorKey());
            assertEquals("Alice Archer", added.authorName());
            assertEquals("Thanks, <b>still</b> broken.", added.body());
            assertEquals(NOW, added.created());
            assertEquals(NOW, host.projects().findIssue(issue).orElseThrow().updated(), "a comment moves the update time");
            assertFalse(host.projects().comments(issue).stream().filter(c -> c.id() == added.id()).findFirst()
                    .orElseThrow().internal());

            Page<PublicComment> all = host.requests().publicComments(issue, new PageRequest(0, 10));
            assertEquals(2, all.total());
            assertEquals(List.of("We are looking into it.", "Thanks, <b>still</b> broken."),
                    all.values().stream().map(PublicComment::body).toList());
            assertEquals("Sam Agent", all.values().get(0).authorName());

            Page<PublicComment> second = host.requests().publicComments(issue, new PageRequest(1, 1));
            assertEquals(2, second.total());
            assertEquals(List.of(added.id()), second.values().stream().map(PublicComment::id).toList());
            assertEquals(0, host.requests().publicComments(host.id("HELP-2"), new PageRequest(0, 10)).total());

            DomainException unknown = assertThrows(DomainException.class,
                    () -> host.requests().addComment(987_654, "alice", "x"));
            assertEquals(ProblemKind.NOT_FOUND, unknown.kind());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // search

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchByReporterNewestUpdateFirstWithTheStatusCategory(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            assertEquals(List.of("HELP-3", "HELP-2", "HELP-1"), keys(search(host, "alice", List.of(), RequestState.ANY, 0, 10)));
            assertEquals(List.of("HELP-3"), keys(search(host, "alice", List.of(), RequestState.CLOSED, 0, 10)));
            assertEquals(List.of("HELP-2", "HELP-1"), keys(search(host, "alice", List.of(), RequestState.OPEN, 0, 10)));
            RequestRow row = search(host, "alice", List.of(), RequestState.CLOSED, 0, 10).values().get(0);
            assertEquals("Done", row.status());
            assertTrue(row.done());
            assertEquals("CSV export drops accented characters", row.summary());
            assertEquals("alice", row.issue().reporterKey());
            assertEquals("HELP", row.issue().projectKey());
            assertEquals(host.helpId(), row.issue().projectId());

            // A comment makes HELP-1 the most recently updated.
            host.requests().addComment(host.id("HELP-1"), "alice", "Any news?");
            assertEquals(List.of("HELP-1", "HELP-3", "HELP-2"), keys(search(host, "alice", List.of(), RequestState.ANY, 0, 10)));
            assertEquals(0, search(host, "nobody", List.of(), RequestState.ANY, 0, 10).total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchBySharedGroupsReadsTheIndexRowsIgnoringCase(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            host.share("HELP-4", "Acme Corp");
            host.share("HELP-6", "Globex", "Acme Corp");
            host.share("HELP-7", "Globex");

            assertEquals(List.of("HELP-6", "HELP-4"), keys(search(host, null, List.of("acme CORP"), RequestState.ANY, 0, 10)));
            assertEquals(List.of("HELP-7", "HELP-6", "HELP-4"),
                    keys(search(host, null, List.of("Acme Corp", "Globex"), RequestState.ANY, 0, 10)));
            assertEquals(List.of("HELP-6", "HELP-4"), keys(search(host, null, List.of("Acme Corp"), RequestState.OPEN, 0, 10)));
            assertEquals(0, search(host, null, List.of("Acme Corp"), RequestState.CLOSED, 0, 10).total());

            // Reporter OR group, each issue once.
            assertEquals(List.of("HELP-7", "HELP-6", "HELP-5", "HELP-4"),
                    keys(search(host, "bob", List.of("Globex", "Acme Corp"), RequestState.ANY, 0, 10)));

            Page<RequestRow> paged = search(host, "bob", List.of("Globex", "Acme Corp"), RequestState.ANY, 1, 2);
            assertEquals(4, paged.total());
            assertEquals(1, paged.start());
            assertEquals(2, paged.limit());
            assertEquals(List.of("HELP-6", "HELP-5"), keys(paged));

            // The index is as fresh as the last reindex: unsharing HELP-6 takes it out of the group's list.
            host.share("HELP-6");
            assertEquals(List.of(), host.index().indexed(host.id("HELP-6")));
            assertEquals(List.of("HELP-4"), keys(search(host, null, List.of("Acme Corp"), RequestState.ANY, 0, 10)));

            // Neither clause matches nothing (not everything).
            assertEquals(0, search(host, null, List.of(), RequestState.ANY, 0, 10).total());
            assertEquals(0, search(host, null, List.of(" "), RequestState.ANY, 0, 10).total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchByCustomerAdminScopesReadsTheHostMembershipsWithinTheGroupsProjects(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            HostDirectory directory = new HostDirectory(host.databases().hostActiveObjects());
            directory.createGroup("Acme Corp");
            directory.addMember("Acme Corp", "alice");
            directory.addMember("Acme Corp", "bob");
            directory.createGroup("Globex");
            directory.addMember("Globex", "carol");
            long help = host.helpId();
            long sales = new SandboxProjects(host.databases().hostSql()).byKey("SALES").orElseThrow().id();

            Page<RequestRow> acme = admin(host, null, RequestState.ANY, 0, 10,
                    new RequestQuery.AdminScope("ACME corp", List.of(sales, help)));
            assertEquals(Set.of("HELP-1", "HELP-2", "HELP-3", "HELP-4", "HELP-5"), Set.copyOf(keys(acme)),
                    "alice's and bob's tickets, group name ignoring case; carol's are not");
            assertEquals(5, acme.total());
            assertEquals(0, admin(host, null, RequestState.ANY, 0, 10,
                    new RequestQuery.AdminScope("Acme Corp", List.of(sales))).total(), "only the group's projects");
            assertEquals(0, admin(host, null, RequestState.ANY, 0, 10,
                    new RequestQuery.AdminScope("Acme Corp", List.of())).total(), "no project matches nothing");
            assertEquals(List.of("HELP-5", "HELP-3"), keys(admin(host, null, RequestState.CLOSED, 0, 10,
                    new RequestQuery.AdminScope("Acme Corp", List.of(help)))), "with the status category");

            // OR with the other clauses, each issue once, paged with the total.
            host.share("HELP-6", "Globex");
            Page<RequestRow> mixed = host.requests().search(new RequestQuery("carol", List.of("Acme Corp"),
                    List.of(new RequestQuery.AdminScope("Acme Corp", List.of(help)),
                            new RequestQuery.AdminScope("Globex", List.of(help))), RequestState.ANY),
                    new PageRequest(0, 10));
            assertEquals(7, mixed.total());
            Page<RequestRow> page = host.requests().search(new RequestQuery(null, List.of(),
                    List.of(new RequestQuery.AdminScope("Globex", List.of(help))), RequestState.ANY),
                    new PageRequest(1, 1));
            assertEquals(2, page.total());
            assertEquals(1, page.values().size());

            // Membership is read at search time: bob leaves Acme Corp, his tickets leave the admin's list.
            host.databases().hostSql().update("DELETE FROM {MEMBERSHIP} WHERE \"LOWER_GROUP\" = ? AND \"USERNAME\" = ?",
                    "acme corp", "bob");
            assertEquals(Set.of("HELP-1", "HELP-2", "HELP-3"), Set.copyOf(keys(admin(host, null, RequestState.ANY,
                    0, 10, new RequestQuery.AdminScope("Acme Corp", List.of(help))))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rebuildIndexesEveryIssueFromItsFieldValue(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            host.fieldValues().put(host.id("HELP-2"), List.of("Acme Corp", "acme corp"));
            host.fieldValues().put(host.id("HELP-5"), List.of("Globex"));
            host.index().rebuild();
            assertEquals(List.of("acme corp"), host.index().indexed(host.id("HELP-2")), "one row per name, ignoring case");
            assertEquals(List.of("globex"), host.index().indexed(host.id("HELP-5")));
            assertEquals(List.of(), host.index().indexed(host.id("HELP-1")));
            host.index().rebuild();
            assertEquals(List.of("HELP-5", "HELP-2"), keys(search(host, null, List.of("globex", "ACME CORP"),
                    RequestState.ANY, 0, 10)));
        }
    }

    private static Page<RequestRow> search(Host host, String reporter, List<String> groups, RequestState state,
                                           int start, int limit) {
        return host.requests().search(new RequestQuery(reporter, groups, state), new PageRequest(start, limit));
    }

    private static Page<RequestRow> admin(Host host, String reporter, RequestState state, int start, int limit,
                                          RequestQuery.AdminScope scope) {
        return host.requests().search(new RequestQuery(reporter, List.of(), List.of(scope), state),
                new PageRequest(start, limit));
    }

    private static List<String> keys(Page<RequestRow> page) {
        return page.values().stream().map(r -> r.issue().key()).toList();
    }
}
