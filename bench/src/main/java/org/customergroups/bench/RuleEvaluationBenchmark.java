package org.customergroups.bench;

import org.customergroups.domain.rule.Rule;
import org.customergroups.domain.rule.UserFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A dynamic group's membership rule ({@link Rule}, docs/rule-language.md): evaluating one parsed
 * rule over 100,000 users, as a reconciler would for a whole user base, and parsing the rule.
 *
 * <p>The rule is {@value #RULE}. The users are built once (fixed seed): e-mail domains spread over
 * 8 domains, two of them the rule's (1 user in 4; one of the two written in upper case); a
 * {@code contractor} property on 1 user in 3 (half "true", half "false"), a {@code tier} property
 * on half of them; 0 to 4 groups each, each "Acme VIP" with chance 1 in 10, else one of 50 others
 * (so about 1 user in 6 is in "Acme VIP"). {@link #evaluate100kUsers} is one pass over all users
 * (µs per 100,000); {@link #evaluatePerUser} is the same pass reported per user (ns), and
 * {@link #parse} parses the rule from its text (µs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleEvaluationBenchmark {

    static final String RULE = "emailDomain in (\"acme.com\",\"acme.co.uk\") and not property \"contractor\" = \"true\" "
            + "or memberOf \"Acme VIP\"";
    static final int USERS = 100_000;

    private static final String[] DOMAINS = {
        "acme.com", "ACME.co.uk", "globex.example", "initech.example", "umbrella.example", "hooli.example",
        "stark.example", "wayne.example",
    };

    private UserFacts[] users;
    private Rule rule;

    @Setup
    public void setUp() {
        Random random = new Random(4242L);
        users = new UserFacts[USERS];
        for (int i = 0; i < USERS; i++) {
            String username = "user" + i;
            Map<String, String> properties = new HashMap<>();
            if (random.nextInt(3) == 0) {
                properties.put("contractor", random.nextBoolean() ? "true" : "false");
            }
            if (random.nextBoolean()) {
                properties.put("tier", random.nextBoolean() ? "gold" : "silver");
            }
            Set<String> groups = new HashSet<>();
            int groupCount = random.nextInt(5);
            for (int g = 0; g < groupCount; g++) {
                groups.add(random.nextInt(10) == 0 ? "Acme VIP" : "Group " + random.nextInt(50));
            }
            users[i] = new UserFacts(username, "User " + i, username + "@" + DOMAINS[random.nextInt(DOMAINS.length)],
                    properties, groups);
        }
        rule = Rule.parse(RULE);
    }

    /** Number of the 100,000 users the rule matches (returned so the JIT cannot drop the work). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int evaluate100kUsers() {
        return countMatches();
    }

    /** The same pass, reported per user. */
    @Benchmark
    @OperationsPerInvocation(USERS)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int evaluatePerUser() {
        return countMatches();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Rule parse() {
        return Rule.parse(RULE);
    }

    private int countMatches() {
        int matched = 0;
        for (UserFacts user : users) {
            if (rule.matches(user)) {
                matched++;
            }
        }
        return matched;
    }
}
