package org.customergroups.sandbox.host;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DefaultGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.GroupSettings;
import org.customergroups.domain.UserProfile;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.sandbox.Sandbox;
import org.customergroups.sandbox.SandboxComponents;
import org.customergroups.sandbox.SandboxDatabases;
import org.customergroups.sandbox.SandboxHost;
import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptorReader;
import org.customergroups.service.DefaultGroups;
import org.customergroups.service.ReconcileReport;
import org.customergroups.service.Reconciler;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reconciler over 100,000 users in the sandbox's real host tables (users, user properties, groups,
 * memberships) and the plugin's real stores, on H2 and (when CG_PG_URL is set) PostgreSQL: a dynamic group's rule
 * (e-mail domain and a user property), Customers (every reporter account) and Verified Customers (reporters whose
 * current address is verified) end with exactly the expected members, non-matching members leave, existing ones
 * stay, and a second pass changes nothing. Memory is bounded by the pages read: the pass reads the users in
 * {@link Reconciler#PAGE}-sized pages (n / PAGE + 1 queries, none larger than a page with its own rows), never the
 * whole table. No timing is asserted.
 */
class ReconcilerScaleTest {

    static final int USERS = 100_000;
    static final String ACME = "Acme Gold";
    static final String RULE = "email ends with \"@acme.example\" and property \"tier\" = \"gold\"";

    private static final TestDatabases DATABASES = new TestDatabases("sbxs_");

    static List<DatabaseConfig> databases() {
        return DatabaseConfig.forTests();
    }

    @AfterAll
    static void dropPostgresSchemas() throws Exception {
        DATABASES.dropPostgresSchemas();
    }

    /** u000000 … u099999: every 10th is a reporter (unlicensed); every 3rd at acme.example. */
    static String name(int i) {
        return String.format("u%06d", i);
    }

    static boolean reporter(int i) {
        return i % 10 == 3 || i % 10 == 7;
    }

    static boolean acme(int i) {
        return i % 3 == 0;
    }

    static boolean gold(int i) {
        return i % 25 == 0;
    }

    /** Reporters with a verified address: a property holding the current address (some in other case). */
    static boolean verified(int i) {
        return reporter(i) && i % 7 == 0;
    }

    /** A stale verification: the property holds an old address, so the user is not verified. */
    static boolean staleVerification(int i) {
        return reporter(i) && i % 7 == 1;
    }

    static String email(int i) {
        return name(i) + (acme(i) ? "@acme.example" : "@other.example");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneFullPassReconcilesOneHundredThousandUsersPageByPage(DatabaseConfig base) throws Exception {
        DatabaseConfig config = DATABASES.fresh(base);
        PluginDescriptor plugin = PluginDescriptorReader.fromClasspath(Sandbox.class.getClassLoader());
        try (SandboxDatabases databases = SandboxDatabases.open(config, plugin.key())) {
            SandboxHost host = SandboxHost.create(databases, plugin, Sandbox.CONTEXT_PATH, "http://localhost:2990/jira");
            try (SandboxComponents components = new SandboxComponents(host, databases.pluginActiveObjects())) {
                components.registry().get(DefaultGroups.class).ensure(); // idempotent; the start-up bean did it too
                CustomerGroupStore store = components.registry().get(CustomerGroupStore.class);
                host.sandboxDirectory().createGroup(ACME);
                CustomerGroup acmeGroup = store.create(ACME, GroupKind.STATIC, "", GroupSettings.defaults(), "admin",
                        Instant.parse("2026-11-20T09:00:00Z"));
                store.setRule(acmeGroup.id(), RULE);

                HostSql sql = databases.hostSql();
                int[] expected = bulkLoad(databases, sql);
                int expectedAcme = expected[0];
                int expectedCustomers = expected[1];
                int expectedVerified = expected[2];
                int wrongMembers = expected[3];
                int customersBefore = expected[4];

                Reconciler reconciler = components.registry().get(Reconciler.class);
                SandboxUserProfiles profiles = host.userProfiles();
                long pagesBefore = profiles.pagesRead();
                ReconcileReport report = reconciler.reconcileAll();

                assertEquals(USERS, report.usersScanned());
                assertEquals(expectedAcme, host.sandboxDirectory().memberCount(ACME));
                assertEquals(expectedCustomers, host.sandboxDirectory().memberCount(DefaultGroup.CUSTOMERS.groupName()));
                assertEquals(expectedVerified,
                        host.sandboxDirectory().memberCount(DefaultGroup.VERIFIED_CUSTOMERS.groupName()));
                assertEquals(0, host.sandboxDirectory().memberCount(DefaultGroup.CUSTOMER_ADMINS.groupName()));
                long expectedJoins = expectedAcme + (expectedCustomers - customersBefore) + expectedVerified;
                assertEquals(expectedJoins, report.joined());
                assertEquals(wrongMembers, report.left());
                // Spot checks: a matching user joined, a non-matching former member left, a stale verification
                // does not count, an existing member stayed.
                assertTrue(host.sandboxDirectory().isMember(ACME, name(75)));
                assertFalse(host.sandboxDirectory().isMember(ACME, name(1)));
                assertFalse(host.sandboxDirectory().isMember(ACME, name(3)));
                assertFalse(host.sandboxDirectory().isMember(DefaultGroup.VERIFIED_CUSTOMERS.groupName(), name(57)));
                assertTrue(host.sandboxDirectory().isMember(DefaultGroup.VERIFIED_CUSTOMERS.groupName(), name(7)));
                assertTrue(host.sandboxDirectory().isMember(DefaultGroup.CUSTOMERS.groupName(), name(3)));
                assertFalse(host.sandboxDirectory().isMember(DefaultGroup.CUSTOMERS.groupName(), name(4)));
                // Every join and leave is recorded with cause RULE, by the system.
                long recorded = sql.number("SELECT COUNT(*) FROM " + auditTable(databases)
                        + " WHERE \"ACTION\" IN (?, ?) AND \"CAUSE\" = ?",
                        AuditAction.MEMBER_ADDED.name(), AuditAction.MEMBER_REMOVED.name(), AuditCause.RULE.name());
                assertTrue(recorded >= expectedJoins + wrongMembers, "audit rows: " + recorded);

                // Bounded memory: page after page of at most PAGE users, each with only its own rows.
                long pages = profiles.pagesRead() - pagesBefore;
                assertTrue(pages >= USERS / Reconciler.PAGE && pages <= USERS / Reconciler.PAGE + 1, "pages: " + pages);
                assertTrue(profiles.largestPageRows() <= Reconciler.PAGE * 6L,
                        "largest page read " + profiles.largestPageRows() + " rows");
                List<UserProfile> last = profiles.page(name(USERS - 3), Reconciler.PAGE);
                assertEquals(List.of(name(USERS - 2), name(USERS - 1)),
                        last.stream().map(p -> p.user().username()).toList());

                // Reconciled: a second pass changes nothing.
                ReconcileReport again = reconciler.reconcileAll();
                assertEquals(USERS, again.usersScanned());
                assertEquals(0, again.joined());
                assertEquals(0, again.left());
            }
        }
    }

    /** The plugin's audit table, found by the entity's table name in the plugin's prefix (AO_xxxxxx_AUDIT_ENTRY). */
    private static String auditTable(SandboxDatabases databases) throws Exception {
        DatabaseConfig config = databases.config();
        try (Connection c = TestDatabases.connect(config);
             java.sql.ResultSet tables = c.getMetaData().getTables(null, config.schema(), "%AUDIT_ENTRY", null)) {
            assertTrue(tables.next(), "no audit table");
            return "\"" + config.schema() + "\".\"" + tables.getString("TABLE_NAME") + "\"";
        }
    }

    /**
     * Inserts the users, their properties and some memberships by JDBC batches; returns the expected Acme Gold,
     * Customers and Verified Customers member counts, the count of Acme Gold members that must leave, and the
     * Customers members before the pass.
     */
    private static int[] bulkLoad(SandboxDatabases databases, HostSql sql) throws Exception {
        int acme = 0;
        int customers = 0;
        int verified = 0;
        int wrong = 0;
        int customersBefore = 0;
        DatabaseConfig config = databases.config();
        try (Connection c = TestDatabases.connect(config)) {
            c.setAutoCommit(false);
            try (PreparedStatement users = c.prepareStatement(sql.resolve("INSERT INTO {USER} (\"USERNAME\","
                    + " \"DISPLAY_NAME\", \"EMAIL\", \"JIRA_ADMIN\", \"LICENSED\") VALUES (?, ?, ?, FALSE, ?)"));
                 PreparedStatement properties = c.prepareStatement(sql.resolve("INSERT INTO {USER_PROPERTY}"
                         + " (\"USERNAME\", \"PROPERTY_KEY\", \"PROPERTY_VALUE\") VALUES (?, ?, ?)"));
                 PreparedStatement members = c.prepareStatement(sql.resolve(
                         "INSERT INTO {MEMBERSHIP} (\"LOWER_GROUP\", \"USERNAME\") VALUES (?, ?)"))) {
                for (int i = 0; i < USERS; i++) {
                    String name = name(i);
                    users.setString(1, name);
                    users.setString(2, "User " + i);
                    users.setString(3, email(i));
                    users.setBoolean(4, !reporter(i));
                    users.addBatch();
                    if (gold(i) || i % 25 == 1) {
                        property(properties, name, "tier", gold(i) ? "gold" : "silver");
                    }
                    if (verified(i)) {
                        property(properties, name, UserProfile.VERIFIED_EMAIL_PROPERTY,
                                i % 2 == 0 ? email(i).toUpperCase() : email(i));
                    } else if (staleVerification(i)) {
                        property(properties, name, UserProfile.VERIFIED_EMAIL_PROPERTY, name + "@old.example");
                    }
                    boolean wantsAcme = acme(i) && gold(i);
                    acme += wantsAcme ? 1 : 0;
                    // Wrong members of Acme Gold by hand: every 1,000th user that does not match must leave.
                    if (i % 1000 == 1 || i % 1000 == 3) {
                        member(members, ACME, name);
                        wrong += wantsAcme ? 0 : 1;
                    }
                    if (reporter(i)) {
                        customers++;
                        verified += verified(i) ? 1 : 0;
                        // Half of the reporters are Customers already: they stay, the others join.
                        if (i % 20 < 10) {
                            member(members, DefaultGroup.CUSTOMERS.groupName(), name);
                            customersBefore++;
                        }
                    }
                    if (i % 5_000 == 4_999) {
                        users.executeBatch();
                        properties.executeBatch();
                        members.executeBatch();
                    }
                }
                users.executeBatch();
                properties.executeBatch();
                members.executeBatch();
            }
            c.commit();
        }
        return new int[] {acme, customers, verified, wrong, customersBefore};
    }

    private static void property(PreparedStatement s, String user, String key, String value) throws Exception {
        s.setString(1, user);
        s.setString(2, key);
        s.setString(3, value);
        s.addBatch();
    }

    private static void member(PreparedStatement s, String group, String user) throws Exception {
        s.setString(1, group.toLowerCase(java.util.Locale.ROOT));
        s.setString(2, user);
        s.addBatch();
    }
}
