package org.customergroups.bench;

import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserSummary;
import org.customergroups.sandbox.SandboxDatabases;
import org.customergroups.sandbox.host.HostEvents;
import org.customergroups.sandbox.host.SandboxDirectory;
import org.customergroups.sandbox.host.ao.HostGroupEntity;
import org.customergroups.sandbox.host.ao.HostMembershipEntity;
import org.customergroups.sandbox.host.ao.HostUserEntity;
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

import com.atlassian.activeobjects.external.ActiveObjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "First page of members" of a large group, through the sandbox's {@link SandboxDirectory} (the
 * Directory port as the sandbox implements it over its host tables) on in-memory H2.
 * 50,000 users; group "big-customer" holds all of them, and 50 groups of 1,000 members hold the
 * other 50,000 memberships: 100,000 membership rows in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MemberListBenchmark {

    static final int USERS = 50_000;
    static final int SMALL_GROUPS = 50;
    static final int SMALL_GROUP_SIZE = 1_000;
    static final String BIG = "big-customer";

    private SandboxDatabases databases;
    private SandboxDirectory directory;
    private PageRequest firstPage;

    @Setup(Level.Trial)
    public void seed() {
        databases = SandboxDatabases.open(BenchDatabases.memory("bench_members"), BenchDatabases.PLUGIN_KEY);
        ActiveObjects host = databases.hostActiveObjects();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            rows.add(SandboxRows.user(username(i), "Customer " + i, username(i) + "@customer" + (i % 100) + ".example"));
        }
        GroupListBenchmark.createInBatches(host, HostUserEntity.class, rows);
        rows = new ArrayList<>();
        rows.add(SandboxRows.group(BIG));
        for (int g = 0; g < SMALL_GROUPS; g++) {
            rows.add(SandboxRows.group("small-" + g));
        }
        GroupListBenchmark.createInBatches(host, HostGroupEntity.class, rows);
        rows = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            rows.add(SandboxRows.membership(BIG, username(i)));
        }
        for (int g = 0; g < SMALL_GROUPS; g++) {
            for (int m = 0; m < SMALL_GROUP_SIZE; m++) {
                rows.add(SandboxRows.membership("small-" + g, username((g * SMALL_GROUP_SIZE + m) % USERS)));
            }
        }
        GroupListBenchmark.createInBatches(host, HostMembershipEntity.class, rows);

        directory = new SandboxDirectory(host, databases.hostSql(), new HostEvents());
        firstPage = new PageRequest(0, 25);
        GroupListBenchmark.check(directory.members(BIG, null, firstPage), USERS);
        GroupListBenchmark.check(directory.members(BIG, "customer 4999", firstPage), 11);
    }

    @TearDown(Level.Trial)
    public void close() {
        databases.close();
    }

    /** The first 25 members by username, plus the member count. */
    @Benchmark
    public Page<UserSummary> firstPageOfMembers() {
        return directory.members(BIG, null, firstPage);
    }

    /** Members whose username, display name or e-mail contains a query: a scan of the group's members. */
    @Benchmark
    public Page<UserSummary> firstPageOfMembersMatchingAQuery() {
        return directory.members(BIG, "customer 4999", firstPage);
    }

    /** The member count alone (the groups list shows it for each group on the page). */
    @Benchmark
    public int memberCount() {
        return directory.memberCount(BIG);
    }

    private static String username(int i) {
        return String.format("user%05d", i);
    }
}
