package org.customergroups.domain.rule;

/** A comparison between an attribute's value and one string (or, for {@link #IN}, a list of them). */
public enum Operator {

    EQUALS("="),
    NOT_EQUALS("!="),
    STARTS_WITH("starts with"),
    ENDS_WITH("ends with"),
    CONTAINS("contains"),
    /** Equal to one of a list of 1 to {@link Rule#MAX_IN_VALUES} strings. */
    IN("in");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written in the canonical form of a rule. */
    public String symbol() {
        return symbol;
    }
}
