package org.customergroups.domain.rule;

import org.customergroups.domain.DomainException;

import java.util.Objects;

/**
 * A dynamic group's membership rule (language: docs/rule-language.md). Parse once with
 * {@link #parse(String)}, then ask {@link #matches(UserFacts)} for as many users as needed: a
 * parsed rule is immutable, thread-safe, and evaluates without allocating. Two rules are equal
 * when their syntax trees are, i.e. when their {@link #canonical()} forms are the same.
 *
 * <p>Only the language exists so far: nothing stores rules, previews them or keeps groups in step
 * with them yet.
 */
public final class Rule {

    /** The longest rule text, as written and in canonical form. */
    public static final int MAX_LENGTH = 2000;
    /** How deep parentheses and {@code not} can nest (each counts one level). */
    public static final int MAX_DEPTH = 32;
    /** The most values in one {@code in (...)} list. */
    public static final int MAX_IN_VALUES = 100;

    private final RuleExpr expression;
    private final String canonical;
    private final RuleMatcher matcher;

    private Rule(RuleExpr expression, String canonical) {
        this.expression = expression;
        this.canonical = canonical;
        this.matcher = RuleMatcher.compile(expression);
    }

    /**
     * The rule written in {@code text}.
     *
     * @throws RuleSyntaxException when {@code text} is null, blank, longer than {@link #MAX_LENGTH}
     *                             (as written or once normalised), nests deeper than {@link #MAX_DEPTH},
     *                             has an {@code in} list of more than {@link #MAX_IN_VALUES} values,
     *                             or is not a rule; never any other exception
     */
    public static Rule parse(String text) {
        RuleExpr expression = RuleParser.parse(text);
        String canonical = RulePrinter.print(expression);
        if (canonical.length() > MAX_LENGTH) {
            throw new RuleSyntaxException(RuleProblem.TOO_LONG_NORMALISED, text, 0, MAX_LENGTH, canonical.length());
        }
        return new Rule(expression, canonical);
    }

    /**
     * {@link #parse(String)} for a use case: a refused text becomes an INVALID {@link DomainException}
     * on {@code field} whose key is {@code cg.error.rule.*} and whose arguments start with the
     * position, line and column.
     */
    public static Rule validate(String field, String text) {
        try {
            return parse(text);
        } catch (RuleSyntaxException e) {
            throw e.toDomainException(field);
        }
    }

    /**
     * The rule of a syntax tree built in code. The length and depth limits are not checked here
     * (they are limits on what people write); they hold for every tree {@link #parse} returns.
     */
    public static Rule of(RuleExpr expression) {
        Objects.requireNonNull(expression, "expression");
        return new Rule(expression, RulePrinter.print(expression));
    }

    /** Whether {@code user} satisfies the rule. Pure and allocation-free. */
    public boolean matches(UserFacts user) {
        return matcher.matches(user);
    }

    /** The syntax tree. */
    public RuleExpr expression() {
        return expression;
    }

    /** The normalised text of the rule; {@code parse(canonical())} equals this rule. */
    public String canonical() {
        return canonical;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rule rule && rule.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    /** The {@link #canonical()} form. */
    @Override
    public String toString() {
        return canonical;
    }
}
