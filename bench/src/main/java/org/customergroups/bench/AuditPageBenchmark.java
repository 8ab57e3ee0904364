package org.customergroups.bench;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.store.AoAuditStore;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * "First page of the audit trail": {@link AoAuditStore#find} (25 entries, newest first, plus the total) over
 * 100,000 audit rows on in-memory H2, as the admin page (no filter), a group's History tab and an issue's panel ask
 * for it.
 *
 * <p>Data: one entry a minute for 100,000 minutes (about 70 days), inserted with the store's bulk add. Every fifth
 * entry concerns one big group ({@link #BIG_GROUP}, 20,000 rows: a large customer); the others are spread over 199
 * groups (about 400 rows each); 20,000 issues with 5 entries each, spread over the whole period; 10 projects.
 *
 * <p>Each query has a lower bound: the same two statements (the page, then the count) written by hand and run on a
 * pooled connection of the same database, prepared per call as AO does, reading every column.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuditPageBenchmark {

    static final int ROWS = 100_000;
    static final int ISSUES = 20_000;
    static final long BIG_GROUP = 1;
    /** A group with about 400 rows. */
    static final long GROUP = 77;
    static final long ISSUE = issueOf(ROWS / 2);
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private AoDatabase db;
    private AoAuditStore store;
    private PageRequest firstPage;
    private String table;

    @Setup(Level.Trial)
    public void seed() {
        db = BenchDatabases.plugin("bench_audit");
        store = new AoAuditStore(db.activeObjects());
        List<AuditEntry> entries = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            entries.add(entry(i));
        }
        store.add(entries);
        firstPage = new PageRequest(0, 25);
        table = "\"" + db.tablePrefix() + "_AUDIT_ENTRY\"";

        checkSame(store.find(AuditQuery.all(), firstPage), rawPage(null, 0), ROWS);
        checkSame(store.find(AuditQuery.ofGroup(BIG_GROUP), firstPage), rawPage("GROUP_ID", BIG_GROUP), ROWS / 5);
        checkSame(store.find(AuditQuery.ofGroup(GROUP), firstPage), rawPage("GROUP_ID", GROUP),
                countOf(i -> groupOf(i) == GROUP));
        checkSame(store.find(AuditQuery.ofIssue(ISSUE), firstPage), rawPage("ISSUE_ID", ISSUE),
                countOf(i -> issueOf(i) == ISSUE));
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** The admin page without filters: the 25 newest of 100,000 (on the AT index) and the count of all. */
    @Benchmark
    public Page<AuditEntry> pluginUnfiltered() {
        return store.find(AuditQuery.all(), firstPage);
    }

    /** A group's History tab, ~400 rows: via the (GROUP_ID, AT) index, sorted (H2 reads indexes forwards); the count. */
    @Benchmark
    public Page<AuditEntry> pluginByGroup() {
        return store.find(AuditQuery.ofGroup(GROUP), firstPage);
    }

    /**
     * The History tab of a group with 20,000 rows: on H2 the worst case, all of them sorted for the newest 25 (a
     * database that reads the (GROUP_ID, AT) index backwards reads 25 entries).
     */
    @Benchmark
    public Page<AuditEntry> pluginByBigGroup() {
        return store.find(AuditQuery.ofGroup(BIG_GROUP), firstPage);
    }

    /** An issue's panel: its 5 rows via the (ISSUE_ID, AT) index (a short page: no count query). */
    @Benchmark
    public Page<AuditEntry> pluginByIssue() {
        return store.find(AuditQuery.ofIssue(ISSUE), firstPage);
    }

    @Benchmark
    public List<Object[]> rawUnfiltered() {
        return rawPage(null, 0);
    }

    @Benchmark
    public List<Object[]> rawByGroup() {
        return rawPage("GROUP_ID", GROUP);
    }

    @Benchmark
    public List<Object[]> rawByBigGroup() {
        return rawPage("GROUP_ID", BIG_GROUP);
    }

    /** Page only, as the store does for a short page. */
    @Benchmark
    public List<Object[]> rawByIssue() {
        return rawPage("ISSUE_ID", ISSUE);
    }

    /**
     * The page (the id, then every column) and, when the page is full, the count, with or without one
     * {@code column = ?} condition; the count comes last as an extra row {@code [total]}.
     */
    private List<Object[]> rawPage(String column, long value) {
        String where = column == null ? "" : " WHERE \"" + column + "\" = ?";
        List<Object[]> rows = new ArrayList<>(26);
        try (Connection c = db.connection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + where
                    + " ORDER BY \"AT\" DESC, \"ID\" DESC LIMIT 25")) {
                if (column != null) {
                    s.setLong(1, value);
                }
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    int id = rs.findColumn("ID");
                    while (rs.next()) {
                        // The id first (for the setup's check), then every column.
                        Object[] row = new Object[columns + 1];
                        row[0] = rs.getObject(id);
                        for (int i = 1; i <= columns; i++) {
                            row[i] = rs.getObject(i);
                        }
                        rows.add(row);
                    }
                }
            }
            if (rows.size() == 25) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + where)) {
                    if (column != null) {
                        s.setLong(1, value);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        rows.add(new Object[] {rs.getLong(1)});
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entry {@code i}: one a minute; every fifth in the big group; 5 per issue, spread over the period. */
    static AuditEntry entry(int i) {
        AuditAction[] actions = AuditAction.values();
        return AuditEntry.of(actions[i % actions.length], i % 3 == 0 ? AuditCause.CASCADE : AuditCause.MANUAL,
                        "agent" + i % 50, T0.plusSeconds(60L * i))
                .project(10_000 + i % 10)
                .issue(issueOf(i))
                .group(groupOf(i), "Customer Group " + groupOf(i))
                .user("user" + i % 500)
                .change(i % 2 == 0 ? null : "before " + i, "after " + i)
                .build();
    }

    static long groupOf(int i) {
        return i % 5 == 0 ? BIG_GROUP : 2 + i % 199;
    }

    static long issueOf(int i) {
        return 1_000_000 + i % ISSUES;
    }

    private static long countOf(IntPredicate matches) {
        return IntStream.range(0, ROWS).filter(matches).count();
    }

    /** The store and the hand-written SQL return the same 25 ids (newest first) and the same total. */
    private static void checkSame(Page<AuditEntry> page, List<Object[]> raw, long expectedTotal) {
        int size = Math.min(25, (int) expectedTotal);
        List<Long> ids = page.values().stream().map(AuditEntry::id).toList();
        List<Long> rawIds = raw.subList(0, size).stream().map(r -> ((Number) r[0]).longValue()).toList();
        long rawTotal = raw.size() > 25 ? ((Number) raw.get(25)[0]).longValue() : raw.size();
        if (page.total() != expectedTotal || rawTotal != expectedTotal || ids.size() != size || !ids.equals(rawIds)) {
            throw new IllegalStateException("Benchmark data is not as intended: total " + page.total() + "/" + rawTotal
                    + ", expected " + expectedTotal + "; ids " + ids + " vs " + rawIds);
        }
    }
}
