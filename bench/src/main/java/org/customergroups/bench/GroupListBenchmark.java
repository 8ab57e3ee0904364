package org.customergroups.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.GroupKind;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.UpdatePolicy;
import org.customergroups.domain.ViewPolicy;
import org.customergroups.store.AoCustomerGroupStore;
import org.customergroups.store.ao.CustomerGroupEntity;
import org.customergroups.testkit.ao.AoDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "First page of groups": {@link AoCustomerGroupStore#search} over 10,000 customer groups on
 * in-memory H2, as the groups list of the REST API and the project page call it (25 per page).
 * Group names are "{company} {department} {n}" so a query like "globex" matches 1 group in 20.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GroupListBenchmark {

    static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne",
        "Wonka", "Cyberdyne", "Tyrell", "Soylent", "Aperture", "Vandelay", "Gringotts", "Monarch", "Oscorp",
        "Pied Piper", "Dunder Mifflin", "Massive Dynamic", "Nakatomi"};
    static final String[] DEPARTMENTS = {"Support", "Sales", "IT", "Finance", "Legal"};

    @Param("10000")
    public int groups;

    private AoDatabase db;
    private AoCustomerGroupStore store;
    private PageRequest firstPage;

    @Setup(Level.Trial)
    public void seed() {
        db = BenchDatabases.plugin("bench_groups");
        Date now = new Date();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            String name = COMPANIES[i % COMPANIES.length] + " " + DEPARTMENTS[(i / COMPANIES.length) % DEPARTMENTS.length]
                    + " " + i;
            Map<String, Object> row = new HashMap<>();
            row.put(CustomerGroupEntity.NAME, name);
            row.put(CustomerGroupEntity.LOWER_NAME, name.toLowerCase(Locale.ROOT));
            row.put(CustomerGroupEntity.KIND, GroupKind.STATIC);
            row.put(CustomerGroupEntity.DESCRIPTION, "Customers of " + name);
            row.put(CustomerGroupEntity.AUTO_JOIN_DOMAINS, COMPANIES[i % COMPANIES.length].toLowerCase(Locale.ROOT)
                    .replace(' ', '-') + ".example");
            row.put(CustomerGroupEntity.TWO_FACTOR, false);
            row.put(CustomerGroupEntity.VIEW_POLICY, ViewPolicy.AGENTS_OF_USING_PROJECTS);
            row.put(CustomerGroupEntity.UPDATE_POLICY, UpdatePolicy.PROJECT_ADMINS_OF_USING_PROJECTS);
            row.put(CustomerGroupEntity.CREATED_BY, "admin");
            row.put(CustomerGroupEntity.CREATED_AT, now);
            rows.add(row);
        }
        createInBatches(db.activeObjects(), CustomerGroupEntity.class, rows);
        store = new AoCustomerGroupStore(db.activeObjects());
        firstPage = new PageRequest(0, 25);
        check(store.search(null, firstPage), groups);
        check(store.search("globex", firstPage), groups / COMPANIES.length);
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    /** No query: the first 25 of all groups by name, plus the total. */
    @Benchmark
    public Page<CustomerGroup> firstPageOfAllGroups() {
        return store.search(null, firstPage);
    }

    /** A company name: LOWER_NAME LIKE '%globex%' (a scan; 500 of 10,000 match), first 25 plus the total. */
    @Benchmark
    public Page<CustomerGroup> firstPageOfGroupsMatchingAQuery() {
        return store.search("globex", firstPage);
    }

    /** A query matching nothing: the worst case of the scan, answered with no rows. */
    @Benchmark
    public Page<CustomerGroup> groupsMatchingNothing() {
        return store.search("no such group", firstPage);
    }

    /** Inserts the rows with AO's batch create, 1,000 per call. */
    static <T extends RawEntity<K>, K> void createInBatches(ActiveObjects ao, Class<T> type,
            List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            ao.create(type, rows.subList(from, Math.min(from + 1000, rows.size())));
        }
    }

    static void check(Page<?> page, long expectedTotal) {
        if (page.total() != expectedTotal || page.values().size() != Math.min(25, expectedTotal)) {
            throw new IllegalStateException("Unexpected page: total " + page.total() + ", " + page.values().size()
                    + " values; expected total " + expectedTotal);
        }
    }
}
