package org.customergroups.domain.rule;

/**
 * Why a rule text was refused. Each problem has an i18n key ({@code cg.error.rule.*}) and the same
 * English MessageFormat pattern as the plugin's bundle (a test keeps the two equal). The arguments
 * are always {0} the 0-based position in the text, {1} the 1-based line and {2} the 1-based column,
 * followed by the problem's own arguments from {3} on.
 */
public enum RuleProblem {

    BLANK("cg.error.rule.blank",
            "Enter a rule, for example: emailDomain = \"acme.example\"."),
    /** {3} the maximum length, {4} the rule's length. */
    TOO_LONG("cg.error.rule.too.long",
            "A rule can be at most {3,number,#} characters long; this one has {4,number,#}."),
    /** {3} the maximum length, {4} the length of the canonical form. */
    TOO_LONG_NORMALISED("cg.error.rule.too.long.normalised",
            "A rule can be at most {3,number,#} characters long once normalised (with one space around each "
                    + "operator); this one would have {4,number,#}. Shorten it a little."),
    /** {3} the maximum depth. */
    TOO_DEEP("cg.error.rule.too.deep",
            "Parentheses and not can be nested at most {3,number,#} deep; the rule goes deeper" + Constants.AT + "."),
    /** {3} the maximum number of values. */
    TOO_MANY_VALUES("cg.error.rule.too.many.values",
            "An in list can have at most {3,number,#} values; the value" + Constants.AT + " is one too many."),
    /** {3} the character, or U+XXXX when it cannot be shown. */
    UNEXPECTED_CHARACTER("cg.error.rule.unexpected.character",
            "Unexpected character ''{3}''" + Constants.AT + ". Values go in double quotes."),
    UNTERMINATED_STRING("cg.error.rule.string.unterminated",
            "The string that starts" + Constants.AT + " has no closing double quote."),
    /** {3} the character after the backslash. */
    BAD_ESCAPE("cg.error.rule.string.escape",
            "Unknown escape ''\\{3}''" + Constants.AT + ". In a string, write \\\" for a double quote and \\\\ for "
                    + "a backslash; there are no other escapes."),
    CONTROL_CHARACTER("cg.error.rule.string.control",
            "Strings cannot contain line breaks, tabs or other control characters; there is one" + Constants.AT + "."),
    EXPECTED_CONDITION("cg.error.rule.expected.condition",
            "Expected a condition" + Constants.AT + ": email, emailDomain, username, displayName, property, "
                    + "memberOf, not or an opening parenthesis."),
    /** {3} the word found. */
    UNKNOWN_ATTRIBUTE("cg.error.rule.unknown.attribute",
            "Unknown attribute ''{3}''" + Constants.AT + ". Use email, emailDomain, username, displayName, property "
                    + "or memberOf."),
    /** {3} what the operator should follow, e.g. {@code email} or {@code property "tier"}. */
    EXPECTED_OPERATOR("cg.error.rule.expected.operator",
            "Expected an operator after ''{3}''" + Constants.AT + ": =, !=, starts with, ends with, contains or in."),
    /** {3} {@code starts} or {@code ends}. */
    EXPECTED_WITH("cg.error.rule.expected.with",
            "Expected ''with'' after ''{3}''" + Constants.AT + "."),
    /** {3} what the string should follow, e.g. {@code ends with}. */
    EXPECTED_STRING("cg.error.rule.expected.string",
            "Expected a string in double quotes after ''{3}''" + Constants.AT + "."),
    EXPECTED_LIST("cg.error.rule.expected.list",
            "Expected ''('' after ''in''" + Constants.AT + ", as in: in (\"a\", \"b\")."),
    EXPECTED_LIST_SEPARATOR("cg.error.rule.expected.list.separator",
            "Expected '','' or '')'' in the in list" + Constants.AT + "."),
    /** {3}, {4}, {5}: position, line and column of the opening parenthesis. */
    EXPECTED_CLOSE("cg.error.rule.expected.close",
            "Expected ''and'', ''or'' or '')''" + Constants.AT + ", to close the ''('' at position {3,number,#} "
                    + "(line {4,number,#}, column {5,number,#})."),
    UNMATCHED_CLOSE("cg.error.rule.unmatched.close",
            "The '')''" + Constants.AT + " has no matching ''(''."),
    EXPECTED_END("cg.error.rule.expected.end",
            "Expected ''and'', ''or'' or the end of the rule" + Constants.AT + "."),
    /** {3} {@code memberOf} or {@code property}. */
    BLANK_NAME("cg.error.rule.name.blank",
            "The name after ''{3}''" + Constants.AT + " is blank. Write the name between the double quotes.");

    private final String key;
    private final String english;

    RuleProblem(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The i18n message key. */
    public String key() {
        return key;
    }

    /** The English MessageFormat pattern, as in the plugin's i18n bundle. */
    public String english() {
        return english;
    }

    private static final class Constants {
        static final String AT = " at position {0,number,#} (line {1,number,#}, column {2,number,#})";
    }
}
