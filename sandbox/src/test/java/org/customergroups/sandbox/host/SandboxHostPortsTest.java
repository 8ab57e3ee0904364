package org.customergroups.sandbox.host;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProblemKind;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.SharingSetup;
import org.customergroups.domain.UserSummary;
import org.customergroups.sandbox.SandboxDatabases;
import org.customergroups.sandbox.host.jira.JiraObjects;
import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptorReader;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's Directory, Projects, Issues, Permissions and PermissionSchemes over the seeded demo
 * helpdesk, on H2 and (when CG_PG_URL is set) PostgreSQL. Each test gets a database of its own.
 */
class SandboxHostPortsTest {

    private static final TestDatabases DATABASES = new TestDatabases("sbxp_");

    static List<DatabaseConfig> databases() {
        return DatabaseConfig.forTests();
    }

    /**
     * A seeded host database: its ports, and the raw SQL helper for bulk set-up. The Customer Groups
     * field value of an issue is what a test puts in {@code fieldValues} (in the sandbox, the plugin's
     * field type answers).
     */
    private record Host(SandboxDatabases databases, SandboxDirectory directory, SandboxProjects projects,
                        SandboxPermissions permissions, SandboxIssues issues, HostSql sql,
                        Map<Long, List<String>> fieldValues) implements AutoCloseable {

        static Host open(DatabaseConfig base) {
            SandboxDatabases databases = DATABASES.openSeeded(base);
            HostSql sql = databases.hostSql();
            Map<Long, List<String>> fieldValues = new ConcurrentHashMap<>();
            return new Host(databases, new SandboxDirectory(databases.hostActiveObjects(), sql, new HostEvents()),
                    new SandboxProjects(sql), new SandboxPermissions(sql, issueId -> fieldValues.getOrDefault(issueId, List.of())),
                    new SandboxIssues(sql), sql, fieldValues);
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
    // users

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void usersAreFoundByNameOrKeyIgnoringCase(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            UserSummary alice = new UserSummary("alice", "alice", "Alice Archer", "alice@acme.example", AccountType.REPORTER);
            assertEquals(Optional.of(alice), host.directory().userByName("alice"));
            assertEquals(Optional.of(alice), host.directory().userByName("ALICE"));
            assertEquals(Optional.of(alice), host.directory().userByKey("alice"));
            assertEquals(AccountType.STANDARD, host.directory().userByName("agent").orElseThrow().type());
            assertEquals(Optional.empty(), host.directory().userByName("nobody"));
            assertEquals(Optional.empty(), host.directory().userByName(" "));
            assertEquals(Optional.empty(), host.directory().userByKey(null));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findUsersSearchesUsernameDisplayNameAndEmailByTypeAndPages(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            SandboxDirectory d = host.directory();
            assertEquals(List.of("admin", "agent", "alice", "bob", "carol", "lead"), names(d.findUsers(null, null, page(0, 10))));
            assertEquals(List.of("alice", "bob"), names(d.findUsers("ACME.example", null, page(0, 10))));
            assertEquals(List.of("carol"), names(d.findUsers("  chen ", null, page(0, 10))));
            assertEquals(List.of("alice"), names(d.findUsers("alice", AccountType.REPORTER, page(0, 10))));
            assertEquals(List.of("admin", "agent", "lead"), names(d.findUsers("", AccountType.STANDARD, page(0, 10))));
            assertEquals(List.of("alice", "bob", "carol"), names(d.findUsers(null, AccountType.REPORTER, page(0, 10))));

            Page<UserSummary> second = d.findUsers("a", null, page(2, 2));
            assertEquals(6, second.total()); // admin, agent, alice, bob (Baker), carol, lead (Lee Lead)
            assertEquals(2, second.start());
            assertEquals(2, second.limit());
            assertEquals(List.of("alice", "bob"), names(second));
            Page<UserSummary> beyond = d.findUsers("a", null, page(10, 5));
            assertEquals(6, beyond.total());
            assertTrue(beyond.values().isEmpty());

            // LIKE's wildcards are plain characters in a query.
            assertEquals(0, d.findUsers("%", null, page(0, 10)).total());
            assertEquals(0, d.findUsers("_", null, page(0, 10)).total());
            assertEquals(0, d.findUsers("!", null, page(0, 10)).total());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void grantStandardAccessLicensesAndAddsToTheApplicationGroup(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            host.directory().grantStandardAccess("Carol");
            assertEquals(AccountType.STANDARD, host.directory().userByName("carol").orElseThrow().type());
            assertTrue(host.permissions().isLicensed("carol"));
            assertTrue(host.directory().isMember(SandboxDirectory.APPLICATION_GROUP, "carol"));
            host.directory().grantStandardAccess("carol"); // again: nothing more to do
            assertEquals(4, host.directory().memberCount(SandboxDirectory.APPLICATION_GROUP));
            assertNotFound("cg.error.jira.user.not.found", () -> host.directory().grantStandardAccess("ghost"));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // groups and members

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void groupsAreNamedAsCreatedAndFoundIgnoringCase(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            SandboxDirectory d = host.directory();
            assertEquals(Optional.of("jira-administrators"), d.groupName("JIRA-Administrators"));
            assertEquals(Optional.empty(), d.groupName("acme"));
            assertEquals(Optional.empty(), d.groupName(""));

            d.createGroup("Acme/Support 100%");
            d.createGroup("beta_customers");
            assertEquals(Optional.of("Acme/Support 100%"), d.groupName("acme/support 100%"));
            assertThrows(IllegalStateException.class, () -> d.createGroup("ACME/SUPPORT 100%"));

            Page<String> all = d.findGroups(null, page(0, 10));
            assertEquals(List.of("Acme/Support 100%", "beta_customers", "jira-administrators", "jira-software-users"),
                    all.values());
            assertEquals(List.of("jira-administrators", "jira-software-users"), d.findGroups("JIRA", page(0, 10)).values());
            assertEquals(List.of("Acme/Support 100%"), d.findGroups("0%", page(0, 10)).values());
            assertEquals(List.of("beta_customers"), d.findGroups("_", page(0, 10)).values());
            Page<String> paged = d.findGroups("", page(1, 2));
            assertEquals(4, paged.total());
            assertEquals(List.of("beta_customers", "jira-administrators"), paged.values());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void membersAreAddedRemovedCountedSearchedAndPaged(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            SandboxDirectory d = host.directory();
            d.createGroup("Acme");
            assertTrue(d.addMember("acme", "bob"));
            assertTrue(d.addMember("ACME", "Alice"));
            assertTrue(d.addMember("Acme", "carol"));
            assertFalse(d.addMember("Acme", "alice"));
            assertEquals(3, d.memberCount("aCME"));
            assertEquals(0, d.memberCount("missing"));
            assertTrue(d.isMember("Acme", "ALICE"));
            assertFalse(d.isMember("Acme", "agent"));
            assertFalse(d.isMember("missing", "alice"));
            assertFalse(d.isMember("Acme", null));

            Page<UserSummary> first = d.members("Acme", null, page(0, 2));
            assertEquals(3, first.total());
            assertEquals(List.of("alice", "bob"), names(first));
            assertEquals(List.of("carol"), names(d.members("Acme", " ", page(2, 2))));
            assertEquals(List.of("alice", "bob"), names(d.members("Acme", "ACME.example", page(0, 10))));
            assertEquals(List.of("carol"), names(d.members("Acme", "carol c", page(0, 10))));
            assertEquals(List.of("bob", "carol"), names(d.members("Acme", "b", page(0, 10)))); // carol@glo*b*ex
            assertEquals(0, d.members("Acme", "nobody", page(0, 10)).total());
            assertNotFound("cg.error.jira.group.not.found", () -> d.members("missing", null, page(0, 10)));

            assertTrue(d.removeMember("Acme", "BOB"));
            assertFalse(d.removeMember("Acme", "bob"));
            assertFalse(d.removeMember("Acme", "agent"));
            assertEquals(List.of("alice", "carol"), names(d.members("Acme", null, page(0, 10))));
            assertNotFound("cg.error.jira.user.not.found", () -> d.addMember("Acme", "nobody"));
            assertNotFound("cg.error.jira.group.not.found", () -> d.addMember("missing", "alice"));
            assertNotFound("cg.error.jira.group.not.found", () -> d.removeMember("missing", "alice"));
            assertNotFound("cg.error.jira.user.not.found", () -> d.removeMember("Acme", null));

            d.deleteGroup("ACME");
            assertEquals(Optional.empty(), d.groupName("Acme"));
            assertEquals(0, d.memberCount("Acme"));
            d.createGroup("acme"); // a new group of that name starts empty
            assertEquals(0, d.members("Acme", null, page(0, 10)).total());
            d.deleteGroup("never-existed");

            // The (group, user) index is unique: a membership cannot be stored twice, whoever writes it.
            HostDirectory raw = new HostDirectory(host.databases().hostActiveObjects());
            assertThrows(RuntimeException.class, () -> raw.addMember("jira-administrators", "admin"));
            assertEquals(1, d.memberCount("jira-administrators"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void membersPageQuicklyWithAHundredThousandMemberships(DatabaseConfig config) throws Exception {
        int n = 100_000;
        try (Host host = Host.open(config)) {
            SandboxDirectory d = host.directory();
            d.createGroup("Big Customer");
            bulkMembers(host, "big customer", n);
            assertEquals(n, d.memberCount("Big Customer"));
            d.members("Big Customer", null, page(0, 25)); // warm up

            long started = System.nanoTime();
            Page<UserSummary> middle = d.members("Big Customer", null, page(50_000, 25));
            Page<UserSummary> last = d.members("BIG CUSTOMER", null, page(n - 10, 100));
            Page<UserSummary> found = d.members("Big Customer", "Customer 012345", page(0, 25));
            Page<UserSummary> byMail = d.members("Big Customer", "C099999@", page(0, 25));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertEquals(n, middle.total());
            assertEquals(List.of(user(50_000), user(50_001)), names(middle).subList(0, 2));
            assertEquals(25, middle.values().size());
            assertEquals(10, last.values().size());
            assertEquals(user(n - 1), names(last).get(9));
            assertEquals(List.of(user(12_345)), names(found));
            assertEquals(1, found.total());
            assertEquals(List.of(user(99_999)), names(byMail));
            assertTrue(d.isMember("big customer", user(77_777)));
            assertTrue(millis < 5_000, "four member pages over 100,000 memberships took " + millis + " ms");
            if (!config.isPostgres()) {
                assertUsesAnIndex(host, "SELECT COUNT(*) FROM {MEMBERSHIP} m WHERE m.\"LOWER_GROUP\" = 'big customer'");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // projects and permissions

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void projectsByKeyIdAndIds(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            ProjectRef help = host.projects().byKey("HELP").orElseThrow();
            ProjectRef sales = host.projects().byKey("SALES").orElseThrow();
            assertEquals("Customer Support", help.name());
            assertEquals(Optional.of(help), host.projects().byId(help.id()));
            assertEquals(Optional.empty(), host.projects().byKey("help"));
            assertEquals(Optional.empty(), host.projects().byKey(null));
            assertEquals(Optional.empty(), host.projects().byId(-1));
            assertEquals(List.of(help, sales), host.projects().byIds(List.of(sales.id(), -5L, help.id(), sales.id())));
            assertEquals(List.of(), host.projects().byIds(List.of()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void permissionsFollowTheAdminFlagRolesAndLicence(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            SandboxPermissions p = host.permissions();
            long help = host.projects().byKey("HELP").orElseThrow().id();
            long sales = host.projects().byKey("SALES").orElseThrow().id();

            Map<String, List<Boolean>> expected = new LinkedHashMap<>();
            // jiraAdmin, licensed, admin HELP, admin SALES, agent HELP, agent SALES
            expected.put("admin", List.of(true, true, true, true, false, false));
            expected.put("lead", List.of(false, true, true, false, true, false));
            expected.put("agent", List.of(false, true, false, false, true, false));
            expected.put("alice", List.of(false, false, false, false, false, false));
            expected.put("ghost", List.of(false, false, false, false, false, false));
            for (Map.Entry<String, List<Boolean>> e : expected.entrySet()) {
                String u = e.getKey();
                assertEquals(e.getValue(), List.of(p.isJiraAdmin(u), p.isLicensed(u), p.isProjectAdmin(u, help),
                        p.isProjectAdmin(u, sales), p.isAgent(u, help), p.isAgent(u, sales)), u);
            }
            assertFalse(p.isJiraAdmin(null));
            assertFalse(p.isProjectAdmin(null, help));
            assertFalse(p.isAgent(null, help));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // issues, comments and issue permissions

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void issuesByKeyIgnoringCaseAndById(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            long help = host.projects().byKey("HELP").orElseThrow().id();
            IssueRef second = host.issues().byKey("help-2").orElseThrow();
            assertEquals("HELP-2", second.key());
            assertEquals(help, second.projectId());
            assertEquals("HELP", second.projectKey());
            assertEquals("alice", second.reporterKey());
            assertEquals("alice", second.reporterUsername());
            assertEquals(Optional.of(second), host.issues().byId(second.id()));
            assertEquals(Optional.of(second), host.issues().byKey(" HELP-2 "));
            assertEquals("carol", host.issues().byKey("HELP-7").orElseThrow().reporterKey());
            assertEquals(Optional.empty(), host.issues().byKey("HELP-99"));
            assertEquals(Optional.empty(), host.issues().byKey("SALES-1"));
            assertEquals(Optional.empty(), host.issues().byKey(""));
            assertEquals(Optional.empty(), host.issues().byKey(null));
            assertEquals(Optional.empty(), host.issues().byId(-1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void newIssuesTakeTheNextKeyAndCommentsKeepTheirOrder(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            HostProjects projects = new HostProjects(host.databases().hostActiveObjects());
            Instant now = Instant.parse("2026-11-21T10:00:00Z");
            HostIssue eighth = projects.openIssue("HELP", "Eighth", null, "bob", now);
            HostIssue first = projects.openIssue("SALES", "First sale", "Two seats", "carol", now);
            assertEquals("HELP-8", eighth.key());
            assertEquals("SALES-1", first.key());
            assertEquals(HostProjects.NEW_STATUS, eighth.status());
            assertEquals(Optional.of(eighth), projects.findIssue(eighth.id()));
            assertEquals(Optional.of(eighth), projects.findIssue("HELP-8"));
            assertEquals(eighth.id(), host.issues().byKey("HELP-8").orElseThrow().id());

            Instant later = now.plusSeconds(60);
            HostComment one = projects.addComment(eighth.id(), "bob", "First <b>comment</b>", later);
            HostComment two = projects.addComment(eighth.id(), "agent", "Second", later.plusSeconds(1));
            assertEquals(List.of(one, two), projects.comments(eighth.id()));
            assertEquals(List.of(), projects.comments(first.id()));
            assertEquals(later.plusSeconds(1), projects.findIssue(eighth.id()).orElseThrow().updated());
            assertThrows(IllegalArgumentException.class, () -> projects.addComment(-1, "bob", "x", later));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void issuePermissionsFollowRolesTheReporterAndTheCustomerGroupsFieldValue(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            SandboxPermissions p = host.permissions();
            long bobs = host.issues().byKey("HELP-4").orElseThrow().id();
            host.directory().createGroup("Acme");
            host.directory().addMember("Acme", "alice");
            host.directory().createGroup("Globex");
            host.directory().addMember("Globex", "carol");

            // canEdit, canBrowse before the field has a value
            Map<String, List<Boolean>> expected = new LinkedHashMap<>();
            expected.put("admin", List.of(true, true));
            expected.put("lead", List.of(true, true));
            expected.put("agent", List.of(true, true));
            expected.put("bob", List.of(false, true));
            expected.put("alice", List.of(false, false));
            expected.put("carol", List.of(false, false));
            expected.put("ghost", List.of(false, false));
            for (Map.Entry<String, List<Boolean>> e : expected.entrySet()) {
                assertEquals(e.getValue(), List.of(p.canEditIssue(e.getKey(), bobs), p.canBrowseIssue(e.getKey(), bobs)),
                        e.getKey());
            }

            // shared with Acme (the field's value spells names as the groups do; membership ignores case)
            host.fieldValues().put(bobs, List.of("ACME"));
            assertTrue(p.canBrowseIssue("alice", bobs));
            assertFalse(p.canEditIssue("alice", bobs));
            assertFalse(p.canBrowseIssue("carol", bobs));
            host.fieldValues().put(bobs, List.of("Acme", "Globex"));
            assertTrue(p.canBrowseIssue("carol", bobs));
            host.fieldValues().put(bobs, List.of("No such group"));
            assertFalse(p.canBrowseIssue("alice", bobs));

            assertFalse(p.canBrowseIssue(null, bobs));
            assertFalse(p.canEditIssue(null, bobs));
            assertFalse(p.canBrowseIssue("admin", -1));
            assertFalse(p.canEditIssue("agent", -1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSandboxSchemeGrantsTheFieldWhenThePluginDeclaresIt(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            JiraObjects jira = new JiraObjects(new HostDirectory(host.databases().hostActiveObjects()),
                    new HostProjects(host.databases().hostActiveObjects()), host.projects());
            long help = host.projects().byKey("HELP").orElseThrow().id();
            PluginDescriptor plugin = PluginDescriptorReader.fromClasspath(getClass().getClassLoader());
            SharingSetup setup = new SandboxPermissionSchemes(new CustomerGroupsField(plugin, jira),
                    new CustomerAdminsField(plugin, jira)).sharingSetup(help);
            assertEquals(new SharingSetup(CustomerGroupsField.FIELD_ID, "Customer Groups",
                    SandboxPermissionSchemes.SCHEME_NAME, true, true, CustomerAdminsField.FIELD_ID, "Customer Admins",
                    true), setup);
            assertTrue(setup.ready());
            assertTrue(setup.adminsReady());

            PluginDescriptor noField = new PluginDescriptor(plugin.key(), plugin.version(), plugin.i18nBundles(),
                    List.of(), List.of(), List.of(), List.of(), List.of());
            SharingSetup without = new SandboxPermissionSchemes(new CustomerGroupsField(noField, jira),
                    new CustomerAdminsField(noField, jira)).sharingSetup(help);
            assertFalse(without.fieldFound());
            assertFalse(without.ready());
            assertFalse(without.adminsFieldFound());
            assertFalse(without.adminsReady());
        }
    }

    @org.junit.jupiter.api.Test
    void theIssueIndexRecordsWhatWasReindexed() {
        SandboxIssueIndex index = new SandboxIssueIndex();
        assertEquals(0, index.timesReindexed(1));
        assertEquals(List.of(), index.lastReindexed());
        index.reindex(List.of(1L, 2L));
        index.reindex(List.of(2L));
        assertEquals(1, index.timesReindexed(1));
        assertEquals(2, index.timesReindexed(2));
        assertEquals(0, index.timesReindexed(3));
        assertEquals(List.of(2L), index.lastReindexed());
    }

    // ---------------------------------------------------------------------------------------------

    private static PageRequest page(int start, int limit) {
        return new PageRequest(start, limit);
    }

    private static List<String> names(Page<UserSummary> page) {
        return page.values().stream().map(UserSummary::username).toList();
    }

    private static String user(int i) {
        return String.format("c%06d", i);
    }

    private static void assertNotFound(String key, Runnable call) {
        DomainException e = assertThrows(DomainException.class, call::run);
        assertEquals(ProblemKind.NOT_FOUND, e.kind());
        assertEquals(key, e.messageKey());
    }

    /** n users c000000… ("Customer 000000", c000000@big.example), all members of the group, by JDBC batches. */
    private static void bulkMembers(Host host, String lowerGroup, int n) throws Exception {
        DatabaseConfig config = host.databases().config();
        try (Connection c = TestDatabases.connect(config)) {
            c.setAutoCommit(false);
            try (PreparedStatement users = c.prepareStatement(host.sql().resolve("INSERT INTO {USER} (\"USERNAME\","
                    + " \"DISPLAY_NAME\", \"EMAIL\", \"JIRA_ADMIN\", \"LICENSED\") VALUES (?, ?, ?, FALSE, FALSE)"));
                 PreparedStatement members = c.prepareStatement(host.sql().resolve(
                         "INSERT INTO {MEMBERSHIP} (\"LOWER_GROUP\", \"USERNAME\") VALUES (?, ?)"))) {
                for (int i = 0; i < n; i++) {
                    String name = user(i);
                    users.setString(1, name);
                    users.setString(2, "Customer " + name.substring(1));
                    users.setString(3, name + "@big.example");
                    users.addBatch();
                    members.setString(1, lowerGroup);
                    members.setString(2, name);
                    members.addBatch();
                    if (i % 5_000 == 4_999) {
                        users.executeBatch();
                        members.executeBatch();
                    }
                }
                users.executeBatch();
                members.executeBatch();
            }
            c.commit();
        }
    }

    /** H2's plan names an index for the statement instead of scanning the table. */
    private static void assertUsesAnIndex(Host host, String statement) throws Exception {
        DatabaseConfig config = host.databases().config();
        try (Connection c = TestDatabases.connect(config);
             Statement s = c.createStatement();
             ResultSet plan = s.executeQuery("EXPLAIN " + host.sql().resolve(statement))) {
            assertTrue(plan.next());
            String text = plan.getString(1);
            assertFalse(text.contains("tableScan"), text);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // mail outbox, workflow status, comment visibility

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theOutboxKeepsMailNewestFirstFindsTheAccountByAddressAndPages(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            SandboxOutbox outbox = new SandboxOutbox(host.databases().hostActiveObjects(), host.sql(),
                    java.time.Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), java.time.ZoneOffset.UTC));
            for (int i = 1; i <= 3; i++) {
                outbox.send(new org.customergroups.domain.OutgoingMail("Alice@ACME.example", "Alice Archer",
                        "For alice " + i, "<p>" + i + "</p>"));
            }
            outbox.send(new org.customergroups.domain.OutgoingMail("someone@else.example", null, "For nobody", "<p>x</p>"));
            outbox.send(new org.customergroups.domain.OutgoingMail(" ", "No address", "Dropped", "<p>x</p>"));

            Page<SandboxOutbox.Mail> all = outbox.all(page(0, 10));
            assertEquals(4, all.total());
            assertEquals(List.of("For nobody", "For alice 3", "For alice 2", "For alice 1"),
                    all.values().stream().map(SandboxOutbox.Mail::subject).toList());
            SandboxOutbox.Mail nobody = all.values().get(0);
            assertEquals(null, nobody.toUser());
            assertEquals("someone@else.example", nobody.to());
            SandboxOutbox.Mail alices = all.values().get(1);
            assertEquals("alice", alices.toUser());
            assertEquals("alice", alices.to());
            assertEquals("<p>3</p>", alices.htmlBody());
            assertEquals(Instant.parse("2026-11-20T10:00:00Z"), alices.queued());

            Page<SandboxOutbox.Mail> second = outbox.of("alice", "alice@acme.example", page(1, 1));
            assertEquals(3, second.total());
            assertEquals(List.of("For alice 2"), second.values().stream().map(SandboxOutbox.Mail::subject).toList());
            assertEquals(0, outbox.of("bob", "bob@acme.example", page(0, 10)).total());
            assertEquals(List.of(), outbox.all(page(10, 10)).values());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void statusChangesOnlyFromTheExpectedStatusAndCommentsKeepTheirVisibility(DatabaseConfig config) {
        try (Host host = Host.open(config)) {
            HostProjects projects = new HostProjects(host.databases().hostActiveObjects());
            HostIssue issue = projects.findIssue("HELP-1").orElseThrow();
            assertEquals("Open", issue.status());
            Instant later = Instant.parse("2026-11-21T09:00:00Z");
            assertFalse(projects.changeStatus(issue.id(), "Done", "Reopened", later), "not in Done");
            assertTrue(projects.changeStatus(issue.id(), "Open", "In Progress", later));
            HostIssue moved = projects.findIssue(issue.id()).orElseThrow();
            assertEquals("In Progress", moved.status());
            assertEquals(later, moved.updated());

            projects.addComment(issue.id(), "alice", "Public", later);
            projects.addComment(issue.id(), "agent", "Internal", new HostComment.Visibility("role", "Agents"), later);
            List<HostComment> comments = projects.comments(issue.id());
            assertEquals(List.of(false, true), comments.stream().map(HostComment::internal).toList());
            assertEquals(new HostComment.Visibility("role", "Agents"), comments.get(1).visibility());
        }
    }
}
