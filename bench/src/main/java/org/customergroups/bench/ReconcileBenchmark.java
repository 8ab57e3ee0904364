package org.customergroups.bench;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UserProfile;
import org.customergroups.domain.UserSummary;
import org.customergroups.domain.rule.UserFacts;
import org.customergroups.port.Directory;
import org.customergroups.port.UserProfiles;
import org.customergroups.service.AuditTrail;
import org.customergroups.service.OwnMembershipChanges;
import org.customergroups.service.ReconcileReport;
import org.customergroups.service.Reconciler;
import org.customergroups.service.ShareCascade;
import org.customergroups.store.AoAuditStore;
import org.customergroups.store.AoCustomerGroupStore;
import org.customergroups.store.AoShareStore;
import org.customergroups.testkit.ao.AoDatabase;
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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One reconciler pass ({@link Reconciler#reconcileAll}) over 100,000 users with the plugin's real AO stores on
 * in-memory H2 (groups, audit trail, shares for the cascade) and an in-memory host (users, properties, group
 * memberships) that answers pages as Jira's adapter would. Computed groups: the three default groups (two of them
 * computed) and two dynamic groups, one with the rule of {@code RuleEvaluationBenchmark}.
 *
 * <ul>
 *   <li>{@code steadyPass}: everything is in step already (the hourly job on a quiet day): reading 200 pages and
 *   evaluating 4 groups per user, no writes.</li>
 *   <li>{@code churnPass}: before each pass (not measured) 1,000 users (1 %) are taken out of the Customers group
 *   and 1,000 staff accounts put into it, so the pass adds 1,000 and removes 1,000 memberships, with 2,000 audit
 *   rows and the cascade for each group and page.</li>
 * </ul>
 * Each invocation is timed once ({@link Mode#SingleShotTime}), in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class ReconcileBenchmark {

    static final int USERS = 100_000;
    static final int CHURN = 1_000;
    private static final String[] DOMAINS = {"acme.com", "acme.co.uk", "globex.example", "initech.example",
            "umbrella.example", "hooli.example", "stark.example", "wayne.example"};

    private AoDatabase db;
    private Host host;
    private Reconciler reconciler;

    @Setup(Level.Trial)
    public void seed() {
        db = BenchDatabases.plugin("bench_reconcile");
        AoCustomerGroupStore groups = new AoCustomerGroupStore(db.activeObjects());
        AuditTrail audit = new AuditTrail(new AoAuditStore(db.activeObjects()));
        Clock clock = Clock.systemUTC();
        host = new Host();
        Instant now = clock.instant();
        for (String name : List.of("Customers", "Verified Customers", "Customer Admins")) {
            host.createGroup(name);
            groups.create(name, GroupKind.DEFAULT, null, null, null, now);
        }
        host.createGroup("Acme VIP");
        for (String name : List.of("Acme", "Globex")) {
            host.createGroup(name);
            long id = groups.create(name, GroupKind.STATIC, null, null, "admin", now).id();
            groups.setRule(id, name.equals("Acme")
                    ? "emailDomain in (\"acme.com\", \"acme.co.uk\") and not property \"contractor\" = \"true\""
                    + " or memberOf \"Acme VIP\""
                    : "emailDomain = \"globex.example\"");
        }
        for (int i = 0; i < USERS; i++) {
            String username = String.format("user%06d", i);
            // One in ten is a staff account (not a customer); one in three a contractor; one in four verified.
            AccountType type = i % 10 == 0 ? AccountType.STANDARD : AccountType.REPORTER;
            String email = username + "@" + DOMAINS[i % DOMAINS.length];
            Map<String, String> props = new HashMap<>();
            if (i % 3 == 0) {
                props.put("contractor", "true");
            }
            if (i % 4 == 0) {
                props.put(UserProfile.VERIFIED_EMAIL_PROPERTY, email);
            }
            host.addUser(new UserSummary("key-" + username, username, "User " + i, email, type), props);
            if (i % 50 == 0) {
                host.addMember("Acme VIP", username);
            }
        }
        ShareCascade cascade = new ShareCascade(new AoShareStore(db.activeObjects()), groups, host, ids -> { },
                audit, clock);
        reconciler = new Reconciler(groups, host, host, cascade, audit, new OwnMembershipChanges(), clock);
        ReconcileReport first = reconciler.reconcileAll();
        BenchDatabases.check(first.usersScanned() == USERS && first.groups() == 4 && first.left() == 0,
                "first pass " + first);
        BenchDatabases.check(host.memberCount("Customers") == USERS * 9 / 10, "customers");
        ReconcileReport again = reconciler.reconcileAll();
        BenchDatabases.check(again.joined() == 0 && again.left() == 0, "second pass changes nothing " + again);
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** For churnPass only: 1,000 customers out of Customers and 1,000 staff accounts in, before each shot. */
    @State(Scope.Benchmark)
    public static class Churn {

        @Setup(Level.Invocation)
        public void churn(ReconcileBenchmark bench) {
            int out = 0;
            int in = 0;
            for (int i = 1; out < CHURN || in < CHURN; i++) {
                String username = String.format("user%06d", i);
                if (i % 10 == 0) {
                    in += in < CHURN && bench.host.addMember("Customers", username) ? 1 : 0;
                } else if (out < CHURN) {
                    out += bench.host.removeMember("Customers", username) ? 1 : 0;
                }
            }
        }
    }

    /** Undoes the churn: 1,000 joins and 1,000 leaves with their audit rows, among 100,000 users read. */
    @Benchmark
    public ReconcileReport churnPass(Churn churn) {
        ReconcileReport report = reconciler.reconcileAll();
        BenchDatabases.check(report.usersScanned() == USERS && report.joined() == CHURN
                && report.left() == CHURN, "churn pass " + report);
        return report;
    }

    /** Everything in step: 100,000 users read and evaluated against 4 groups, nothing written. */
    @Benchmark
    public ReconcileReport steadyPass() {
        ReconcileReport report = reconciler.reconcileAll();
        BenchDatabases.check(report.usersScanned() == USERS && report.joined() == 0 && report.left() == 0,
                "steady pass " + report);
        return report;
    }

    /**
     * The host in memory: users sorted by lower-case username, properties, and memberships both ways (group to users
     * for the directory, user to groups for the facts), so a page costs what building its profiles costs.
     */
    static final class Host implements UserProfiles, Directory {
        private final List<UserSummary> users = new ArrayList<>();
        private final Map<String, UserSummary> byName = new HashMap<>();
        private final Map<String, Map<String, String>> properties = new HashMap<>();
        private final Map<String, String> groupNames = new HashMap<>();
        private final Map<String, Set<String>> members = new HashMap<>();
        private final Map<String, Set<String>> groupsOf = new HashMap<>();

        void addUser(UserSummary u, Map<String, String> props) {
            users.add(u); // added in username order
            byName.put(lower(u.username()), u);
            properties.put(lower(u.username()), props);
        }

        @Override
        public List<UserProfile> page(String afterUsername, int limit) {
            int from = 0;
            if (afterUsername != null) {
                int lo = 0;
                int hi = users.size();
                while (lo < hi) { // first index whose name sorts after afterUsername
                    int mid = (lo + hi) >>> 1;
                    if (lower(users.get(mid).username()).compareTo(afterUsername) <= 0) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                from = lo;
            }
            List<UserProfile> page = new ArrayList<>(limit);
            for (int i = from; i < users.size() && page.size() < limit; i++) {
                page.add(profile(users.get(i)));
            }
            return page;
        }

        @Override
        public Optional<UserProfile> byName(String username) {
            return Optional.ofNullable(byName.get(lower(username))).map(this::profile);
        }

        @Override
        public void setProperty(String username, String key, String value) {
            throw new UnsupportedOperationException();
        }

        private UserProfile profile(UserSummary u) {
            String name = lower(u.username());
            return new UserProfile(u, new UserFacts(u.username(), u.displayName(), u.email(), properties.get(name),
                    groupsOf.getOrDefault(name, Set.of())));
        }

        @Override
        public Optional<UserSummary> userByName(String username) {
            return Optional.ofNullable(byName.get(lower(username)));
        }

        @Override
        public Optional<UserSummary> userByKey(String userKey) {
            return userByName(userKey.substring("key-".length()));
        }

        @Override
        public Page<UserSummary> findUsers(String query, AccountType type, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> groupName(String name) {
            return Optional.ofNullable(groupNames.get(lower(name)));
        }

        @Override
        public Page<String> findGroups(String query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void createGroup(String name) {
            groupNames.put(lower(name), name);
            members.put(lower(name), new HashSet<>());
        }

        @Override
        public void deleteGroup(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<UserSummary> members(String groupName, String query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int memberCount(String groupName) {
            return members.get(lower(groupName)).size();
        }

        @Override
        public boolean isMember(String groupName, String username) {
            return members.get(lower(groupName)).contains(lower(username));
        }

        @Override
        public boolean addMember(String groupName, String username) {
            groupsOf.computeIfAbsent(lower(username), k -> new HashSet<>()).add(groupNames.get(lower(groupName)));
            return members.get(lower(groupName)).add(lower(username));
        }

        @Override
        public boolean removeMember(String groupName, String username) {
            Set<String> groups = groupsOf.get(lower(username));
            if (groups != null) {
                groups.remove(groupNames.get(lower(groupName)));
            }
            return members.get(lower(groupName)).remove(lower(username));
        }

        @Override
        public void grantStandardAccess(String username) {
            throw new UnsupportedOperationException();
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}
