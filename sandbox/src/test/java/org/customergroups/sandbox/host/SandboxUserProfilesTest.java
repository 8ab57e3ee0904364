package org.customergroups.sandbox.host;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.UserProfile;
import org.customergroups.sandbox.SandboxDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's UserProfiles port over the seeded demo helpdesk, on H2 and (when CG_PG_URL is set) PostgreSQL. */
class SandboxUserProfilesTest {

    private static final TestDatabases DATABASES = new TestDatabases("sbxu_");

    static List<DatabaseConfig> databases() {
        return DatabaseConfig.forTests();
    }

    @AfterAll
    static void dropPostgresSchemas() throws Exception {
        DATABASES.dropPostgresSchemas();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesFollowTheUsernameOrderAfterTheCursor(DatabaseConfig config) {
        try (SandboxDatabases databases = DATABASES.openSeeded(config)) {
            SandboxUserProfiles profiles = new SandboxUserProfiles(databases.hostActiveObjects(), databases.hostSql());
            List<String> all = new HostDirectory(databases.hostActiveObjects()).users().stream()
                    .map(HostUser::username).sorted().toList();

            List<String> read = new ArrayList<>();
            String after = null;
            List<UserProfile> page;
            do {
                page = profiles.page(after, 2);
                assertTrue(page.size() <= 2);
                page.forEach(p -> read.add(p.user().username()));
                after = page.isEmpty() ? after : page.get(page.size() - 1).user().username();
            } while (page.size() == 2);

            assertEquals(all, read);
            assertEquals(List.of(), profiles.page(all.get(all.size() - 1).toUpperCase(), 5));
            assertThrows(IllegalArgumentException.class, () -> profiles.page(null, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aProfileHasTheUsersDetailsGroupsAndProperties(DatabaseConfig config) {
        try (SandboxDatabases databases = DATABASES.openSeeded(config)) {
            SandboxUserProfiles profiles = new SandboxUserProfiles(databases.hostActiveObjects(), databases.hostSql());
            HostDirectory directory = new HostDirectory(databases.hostActiveObjects());

            profiles.setProperty("ALICE", "tier", "silver");
            profiles.setProperty("alice", "tier", "gold");
            profiles.setProperty("alice", "region", "emea");
            profiles.setProperty("alice", "region", null);
            profiles.setProperty("alice", "absent", null);

            UserProfile alice = profiles.byName("Alice").orElseThrow();
            assertEquals("alice", alice.user().username());
            assertEquals(AccountType.REPORTER, alice.user().type());
            assertEquals("alice@acme.example", alice.facts().email());
            assertEquals(Map.of("tier", "gold"), alice.facts().properties());
            Set<String> groups = Set.copyOf(directory.groupsOf("alice").stream().map(String::toLowerCase).toList());
            assertEquals(groups, alice.facts().groups());
            assertEquals(Optional.of("gold"), profiles.property("alice", "tier"));
            assertEquals(List.of("tier"), profiles.propertyKeys("alice"));
            assertEquals(Map.of(), profiles.byName("bob").orElseThrow().facts().properties());
            assertEquals(Optional.empty(), profiles.byName("nobody"));

            DomainException e = assertThrows(DomainException.class, () -> profiles.setProperty("nobody", "tier", "x"));
            assertEquals("cg.error.jira.user.not.found", e.messageKey());
        }
    }
}
