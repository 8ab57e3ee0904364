package org.customergroups.domain.rule;

/**
 * What a comparison in a rule reads from a user's {@link UserFacts}. Group membership is not an
 * attribute: it has its own condition, {@link RuleExpr.MemberOf}.
 */
public enum Attribute {

    /** The whole e-mail address. Compared ignoring case. */
    EMAIL("email", true),
    /** The part of the e-mail address after its last {@code @} (empty when there is none). Ignoring case. */
    EMAIL_DOMAIN("emailDomain", true),
    /** The username. Compared ignoring case. */
    USERNAME("username", true),
    /** The display name. Compared exactly (case matters). */
    DISPLAY_NAME("displayName", false),
    /** The value of one user property (tag), named by a string; empty when the user has none. Exact. */
    PROPERTY("property", false);

    private final String keyword;
    private final boolean ignoresCase;

    Attribute(String keyword, boolean ignoresCase) {
        this.keyword = keyword;
        this.ignoresCase = ignoresCase;
    }

    /** How the attribute is written in the canonical form of a rule. */
    public String keyword() {
        return keyword;
    }

    /** Whether comparisons on this attribute ignore case. */
    public boolean ignoresCase() {
        return ignoresCase;
    }
}
