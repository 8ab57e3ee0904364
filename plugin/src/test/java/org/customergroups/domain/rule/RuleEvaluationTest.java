package org.customergroups.domain.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Truth tables of and/or/not and precedence, and every operator on every attribute, edge cases included. */
class RuleEvaluationTest {

    // ---- boolean structure: every rule against all 8 combinations of three conditions ----

    /** A user for whom condition a/b/c (property "a"/"b"/"c" = "1") is true as given. */
    private static UserFacts abc(boolean a, boolean b, boolean c) {
        Map<String, String> properties = new HashMap<>();
        properties.put("a", a ? "1" : "0");
        properties.put("b", b ? "1" : "0");
        if (c) {
            properties.put("c", "1");
        }
        return new UserFacts("u", "U", "u@x.example", properties, Set.of());
    }

    interface Bool3 {
        boolean test(boolean a, boolean b, boolean c);
    }

    static Stream<Arguments> truthTables() {
        return Stream.of(
                table("A and B", (a, b, c) -> a && b),
                table("A or B", (a, b, c) -> a || b),
                table("not A", (a, b, c) -> !a),
                table("not not A", (a, b, c) -> a),
                table("A and B and C", (a, b, c) -> a && b && c),
                table("A or B or C", (a, b, c) -> a || b || c),
                table("A or B and C", (a, b, c) -> a || (b && c)),
                table("A and B or C", (a, b, c) -> (a && b) || c),
                table("(A or B) and C", (a, b, c) -> (a || b) && c),
                table("A and (B or C)", (a, b, c) -> a && (b || c)),
                table("not A and B", (a, b, c) -> !a && b),
                table("not A or B", (a, b, c) -> !a || b),
                table("not (A and B)", (a, b, c) -> !(a && b)),
                table("not (A or B)", (a, b, c) -> !(a || b)),
                table("not A and not B or C", (a, b, c) -> (!a && !b) || c),
                table("A or not B and C", (a, b, c) -> a || (!b && c)),
                table("not (A or B and not C)", (a, b, c) -> !(a || (b && !c))),
                table("A and not (B or not C)", (a, b, c) -> a && !(b || !c)));
    }

    private static Arguments table(String shape, Bool3 expected) {
        String rule = shape.replace("A", "property \"a\" = \"1\"")
                .replace("B", "property \"b\" = \"1\"")
                .replace("C", "property \"c\" = \"1\"");
        return Arguments.of(shape, rule, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthTables")
    void booleanOperatorsAndPrecedence(String shape, String text, Bool3 expected) {
        Rule rule = Rule.parse(text);
        Rule reparsed = Rule.parse(rule.canonical());
        for (int bits = 0; bits < 8; bits++) {
            boolean a = (bits & 4) != 0;
            boolean b = (bits & 2) != 0;
            boolean c = (bits & 1) != 0;
            UserFacts user = abc(a, b, c);
            String row = shape + " with A=" + a + " B=" + b + " C=" + c;
            assertEquals(expected.test(a, b, c), rule.matches(user), row);
            assertEquals(expected.test(a, b, c), reparsed.matches(user), row + " (canonical form)");
        }
    }

    // ---- operators and attributes ----

    private static final UserFacts ALICE = new UserFacts("Alice.Smith", "Alice Smith", "Alice.Smith@Acme.Example",
            Map.of("tier", "Gold", "contractor", "false", "team", ""), Set.of("Acme VIP", "jira-users"));
    private static final UserFacts NOBODY = new UserFacts(null, null, null, null, null);
    private static final UserFacts SUBDOMAIN = new UserFacts("bob", "Bob", "bob@eu.acme.example", Map.of(), Set.of());
    private static final UserFacts NO_AT = new UserFacts("carol", "Carol", "carol.acme.example", Map.of(), Set.of());
    private static final UserFacts TWO_ATS = new UserFacts("dave", "Dave", "\"d@ve\"@acme.example", Map.of(), Set.of());
    private static final UserFacts TRAILING_AT = new UserFacts("erin", "Erin", "erin@", Map.of(), Set.of());
    private static final UserFacts UNICODE = new UserFacts("\u00c9lodie", "Zo\u00eb \u5c71\u7530 \ud83d\ude00",
            "\u00c9LODIE@\u00c9cole.example", Map.of("city", "M\u00fcnchen"), Set.of("\u00c9quipe"));

    static Stream<Arguments> operatorCases() {
        return Stream.of(
                // email: whole address, ignoring case
                c("email = \"alice.smith@acme.example\"", ALICE, true),
                c("email = \"ALICE.SMITH@ACME.EXAMPLE\"", ALICE, true),
                c("email = \"alice.smith@acme\"", ALICE, false),
                c("email != \"alice.smith@acme.example\"", ALICE, false),
                c("email != \"bob@acme.example\"", ALICE, true),
                c("email starts with \"ALICE.\"", ALICE, true),
                c("email ends with \"@acme.EXAMPLE\"", ALICE, true),
                c("email ends with \"acme.example.\"", ALICE, false),
                c("email contains \"SMITH@\"", ALICE, true),
                c("email contains \"smith@acme.example.org\"", ALICE, false),
                c("email in (\"x@y.example\", \"alice.smith@ACME.example\")", ALICE, true),
                c("email in (\"x@y.example\", \"alice.smith@acme\")", ALICE, false),
                // emailDomain: after the last @, ignoring case; empty without one
                c("emailDomain = \"acme.example\"", ALICE, true),
                c("emailDomain = \"ACME.EXAMPLE\"", ALICE, true),
                c("emailDomain = \"acme.example\"", SUBDOMAIN, false),
                c("emailDomain ends with \".acme.example\"", SUBDOMAIN, true),
                c("emailDomain ends with \".acme.example\"", ALICE, false),
                c("emailDomain ends with \"acme.example\"", ALICE, true),
                c("emailDomain starts with \"eu.\"", SUBDOMAIN, true),
                c("emailDomain starts with \"bob\"", SUBDOMAIN, false),
                c("emailDomain contains \"@\"", ALICE, false),
                c("emailDomain contains \"ACME\"", SUBDOMAIN, true),
                c("emailDomain in (\"acme.com\", \"acme.example\")", ALICE, true),
                c("emailDomain in (\"acme.com\", \"acme.co.uk\")", ALICE, false),
                c("emailDomain = \"\"", NO_AT, true),
                c("emailDomain contains \"acme\"", NO_AT, false),
                c("emailDomain = \"acme.example\"", TWO_ATS, true),
                c("emailDomain = \"\"", TRAILING_AT, true),
                c("emailDomain = \"\"", NOBODY, true),
                c("emailDomain = \"\u00e9cole.example\"", UNICODE, true),
                // username: ignoring case
                c("username = \"alice.smith\"", ALICE, true),
                c("username != \"ALICE.SMITH\"", ALICE, false),
                c("username starts with \"alice\"", ALICE, true),
                c("username ends with \".SMITH\"", ALICE, true),
                c("username contains \"E.s\"", ALICE, true),
                c("username in (\"bob\", \"alice.smith\")", ALICE, true),
                c("username = \"\u00e9lodie\"", UNICODE, true),
                // displayName: exact
                c("displayName = \"Alice Smith\"", ALICE, true),
                c("displayName = \"alice smith\"", ALICE, false),
                c("displayName != \"alice smith\"", ALICE, true),
                c("displayName starts with \"Alice\"", ALICE, true),
                c("displayName starts with \"alice\"", ALICE, false),
                c("displayName ends with \"Smith\"", ALICE, true),
                c("displayName ends with \"SMITH\"", ALICE, false),
                c("displayName contains \"ce Sm\"", ALICE, true),
                c("displayName contains \"CE SM\"", ALICE, false),
                c("displayName in (\"Alice Smith\", \"Bob\")", ALICE, true),
                c("displayName in (\"alice smith\", \"Bob\")", ALICE, false),
                c("displayName contains \"\u5c71\u7530\"", UNICODE, true),
                c("displayName ends with \"\ud83d\ude00\"", UNICODE, true),
                c("displayName starts with \"zo\u00eb\"", UNICODE, false),
                // property: exact name, exact value, missing means empty
                c("property \"tier\" = \"Gold\"", ALICE, true),
                c("property \"tier\" = \"gold\"", ALICE, false),
                c("property \"TIER\" = \"Gold\"", ALICE, false),
                c("property \"contractor\" != \"true\"", ALICE, true),
                c("property \"contractor\" != \"true\"", NOBODY, true),
                c("property \"team\" = \"\"", ALICE, true),
                c("property \"missing\" = \"\"", ALICE, true),
                c("property \"missing\" != \"\"", ALICE, false),
                c("property \"tier\" in (\"Silver\", \"Gold\")", ALICE, true),
                c("property \"tier\" starts with \"Go\"", ALICE, true),
                c("property \"tier\" ends with \"old\"", ALICE, true),
                c("property \"tier\" contains \"ol\"", ALICE, true),
                c("property \"city\" = \"M\u00fcnchen\"", UNICODE, true),
                c("property \"city\" = \"M\u00dcNCHEN\"", UNICODE, false),
                // memberOf: group names ignoring case
                c("memberOf \"Acme VIP\"", ALICE, true),
                c("memberOf \"acme vip\"", ALICE, true),
                c("memberOf \" ACME VIP \"", ALICE, true),
                c("memberOf \"Acme\"", ALICE, false),
                c("memberOf \"Acme VIP\"", NOBODY, false),
                c("memberOf \"\u00e9quipe\"", UNICODE, true),
                // empty strings and missing values
                c("email = \"\"", NOBODY, true),
                c("email != \"\"", NOBODY, false),
                c("email starts with \"\"", NOBODY, true),
                c("email ends with \"\"", NOBODY, true),
                c("email contains \"\"", NOBODY, true),
                c("displayName contains \"\"", ALICE, true),
                c("username starts with \"a\"", NOBODY, false),
                c("username contains \"a\"", NOBODY, false),
                c("displayName in (\"\", \"x\")", NOBODY, true),
                // a value longer than the fact never matches (and never fails)
                c("username starts with \"alice.smith.and.more\"", ALICE, false),
                c("username ends with \"more.alice.smith\"", ALICE, false),
                c("emailDomain ends with \"www.acme.example\"", ALICE, false),
                c("displayName contains \"Alice Smith Junior\"", ALICE, false),
                // strings with escapes compare as their values
                c("displayName = \"say \\\"hi\\\"\"", new UserFacts("x", "say \"hi\"", "", Map.of(), Set.of()), true),
                c("displayName = \"back\\\\slash\"", new UserFacts("x", "back\\slash", "", Map.of(), Set.of()), true));
    }

    private static Arguments c(String rule, UserFacts user, boolean expected) {
        return Arguments.of(rule, user, expected);
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @MethodSource("operatorCases")
    void operators(String text, UserFacts user, boolean expected) {
        assertEquals(expected, Rule.parse(text).matches(user));
        assertEquals(!expected, Rule.parse("not (" + text + ")").matches(user));
    }

    @Test
    void userFactsNormaliseTheirInput() {
        Map<String, String> properties = new HashMap<>();
        properties.put("tier", "gold");
        properties.put("nothing", null);
        properties.put(null, "x");
        java.util.Set<String> groups = new java.util.HashSet<>(List.of("Acme VIP", "JIRA-Users"));
        groups.add(null);
        UserFacts facts = new UserFacts(null, null, null, properties, groups);
        assertEquals("", facts.username());
        assertEquals("", facts.displayName());
        assertEquals("", facts.email());
        assertEquals(Map.of("tier", "gold"), facts.properties());
        assertEquals(Set.of("acme vip", "jira-users"), facts.groups());
        assertEquals("", facts.property("nothing"));
        properties.put("tier", "silver");
        assertEquals("gold", facts.property("tier"), "a defensive copy");
    }

    @Test
    void aLongOrChainIsALoopNotRecursion() {
        StringBuilder text = new StringBuilder("username = \"u0\"");
        int n = 1;
        while (text.length() + 22 <= Rule.MAX_LENGTH) {
            text.append(" or username = \"u").append(n++).append('"');
        }
        Rule rule = Rule.parse(text.toString());
        assertTrue(rule.matches(new UserFacts("u" + (n - 1), "", "", Map.of(), Set.of())));
        assertEquals(false, rule.matches(new UserFacts("u" + n, "", "", Map.of(), Set.of())));
    }

    /**
     * Evaluation allocates nothing per user: 100,000 evaluations allocate less than 64 KB in all
     * (a per-user allocation of even one small object would be over 1.5 MB).
     */
    @Test
    void evaluationDoesNotAllocatePerUser() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        Rule rule = Rule.parse("emailDomain in (\"acme.com\", \"acme.co.uk\") and not property \"contractor\" = \"true\" "
                + "or memberOf \"Acme VIP\" or email contains \"ACME\" or displayName starts with \"A\"");
        List<UserFacts> users = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            users.add(new UserFacts("user" + i, "User " + i, "user" + i + (i % 3 == 0 ? "@acme.com" : "@other.example"),
                    Map.of("contractor", i % 2 == 0 ? "true" : "false"), i % 7 == 0 ? Set.of("Acme VIP") : Set.of()));
        }
        int warm = 0;
        for (int round = 0; round < 20; round++) {
            for (UserFacts user : users) {
                warm += rule.matches(user) ? 1 : 0;
            }
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        int matched = 0;
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < users.size(); i++) {
                matched += rule.matches(users.get(i)) ? 1 : 0;
            }
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertEquals(warm * 5, matched);
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for 100,000 evaluations");
    }

    @Test
    void aRuleIsAPredicateOverUserFacts() {
        Predicate<UserFacts> vip = Rule.parse("memberOf \"Acme VIP\"")::matches;
        assertTrue(vip.test(ALICE));
    }
}
