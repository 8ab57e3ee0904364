package org.customergroups.service;

import org.customergroups.domain.IssueRef;
import org.customergroups.store.StoreDatabases;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.customergroups.service.fakes.DemoHelpdesk.ADMIN;
import static org.customergroups.service.fakes.DemoHelpdesk.AGENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read side that access decisions use, over the real share store on H2 and PostgreSQL. HELP-1 is shared with
 * Globex and Acme (alice and bob are members of Acme, carol of Globex); HELP-2 with nothing.
 */
class ShareAccessTest {

    private ServiceFixture f;
    private IssueRef help1;
    private IssueRef help2;
    private long acme;

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    private void open(DatabaseConfig config) {
        f = new ServiceFixture(config);
        acme = f.groups.create(ADMIN, "Acme", null, "HELP").group().id();
        long globex = f.groups.create(ADMIN, "Globex", null, "HELP").group().id();
        f.host.directory.addMember("Acme", "alice");
        f.host.directory.addMember("Acme", "bob");
        f.host.directory.addMember("Globex", "carol");
        help1 = f.host.issue(20_001, "HELP-1", f.host.help, "alice");
        help2 = f.host.issue(20_002, "HELP-2", f.host.help, "alice");
        f.shares.share(AGENT, "HELP-1", globex, null);
        f.shares.share(AGENT, "HELP-1", acme, null);
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theFieldValueIsTheSharedGroupNamesByName(DatabaseConfig config) {
        open(config);

        assertEquals(List.of("Acme", "Globex"), f.shareAccess.sharedGroupNames(help1.id()));
        assertEquals(List.of(), f.shareAccess.sharedGroupNames(help2.id()));
        assertEquals(List.of(), f.shareAccess.sharedGroupNames(99_999));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void membersOfASharedGroupReachTheIssueUntilItIsUnshared(DatabaseConfig config) {
        open(config);

        for (String member : List.of("alice", "BOB", "carol")) {
            assertTrue(f.shareAccess.reachesThroughShare(member, help1.id()), member);
            assertFalse(f.shareAccess.reachesThroughShare(member, help2.id()), member);
        }
        assertFalse(f.shareAccess.reachesThroughShare("staff", help1.id()));
        assertFalse(f.shareAccess.reachesThroughShare(null, help1.id()));

        // No cache: the next decision already sees the unshare.
        f.shares.unshare(AGENT, "HELP-1", acme);
        assertFalse(f.shareAccess.reachesThroughShare("bob", help1.id()));
        assertTrue(f.shareAccess.reachesThroughShare("carol", help1.id()));
    }
}
