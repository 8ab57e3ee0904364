package org.customergroups.domain.rule;

import org.customergroups.domain.rule.RuleExpr.And;
import org.customergroups.domain.rule.RuleExpr.Compare;
import org.customergroups.domain.rule.RuleExpr.MemberOf;
import org.customergroups.domain.rule.RuleExpr.Not;
import org.customergroups.domain.rule.RuleExpr.Or;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What parses, to which tree and canonical form; what does not, with its exact message and position. */
class RuleParserTest {

    private static final Compare A = Compare.property("a", Operator.EQUALS, "1");
    private static final Compare B = Compare.property("b", Operator.EQUALS, "1");
    private static final Compare C = Compare.property("c", Operator.EQUALS, "1");
    private static final String a = "property \"a\" = \"1\"";
    private static final String b = "property \"b\" = \"1\"";
    private static final String c = "property \"c\" = \"1\"";

    static Stream<Arguments> validRules() {
        return Stream.of(
                // every attribute and operator
                valid("email = \"alice@acme.example\"", "email = \"alice@acme.example\"",
                        Compare.of(Attribute.EMAIL, Operator.EQUALS, "alice@acme.example")),
                valid("emailDomain ends with \"acme.example\"", "emailDomain ends with \"acme.example\"",
                        Compare.of(Attribute.EMAIL_DOMAIN, Operator.ENDS_WITH, "acme.example")),
                valid("username starts with \"ext-\"", "username starts with \"ext-\"",
                        Compare.of(Attribute.USERNAME, Operator.STARTS_WITH, "ext-")),
                valid("displayName contains \"Smith\"", "displayName contains \"Smith\"",
                        Compare.of(Attribute.DISPLAY_NAME, Operator.CONTAINS, "Smith")),
                valid("username != \"admin\"", "username != \"admin\"",
                        Compare.of(Attribute.USERNAME, Operator.NOT_EQUALS, "admin")),
                valid("property \"tier\" = \"gold\"", "property \"tier\" = \"gold\"",
                        Compare.property("tier", Operator.EQUALS, "gold")),
                valid("property \"contractor\" != \"true\"", "property \"contractor\" != \"true\"",
                        Compare.property("contractor", Operator.NOT_EQUALS, "true")),
                valid("memberOf \"Acme VIP\"", "memberOf \"Acme VIP\"", new MemberOf("Acme VIP")),
                valid("emailDomain in (\"acme.com\",\"acme.co.uk\")", "emailDomain in (\"acme.com\", \"acme.co.uk\")",
                        new Compare(Attribute.EMAIL_DOMAIN, null, Operator.IN, List.of("acme.com", "acme.co.uk"))),
                valid("property \"region\" in ( \"EU\" )", "property \"region\" in (\"EU\")",
                        new Compare(Attribute.PROPERTY, "region", Operator.IN, List.of("EU"))),
                // keywords ignore case; strings keep theirs; group names are stripped
                valid("EMAIL Starts WITH \"Alice\" AnD NOT MemberOf \"  Acme VIP \"",
                        "email starts with \"Alice\" and not memberOf \"Acme VIP\"",
                        And.of(Compare.of(Attribute.EMAIL, Operator.STARTS_WITH, "Alice"), new Not(new MemberOf("Acme VIP")))),
                valid("EMAILDOMAIN = \"x.example\" OR DISPLAYNAME = \"X\" or USERNAME in (\"x\")",
                        "emailDomain = \"x.example\" or displayName = \"X\" or username in (\"x\")",
                        Or.of(Compare.of(Attribute.EMAIL_DOMAIN, Operator.EQUALS, "x.example"),
                                Compare.of(Attribute.DISPLAY_NAME, Operator.EQUALS, "X"),
                                new Compare(Attribute.USERNAME, null, Operator.IN, List.of("x")))),
                // precedence: not > and > or
                valid(a + " and " + b + " or " + c, a + " and " + b + " or " + c, Or.of(And.of(A, B), C)),
                valid(a + " or " + b + " and " + c, a + " or " + b + " and " + c, Or.of(A, And.of(B, C))),
                valid("not " + a + " and " + b, "not " + a + " and " + b, And.of(new Not(A), B)),
                valid("not " + a + " or " + b, "not " + a + " or " + b, Or.of(new Not(A), B)),
                // parentheses: kept where needed, dropped where not, and/or chains flattened
                valid("(" + a + " or " + b + ") and " + c, "(" + a + " or " + b + ") and " + c, And.of(Or.of(A, B), C)),
                valid("not (" + a + " and " + b + ")", "not (" + a + " and " + b + ")", new Not(And.of(A, B))),
                valid("not (" + a + ")", "not " + a, new Not(A)),
                valid("((" + a + "))", a, A),
                valid("(" + a + " and " + b + ") and " + c, a + " and " + b + " and " + c, And.of(A, B, C)),
                valid(a + " or (" + b + " or " + c + ")", a + " or " + b + " or " + c, Or.of(A, B, C)),
                valid("(" + a + " and " + b + ") or " + c, a + " and " + b + " or " + c, Or.of(And.of(A, B), C)),
                valid("not not " + a, "not not " + a, new Not(new Not(A))),
                // strings: escapes, empty, unicode, spaces
                valid("displayName = \"say \\\"hi\\\" \\\\ bye\"", "displayName = \"say \\\"hi\\\" \\\\ bye\"",
                        Compare.of(Attribute.DISPLAY_NAME, Operator.EQUALS, "say \"hi\" \\ bye")),
                valid("email = \"\"", "email = \"\"", Compare.of(Attribute.EMAIL, Operator.EQUALS, "")),
                valid("displayName = \"Zo\u00eb \u5c71\u7530 \ud83d\ude00\"", "displayName = \"Zo\u00eb \u5c71\u7530 \ud83d\ude00\"",
                        Compare.of(Attribute.DISPLAY_NAME, Operator.EQUALS, "Zo\u00eb \u5c71\u7530 \ud83d\ude00")),
                valid("displayName = \"  two  spaces \"", "displayName = \"  two  spaces \"",
                        Compare.of(Attribute.DISPLAY_NAME, Operator.EQUALS, "  two  spaces ")),
                valid("property \"and\" = \"or\"", "property \"and\" = \"or\"", Compare.property("and", Operator.EQUALS, "or")),
                // layout: no spaces, line breaks, tabs, no-break spaces
                valid("email=\"a\"and(username=\"b\")", "email = \"a\" and username = \"b\"",
                        And.of(Compare.of(Attribute.EMAIL, Operator.EQUALS, "a"), Compare.of(Attribute.USERNAME, Operator.EQUALS, "b"))),
                valid("\n  email\t=\r\n\"a\"\u00a0\n", "email = \"a\"", Compare.of(Attribute.EMAIL, Operator.EQUALS, "a")),
                valid("username starts   \n with \"x\"", "username starts with \"x\"",
                        Compare.of(Attribute.USERNAME, Operator.STARTS_WITH, "x")));
    }

    private static Arguments valid(String text, String canonical, RuleExpr tree) {
        return Arguments.of(text, canonical, tree);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRules")
    void parsesToTheTreeAndCanonicalForm(String text, String canonical, RuleExpr tree) {
        Rule rule = Rule.parse(text);
        assertEquals(tree, rule.expression());
        assertEquals(canonical, rule.canonical());
        assertEquals(canonical, rule.toString());
        assertEquals(rule, Rule.parse(canonical));
        assertEquals(rule.hashCode(), Rule.parse(canonical).hashCode());
        assertEquals(rule, Rule.of(tree));
    }

    static Stream<Arguments> invalidRules() {
        return Stream.of(
                invalid("", RuleProblem.BLANK, 0,
                        "Enter a rule, for example: emailDomain = \"acme.example\"."),
                invalid(" \n\t\u00a0", RuleProblem.BLANK, 0,
                        "Enter a rule, for example: emailDomain = \"acme.example\"."),
                invalid("username ends with", RuleProblem.EXPECTED_STRING, 18,
                        "Expected a string in double quotes after 'ends with' at position 18 (line 1, column 19)."),
                invalid("email ends with acme", RuleProblem.EXPECTED_STRING, 16,
                        "Expected a string in double quotes after 'ends with' at position 16 (line 1, column 17)."),
                invalid("email == \"a\"", RuleProblem.EXPECTED_STRING, 7,
                        "Expected a string in double quotes after '=' at position 7 (line 1, column 8)."),
                invalid("email = \"a\" and", RuleProblem.EXPECTED_CONDITION, 15,
                        "Expected a condition at position 15 (line 1, column 16): email, emailDomain, username, "
                                + "displayName, property, memberOf, not or an opening parenthesis."),
                invalid("and email = \"a\"", RuleProblem.EXPECTED_CONDITION, 0, null),
                invalid("email = \"a\" or or email = \"b\"", RuleProblem.EXPECTED_CONDITION, 15, null),
                invalid("not", RuleProblem.EXPECTED_CONDITION, 3, null),
                invalid("()", RuleProblem.EXPECTED_CONDITION, 1, null),
                invalid("\"alice\"", RuleProblem.EXPECTED_CONDITION, 0, null),
                invalid("email", RuleProblem.EXPECTED_OPERATOR, 5,
                        "Expected an operator after 'email' at position 5 (line 1, column 6): =, !=, starts with, "
                                + "ends with, contains or in."),
                invalid("email is \"a\"", RuleProblem.EXPECTED_OPERATOR, 6, null),
                invalid("property \"tier\" is \"gold\"", RuleProblem.EXPECTED_OPERATOR, 16,
                        "Expected an operator after 'property \"tier\"' at position 16 (line 1, column 17): =, !=, "
                                + "starts with, ends with, contains or in."),
                invalid("email starts \"a\"", RuleProblem.EXPECTED_WITH, 13,
                        "Expected 'with' after 'starts' at position 13 (line 1, column 14)."),
                invalid("email ENDS", RuleProblem.EXPECTED_WITH, 10,
                        "Expected 'with' after 'ends' at position 10 (line 1, column 11)."),
                invalid("emial = \"a\"", RuleProblem.UNKNOWN_ATTRIBUTE, 0,
                        "Unknown attribute 'emial' at position 0 (line 1, column 1). Use email, emailDomain, "
                                + "username, displayName, property or memberOf."),
                invalid("displayName = \"x\" and \u00e9mail = \"y\"", RuleProblem.UNKNOWN_ATTRIBUTE, 22,
                        "Unknown attribute '\u00e9mail' at position 22 (line 1, column 23). Use email, emailDomain, "
                                + "username, displayName, property or memberOf."),
                invalid("group = \"x\"", RuleProblem.UNKNOWN_ATTRIBUTE, 0, null),
                invalid("email = \"a\" username = \"b\"", RuleProblem.EXPECTED_END, 12,
                        "Expected 'and', 'or' or the end of the rule at position 12 (line 1, column 13)."),
                invalid("email = \"a\")", RuleProblem.UNMATCHED_CLOSE, 11,
                        "The ')' at position 11 (line 1, column 12) has no matching '('."),
                invalid("(email = \"a\"", RuleProblem.EXPECTED_CLOSE, 12,
                        "Expected 'and', 'or' or ')' at position 12 (line 1, column 13), to close the '(' at "
                                + "position 0 (line 1, column 1)."),
                invalid("email = \"a\" and\n  (username = \"b\" email = \"c\")", RuleProblem.EXPECTED_CLOSE, 34,
                        "Expected 'and', 'or' or ')' at position 34 (line 2, column 19), to close the '(' at "
                                + "position 18 (line 2, column 3)."),
                invalid("email in \"a\"", RuleProblem.EXPECTED_LIST, 9,
                        "Expected '(' after 'in' at position 9 (line 1, column 10), as in: in (\"a\", \"b\")."),
                invalid("email in ()", RuleProblem.EXPECTED_STRING, 10,
                        "Expected a string in double quotes after '(' at position 10 (line 1, column 11)."),
                invalid("email in (\"a\",)", RuleProblem.EXPECTED_STRING, 14,
                        "Expected a string in double quotes after ',' at position 14 (line 1, column 15)."),
                invalid("email in (\"a\" \"b\")", RuleProblem.EXPECTED_LIST_SEPARATOR, 14,
                        "Expected ',' or ')' in the in list at position 14 (line 1, column 15)."),
                invalid("email in (\"a\"", RuleProblem.EXPECTED_LIST_SEPARATOR, 13, null),
                invalid("email = \"abc", RuleProblem.UNTERMINATED_STRING, 8,
                        "The string that starts at position 8 (line 1, column 9) has no closing double quote."),
                invalid("email = \"abc\\", RuleProblem.UNTERMINATED_STRING, 8, null),
                invalid("email = \"a\\nb\"", RuleProblem.BAD_ESCAPE, 10,
                        "Unknown escape '\\n' at position 10 (line 1, column 11). In a string, write \\\" for a "
                                + "double quote and \\\\ for a backslash; there are no other escapes."),
                invalid("email = \"a\nb\"", RuleProblem.CONTROL_CHARACTER, 10,
                        "Strings cannot contain line breaks, tabs or other control characters; there is one at "
                                + "position 10 (line 1, column 11)."),
                invalid("email = \"a\tb\"", RuleProblem.CONTROL_CHARACTER, 10, null),
                invalid("email = \"a\\\u0007\"", RuleProblem.CONTROL_CHARACTER, 11, null),
                invalid("email = \"a\" && username = \"b\"", RuleProblem.UNEXPECTED_CHARACTER, 12,
                        "Unexpected character '&' at position 12 (line 1, column 13). Values go in double quotes."),
                invalid("email = 'a'", RuleProblem.UNEXPECTED_CHARACTER, 8,
                        "Unexpected character ''' at position 8 (line 1, column 9). Values go in double quotes."),
                invalid("email = \"a\" !", RuleProblem.UNEXPECTED_CHARACTER, 12, null),
                invalid("email\u0007", RuleProblem.UNEXPECTED_CHARACTER, 5,
                        "Unexpected character 'U+0007' at position 5 (line 1, column 6). Values go in double quotes."),
                invalid("email = \"a\" \ud83d\ude00", RuleProblem.UNEXPECTED_CHARACTER, 12,
                        "Unexpected character '\ud83d\ude00' at position 12 (line 1, column 13). Values go in double quotes."),
                invalid("email = \"a\" \ud83d", RuleProblem.UNEXPECTED_CHARACTER, 12,
                        "Unexpected character 'U+D83D' at position 12 (line 1, column 13). Values go in double quotes."),
                invalid("email = \"a\"\nand\n  username ~ \"b\"", RuleProblem.UNEXPECTED_CHARACTER, 27,
                        "Unexpected character '~' at position 27 (line 3, column 12). Values go in double quotes."),
                invalid("email = \"a\"\r\nor\rusername ~ \"b\"", RuleProblem.UNEXPECTED_CHARACTER, 25,
                        "Unexpected character '~' at position 25 (line 3, column 10). Values go in double quotes."),
                invalid("email = 17", RuleProblem.UNEXPECTED_CHARACTER, 8, null),
                invalid("property = \"x\"", RuleProblem.EXPECTED_STRING, 9,
                        "Expected a string in double quotes after 'property' at position 9 (line 1, column 10)."),
                invalid("memberOf Acme", RuleProblem.EXPECTED_STRING, 9,
                        "Expected a string in double quotes after 'memberOf' at position 9 (line 1, column 10)."),
                invalid("property \"\" = \"x\"", RuleProblem.BLANK_NAME, 9,
                        "The name after 'property' at position 9 (line 1, column 10) is blank. Write the name "
                                + "between the double quotes."),
                invalid("memberOf \"  \"", RuleProblem.BLANK_NAME, 9,
                        "The name after 'memberOf' at position 9 (line 1, column 10) is blank. Write the name "
                                + "between the double quotes."),
                // the first problem in reading order wins, even when a later one is lexical
                invalid("email foo \"abc", RuleProblem.EXPECTED_OPERATOR, 6, null));
    }

    private static Arguments invalid(String text, RuleProblem problem, int position, String message) {
        return Arguments.of(text, problem, position, message);
    }

    @ParameterizedTest(name = "[{index}] {1} at {2}")
    @MethodSource("invalidRules")
    void refusesWithTheProblemPositionAndMessage(String text, RuleProblem problem, int position, String message) {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> Rule.parse(text));
        assertEquals(problem, e.problem(), e::getMessage);
        assertEquals(position, e.position(), e::getMessage);
        assertEquals(List.of(e.position(), e.line(), e.column()), e.arguments().subList(0, 3));
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    void nullIsABlankRule() {
        RuleSyntaxException e = assertThrows(RuleSyntaxException.class, () -> Rule.parse(null));
        assertEquals(RuleProblem.BLANK, e.problem());
        assertEquals(0, e.position());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void rulesAreEqualWhenTheirTreesAre() {
        assertEquals(Rule.parse("EMAIL = \"a\""), Rule.parse("email=\"a\""));
        assertNotEquals(Rule.parse("email = \"a\""), Rule.parse("email = \"A\""));
        assertNotEquals(Rule.parse("email = \"a\""), Rule.parse("username = \"a\""));
    }
}
