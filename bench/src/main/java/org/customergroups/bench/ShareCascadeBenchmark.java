package org.customergroups.bench;

import org.customergroups.domain.TicketShare;
import org.customergroups.store.AoShareStore;
import org.customergroups.store.ao.TicketShareEntity;
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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cascade "a reporter left the customer group": {@link AoShareStore#removeForReporters} for a
 * reporter with 10,000 issues shared with the group, among 10,000 issues of 100 other reporters
 * shared with the same group (and 2,000 shares of the same issues with another group), on in-memory
 * H2. Every invocation starts from the same 22,000 rows (re-seeded outside the measurement) and
 * removes 10,000 of them, so each is timed once ({@link Mode#SingleShotTime}).
 *
 * <p>Lower bounds on the same data, on a pooled connection of the same database:
 * {@code rawDelete} is the bare {@code DELETE ... WHERE GROUP_ID = ? AND REPORTER_KEY = ?}; the store
 * must also return the ids of the issues that lost the share (to reindex exactly those), so
 * {@code rawSelectIdsThenDelete} does the same job as the store by hand: select the issue ids, then
 * delete, in one transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
public class ShareCascadeBenchmark {

    static final int ISSUES = 10_000;
    static final long GROUP = 1;
    static final String LEAVER = "leaver";
    private static final String COLUMNS = "\"ISSUE_ID\", \"PROJECT_ID\", \"GROUP_ID\", \"ISSUE_GROUP\", \"GROUP_NAME\","
            + " \"REPORTER_KEY\", \"SOURCE\", \"SHARED_BY\", \"SHARED_AT\"";

    private AoDatabase db;
    private AoShareStore store;
    private String table;
    private int lastRemoved;

    @Setup(Level.Trial)
    public void seed() throws SQLException {
        db = BenchDatabases.plugin("bench_share_cascade");
        table = "\"" + db.tablePrefix() + "_TICKET_SHARE\"";
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            rows.add(ShareAccessBenchmark.share(2L * i, (int) GROUP - 1, LEAVER));
            rows.add(ShareAccessBenchmark.share(2L * i + 1, (int) GROUP - 1, "reporter" + (i % 100)));
            if (i % 10 == 0) {
                rows.add(ShareAccessBenchmark.share(2L * i, (int) GROUP, LEAVER));
                rows.add(ShareAccessBenchmark.share(2L * i + 1, (int) GROUP, "reporter" + (i % 100)));
            }
        }
        GroupListBenchmark.createInBatches(db.activeObjects(), TicketShareEntity.class, rows);
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE CG_BENCH_SEED AS SELECT " + COLUMNS + " FROM " + table);
        }
        store = new AoShareStore(db.activeObjects());
        reseed();
        List<TicketShare> lost = store.removeForReporters(GROUP, List.of(LEAVER));
        BenchDatabases.check(lost.size() == ISSUES && lost.get(0).issueId() == 0
                && lost.get(ISSUES - 1).issueId() == 2L * (ISSUES - 1), "the store removes exactly the leaver's issues");
        BenchDatabases.check(store.countOfGroup(GROUP) == ISSUES && store.countOfGroup(GROUP + 1) == ISSUES / 5,
                "the others keep their shares");
    }

    /** Back to the seeded 22,000 rows (not measured). */
    @Setup(Level.Invocation)
    public void reseed() throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + table);
            s.executeUpdate("INSERT INTO " + table + " (" + COLUMNS + ") SELECT " + COLUMNS + " FROM CG_BENCH_SEED");
        }
        lastRemoved = -1;
    }

    /** Each invocation must have removed the leaver's 10,000 shares (not measured). */
    @TearDown(Level.Invocation)
    public void verify() {
        BenchDatabases.check(lastRemoved == ISSUES, "removed " + lastRemoved + " shares");
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** The store: one transaction, select the rows (for reindex and audit), one delete; returns the 10,000 rows. */
    @Benchmark
    public List<TicketShare> pluginRemoveForReporters() {
        List<TicketShare> lost = store.removeForReporters(GROUP, List.of(LEAVER));
        lastRemoved = lost.size();
        return lost;
    }

    /** Lower bound: the bare delete, without learning which issues lost the share. */
    @Benchmark
    public int rawDelete() throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement s = c.prepareStatement("DELETE FROM " + table
                     + " WHERE \"GROUP_ID\" = ? AND \"REPORTER_KEY\" = ?")) {
            s.setLong(1, GROUP);
            s.setString(2, LEAVER);
            lastRemoved = s.executeUpdate();
            return lastRemoved;
        }
    }

    /** Lower bound of the store's whole job: the issue ids, then the delete, in one transaction. */
    @Benchmark
    public List<Long> rawSelectIdsThenDelete() throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT \"ISSUE_ID\" FROM " + table
                        + " WHERE \"GROUP_ID\" = ? AND \"REPORTER_KEY\" = ?")) {
                    s.setLong(1, GROUP);
                    s.setString(2, LEAVER);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table
                        + " WHERE \"GROUP_ID\" = ? AND \"REPORTER_KEY\" = ?")) {
                    s.setLong(1, GROUP);
                    s.setString(2, LEAVER);
                    s.executeUpdate();
                }
                c.commit();
                lastRemoved = ids.size();
                return ids;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
