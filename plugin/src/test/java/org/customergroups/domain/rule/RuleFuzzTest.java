package org.customergroups.domain.rule;

import org.customergroups.domain.rule.RuleExpr.And;
import org.customergroups.domain.rule.RuleExpr.Compare;
import org.customergroups.domain.rule.RuleExpr.MemberOf;
import org.customergroups.domain.rule.RuleExpr.Not;
import org.customergroups.domain.rule.RuleExpr.Or;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random input never makes the parser throw anything but {@link RuleSyntaxException} (with a
 * position inside the text), whatever parses round-trips through its canonical form, and the
 * compiled evaluator agrees with a naive reference evaluator. Fixed seeds: a failure names its input
 * and reproduces.
 */
class RuleFuzzTest {

    private static final String[] FRAGMENTS = {
        "email", "emailDomain", "username", "displayName", "property", "memberOf", "EMAIL", "MemberOf",
        "and", "or", "not", "AND", "Or", "NOT", "starts", "ends", "with", "contains", "in", "With",
        "=", "!=", "!", "==", "(", ")", "((", "))", ",", "\"", "\\", "\\\"", "\\\\", "\"\"", "\"x\"",
        "\"acme.com\"", "\"Acme VIP\"", " ", " ", " ", "  ", "\n", "\r\n", "\t", "\u00a0",
        "@", "&", "|", "'", "~", "*", ".", "1", "0", "-", "_", "\u00e9", "\u5c71", "\ud83d\ude00", "\ud83d",
        "\u0000", "\u0007", "\u200b", "\ufeff", "x", "abc", "group", "true", "\"tier\"",
    };

    private static final String[] VALID = {
        "emailDomain in (\"acme.com\",\"acme.co.uk\") and not property \"contractor\" = \"true\" or memberOf \"Acme VIP\"",
        "email ends with \"@acme.example\" and not (username starts with \"ext-\" or displayName contains \"Bot\")",
        "property \"tier\" in (\"gold\", \"silver\", \"bronze\") or not not memberOf \"Partners\"",
        "(emailDomain = \"a.example\" or emailDomain = \"b.example\") and username != \"admin\"",
        "displayName = \"say \\\"hi\\\" \\\\ bye\" or email contains \"\u00e9cole\"",
        "not (email = \"\" or property \"region\" != \"EU\") and memberOf \"EU Customers\"",
    };

    @Test
    void tenThousandRandomStringsOnlyEverFailWithASyntaxError() {
        Random random = new Random(20240601L);
        for (int i = 0; i < 10_000; i++) {
            // mostly short texts, and every 100th long enough to reach the length limit
            String text = i % 100 == 0 ? randomText(random, 500 + random.nextInt(400)) : randomText(random, random.nextInt(80));
            check(text);
        }
    }

    @Test
    void tenThousandMutationsOfValidRulesOnlyEverFailWithASyntaxError() {
        Random random = new Random(42L);
        int parsed = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder(VALID[random.nextInt(VALID.length)]);
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(random, text);
            }
            parsed += check(text.toString()) ? 1 : 0;
        }
        // many mutations (a changed letter inside a string, a doubled space) still parse: they are
        // round-tripped and evaluated by check()
        assertTrue(parsed > 100, "only " + parsed + " mutations parsed");
    }

    @Test
    void randomTreesRoundTripThroughTheirCanonicalFormAndEvaluateLikeTheReference() {
        Random random = new Random(7L);
        List<UserFacts> users = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            users.add(randomUser(random));
        }
        for (int i = 0; i < 2_000; i++) {
            RuleExpr tree = randomTree(random, 4);
            String canonical = Rule.of(tree).canonical();
            Rule parsed = Rule.parse(canonical);
            assertEquals(tree, parsed.expression(), canonical);
            assertEquals(canonical, parsed.canonical());
            for (UserFacts user : users) {
                assertEquals(reference(tree, user), parsed.matches(user), () -> canonical + " on " + user);
            }
        }
    }

    // ---- limits: errors, never a crash ----

    @Test
    void theLengthLimitCountsTheTextAsWritten() {
        String prefix = "displayName = \"";
        String atLimit = prefix + "x".repeat(Rule.MAX_LENGTH - prefix.length() - 1) + "\"";
        assertEquals(Rule.MAX_LENGTH, atLimit.length());
        assertEquals(atLimit, Rule.parse(atLimit).canonical());
        String over = prefix + "x".repeat(Rule.MAX_LENGTH - prefix.length()) + "\"";
        RuleSyntaxException e = expectProblem(over, RuleProblem.TOO_LONG);
        assertEquals(Rule.MAX_LENGTH, e.position());
        assertEquals("A rule can be at most 2000 characters long; this one has 2001.", e.getMessage());
        expectProblem("(".repeat(1_000_000), RuleProblem.TOO_LONG);
    }

    @Test
    void theLengthLimitAlsoHoldsForTheCanonicalForm() {
        String prefix = "displayName=\"";
        String compact = prefix + "x".repeat(Rule.MAX_LENGTH - prefix.length() - 1) + "\"";
        assertEquals(Rule.MAX_LENGTH, compact.length());
        RuleSyntaxException e = expectProblem(compact, RuleProblem.TOO_LONG_NORMALISED);
        assertEquals("A rule can be at most 2000 characters long once normalised (with one space around each "
                + "operator); this one would have 2002. Shorten it a little.", e.getMessage());
    }

    @Test
    void nestingIsLimitedToThirtyTwoLevels() {
        String condition = "email = \"a\"";
        assertEquals(Rule.parse(condition), Rule.parse("(".repeat(32) + condition + ")".repeat(32)));
        RuleSyntaxException parens = expectProblem("(".repeat(33) + condition + ")".repeat(33), RuleProblem.TOO_DEEP);
        assertEquals(32, parens.position());
        assertEquals("Parentheses and not can be nested at most 32 deep; the rule goes deeper at position 32 "
                + "(line 1, column 33).", parens.getMessage());

        Rule nots = Rule.parse("not ".repeat(32) + condition);
        assertEquals("not ".repeat(32) + condition, nots.canonical());
        assertEquals(128, expectProblem("not ".repeat(33) + condition, RuleProblem.TOO_DEEP).position());

        expectProblem("(".repeat(Rule.MAX_LENGTH), RuleProblem.TOO_DEEP);
        expectProblem("not ".repeat(Rule.MAX_LENGTH / 4), RuleProblem.TOO_DEEP);
        expectProblem("not (".repeat(Rule.MAX_LENGTH / 5), RuleProblem.TOO_DEEP);
    }

    @Test
    void inListsHoldAtMostOneHundredValues() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            values.add("\"v" + i + "\"");
        }
        Rule hundred = Rule.parse("username in (" + String.join(", ", values) + ")");
        assertTrue(hundred.matches(new UserFacts("V99", "", "", Map.of(), Set.of())));
        String text = "username in (" + String.join(", ", values) + ", \"v100\")";
        RuleSyntaxException e = expectProblem(text, RuleProblem.TOO_MANY_VALUES);
        assertEquals(text.indexOf("\"v100\""), e.position());
        assertEquals("An in list can have at most 100 values; the value at position " + e.position()
                + " (line 1, column " + (e.position() + 1) + ") is one too many.", e.getMessage());
    }

    @Test
    void theMixedNestingLimitCountsParenthesesAndNotTogether() {
        String condition = "email = \"a\"";
        String sixteenEach = "not (".repeat(16) + condition + ")".repeat(16);
        Rule.parse(sixteenEach);
        RuleSyntaxException e = expectProblem("not (".repeat(16) + "not " + condition + ")".repeat(16), RuleProblem.TOO_DEEP);
        assertEquals(80, e.position());
    }

    // ---- helpers ----

    /** Parses {@code text}; true when it parsed. Fails on anything but a well-formed syntax error. */
    private static boolean check(String text) {
        Rule rule;
        try {
            rule = Rule.parse(text);
        } catch (RuleSyntaxException e) {
            assertTrue(e.position() >= 0 && e.position() <= text.length(), () -> "position " + e.position() + " of " + quote(text));
            assertTrue(e.line() >= 1 && e.column() >= 1, () -> "line/column of " + quote(text));
            assertTrue(!e.getMessage().isEmpty(), () -> "message of " + quote(text));
            return false;
        } catch (Throwable t) {
            fail("parsing " + quote(text) + " threw " + t, t);
            return false;
        }
        Rule again = Rule.parse(rule.canonical());
        assertEquals(rule, again, () -> "round trip of " + quote(text));
        assertEquals(rule.canonical(), again.canonical());
        UserFacts user = new UserFacts("x", "X", "x@acme.com", Map.of("contractor", "true"), Set.of("acme vip"));
        assertEquals(reference(rule.expression(), user), rule.matches(user), () -> quote(text));
        return true;
    }

    private static RuleSyntaxException expectProblem(String text, RuleProblem problem) {
        try {
            Rule.parse(text);
        } catch (RuleSyntaxException e) {
            assertEquals(problem, e.problem(), e::getMessage);
            return e;
        }
        return fail("parsed " + quote(text));
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else if (kind < 9) {
                text.append((char) (32 + random.nextInt(95)));
            } else {
                text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    private static void mutate(Random random, StringBuilder text) {
        int at = text.length() == 0 ? 0 : random.nextInt(text.length());
        switch (random.nextInt(6)) {
            case 0 -> {
                if (text.length() > 0) {
                    text.deleteCharAt(at);
                }
            }
            case 1 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            case 2 -> {
                if (text.length() > 0) {
                    text.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
            case 3 -> {
                int end = Math.min(text.length(), at + random.nextInt(12));
                text.insert(at, text.substring(at, end));
            }
            case 4 -> {
                int end = Math.min(text.length(), at + random.nextInt(20));
                text.delete(at, end);
            }
            default -> text.insert(at, (char) random.nextInt(0x10000));
        }
    }

    private static final String[] WORDS = {"acme", "ACME", "\u00e9cole", "x", "", "a\"b", "c\\d", "VIP", ".com", "@", " "};

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static RuleExpr randomTree(Random random, int depth) {
        int kind = depth == 0 ? 3 + random.nextInt(2) : random.nextInt(5);
        switch (kind) {
            case 0:
            case 1: {
                List<RuleExpr> operands = new ArrayList<>();
                int n = 2 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    operands.add(randomTree(random, depth - 1));
                }
                return kind == 0 ? new And(operands) : new Or(operands);
            }
            case 2:
                return new Not(randomTree(random, depth - 1));
            case 3: {
                String group = randomString(random);
                return new MemberOf(group.isBlank() ? "Acme VIP" : group);
            }
            default: {
                Attribute attribute = Attribute.values()[random.nextInt(Attribute.values().length)];
                Operator operator = Operator.values()[random.nextInt(Operator.values().length)];
                List<String> values = new ArrayList<>();
                int n = operator == Operator.IN ? 1 + random.nextInt(4) : 1;
                for (int i = 0; i < n; i++) {
                    values.add(randomString(random));
                }
                String property = null;
                if (attribute == Attribute.PROPERTY) {
                    property = random.nextBoolean() ? "tier" : "na\"me";
                }
                return new Compare(attribute, property, operator, values);
            }
        }
    }

    private static UserFacts randomUser(Random random) {
        Map<String, String> properties = new HashMap<>();
        if (random.nextBoolean()) {
            properties.put("tier", randomString(random));
        }
        if (random.nextBoolean()) {
            properties.put("na\"me", randomString(random));
        }
        Set<String> groups = new HashSet<>();
        if (random.nextBoolean()) {
            groups.add(random.nextBoolean() ? "Acme VIP" : randomString(random));
        }
        String email = randomString(random) + (random.nextInt(4) == 0 ? "" : "@") + randomString(random);
        return new UserFacts(randomString(random), randomString(random), email, properties, groups);
    }

    /** The plain reading of the language, with no care for speed or allocation. */
    private static boolean reference(RuleExpr expr, UserFacts user) {
        if (expr instanceof Or or) {
            return or.operands().stream().anyMatch(e -> reference(e, user));
        }
        if (expr instanceof And and) {
            return and.operands().stream().allMatch(e -> reference(e, user));
        }
        if (expr instanceof Not not) {
            return !reference(not.operand(), user);
        }
        if (expr instanceof MemberOf memberOf) {
            return user.groups().contains(memberOf.group().toLowerCase(Locale.ROOT));
        }
        Compare compare = (Compare) expr;
        String value = switch (compare.attribute()) {
            case EMAIL -> user.email();
            case EMAIL_DOMAIN -> user.email().contains("@") ? user.email().substring(user.email().lastIndexOf('@') + 1) : "";
            case USERNAME -> user.username();
            case DISPLAY_NAME -> user.displayName();
            case PROPERTY -> user.properties().getOrDefault(compare.property(), "");
        };
        List<String> literals = compare.values();
        if (compare.attribute().ignoresCase()) {
            value = value.toLowerCase(Locale.ROOT);
            literals = literals.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        }
        String literal = literals.get(0);
        return switch (compare.operator()) {
            case EQUALS -> value.equals(literal);
            case NOT_EQUALS -> !value.equals(literal);
            case STARTS_WITH -> value.startsWith(literal);
            case ENDS_WITH -> value.endsWith(literal);
            case CONTAINS -> value.contains(literal);
            case IN -> literals.contains(value);
        };
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
