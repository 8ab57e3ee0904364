package org.customergroups.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.customergroups.domain.ShareSource;
import org.customergroups.sandbox.SandboxDatabases;
import org.customergroups.sandbox.host.HostEvents;
import org.customergroups.sandbox.host.SandboxDirectory;
import org.customergroups.sandbox.host.ao.HostGroupEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;
import org.customergroups.sandbox.host.ao.HostUserEntity;
import org.customergroups.service.ShareAccess;
import org.customergroups.store.AoShareStore;
import org.customergroups.store.ao.TicketShareEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The access decision "does this user reach this issue through a customer group it is shared with",
 * {@link ShareAccess#reachesThroughShare}, as the host asks it while it decides permissions: the
 * issue's shared group names from {@link AoShareStore} (one indexed query) and then one
 * {@code Directory.isMember} per group, here the sandbox's {@link SandboxDirectory} over its SBX_
 * tables, all on one in-memory H2 database.
 *
 * <p>Data: 200 groups; 5,000 users, each a member of 1 to 3 of them; 10,000 issues, each shared with
 * 1 to 3 of them (random, fixed seed). The measured issue is shared with three groups. The member is
 * a member of the last of them in name order only (so the decision checks all three, the longest
 * "yes"); the outsider belongs to three other groups (every "no" checks all of the issue's groups).
 *
 * <p>The lower bound is one hand-written JDBC query answering the same question (a join of the share
 * table and the sandbox's membership table on the (group, user) index), on a pooled connection of the
 * same database, prepared per call as AO does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ShareAccessBenchmark {

    static final int GROUPS = 200;
    static final int USERS = 5_000;
    static final int ISSUES = 10_000;
    /** The measured issue: an id above the random ones. */
    static final long ISSUE = 1_000_000;
    static final String MEMBER = "member";
    static final String OUTSIDER = "outsider";

    private SandboxDatabases databases;
    private AoDatabase raw;
    private ShareAccess access;
    private String rawSql;

    @Setup(Level.Trial)
    public void seed() {
        DatabaseConfig config = BenchDatabases.memory("bench_share_access");
        databases = SandboxDatabases.open(config, BenchDatabases.PLUGIN_KEY);
        raw = AoDatabase.open(config, BenchDatabases.PLUGIN_KEY);
        ActiveObjects host = databases.hostActiveObjects();
        Random random = new Random(42);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            rows.add(SandboxRows.group(groupName(g)));
        }
        GroupListBenchmark.createInBatches(host, HostGroupEntity.class, rows);

        rows = new ArrayList<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            rows.add(user(String.format("user%04d", u)));
            for (int g : distinct(random, 1 + random.nextInt(3))) {
                memberships.add(membership(g, String.format("user%04d", u)));
            }
        }
        // The measured issue's groups: 0, 1 and 2 ("Customer Group 000" .. "002").
        rows.add(user(MEMBER));
        memberships.add(membership(2, MEMBER));
        memberships.add(membership(150, MEMBER));
        rows.add(user(OUTSIDER));
        for (int g : List.of(3, 100, 199)) {
            memberships.add(membership(g, OUTSIDER));
        }
        GroupListBenchmark.createInBatches(host, HostUserEntity.class, rows);
        GroupListBenchmark.createInBatches(host, HostMembershipEntity.class, memberships);

        List<Map<String, Object>> shares = new ArrayList<>();
        for (long issue = 1; issue <= ISSUES; issue++) {
            for (int g : distinct(random, 1 + random.nextInt(3))) {
                shares.add(share(issue, g, "reporter" + (issue % 500)));
            }
        }
        for (int g : List.of(1, 0, 2)) {
            shares.add(share(ISSUE, g, "reporter-x"));
        }
        GroupListBenchmark.createInBatches(databases.pluginActiveObjects(), TicketShareEntity.class, shares);

        access = new ShareAccess(new AoShareStore(databases.pluginActiveObjects()),
                new SandboxDirectory(host, databases.hostSql(), new HostEvents()));
        rawSql = "SELECT 1 FROM \"" + raw.tablePrefix() + "_TICKET_SHARE\" s"
                + " JOIN \"" + SandboxDatabases.HOST_TABLE_PREFIX + "_MEMBERSHIP\" m"
                + " ON m.\"LOWER_GROUP\" = LOWER(s.\"GROUP_NAME\")"
                + " WHERE s.\"ISSUE_ID\" = ? AND m.\"USERNAME\" = ? LIMIT 1";

        BenchDatabases.check(access.reachesThroughShare(MEMBER, ISSUE) && rawReaches(MEMBER, ISSUE),
                "the member reaches the issue");
        BenchDatabases.check(!access.reachesThroughShare(OUTSIDER, ISSUE) && !rawReaches(OUTSIDER, ISSUE),
                "the outsider does not");
        BenchDatabases.check(List.of(groupName(0), groupName(1), groupName(2)).equals(access.sharedGroupNames(ISSUE)),
                "the issue's groups");
        for (long issue = 1; issue <= 200; issue++) {
            for (String user : List.of("user0001", "user0002", "user0003")) {
                BenchDatabases.check(access.reachesThroughShare(user, issue) == rawReaches(user, issue),
                        "plugin and raw SQL agree on " + user + "/" + issue);
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        try {
            raw.close();
        } finally {
            databases.close();
        }
    }

    /** "Yes": the issue's 3 group names, then isMember for each until the third says yes. */
    @Benchmark
    public boolean pluginMember() {
        return access.reachesThroughShare(MEMBER, ISSUE);
    }

    /** "No": the issue's 3 group names, then isMember for each of them. */
    @Benchmark
    public boolean pluginNonMember() {
        return access.reachesThroughShare(OUTSIDER, ISSUE);
    }

    /** Where the time goes: the store's part alone (the field value), one AO find of 3 rows. */
    @Benchmark
    public List<String> pluginGroupNamesOnly() {
        return access.sharedGroupNames(ISSUE);
    }

    /** Lower bound of "yes": one join on a pooled connection. */
    @Benchmark
    public boolean rawSqlMember() {
        return rawReaches(MEMBER, ISSUE);
    }

    /** Lower bound of "no". */
    @Benchmark
    public boolean rawSqlNonMember() {
        return rawReaches(OUTSIDER, ISSUE);
    }

    private boolean rawReaches(String username, long issueId) {
        try (Connection c = raw.connection(); PreparedStatement s = c.prepareStatement(rawSql)) {
            s.setLong(1, issueId);
            s.setString(2, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String groupName(int g) {
        return String.format("Customer Group %03d", g);
    }

    /** {@code n} distinct group numbers. */
    private static Set<Integer> distinct(Random random, int n) {
        Set<Integer> groups = new LinkedHashSet<>();
        while (groups.size() < n) {
            groups.add(random.nextInt(GROUPS));
        }
        return groups;
    }

    private static Map<String, Object> user(String username) {
        return SandboxRows.user(username, username, username + "@customer.example");
    }

    private static Map<String, Object> membership(int group, String username) {
        return SandboxRows.membership(groupName(group), username);
    }

    static Map<String, Object> share(long issueId, int group, String reporterKey) {
        Map<String, Object> row = new HashMap<>();
        row.put(TicketShareEntity.ISSUE_ID, issueId);
        row.put(TicketShareEntity.PROJECT_ID, 10_000L);
        row.put(TicketShareEntity.GROUP_ID, (long) group + 1);
        row.put(TicketShareEntity.ISSUE_GROUP, issueId + ":" + (group + 1));
        row.put(TicketShareEntity.GROUP_NAME, groupName(group));
        row.put(TicketShareEntity.REPORTER_KEY, reporterKey);
        row.put(TicketShareEntity.SOURCE, ShareSource.AGENT);
        row.put(TicketShareEntity.SHARED_BY, "agent");
        row.put(TicketShareEntity.SHARED_AT, new Date(0));
        return row;
    }
}
