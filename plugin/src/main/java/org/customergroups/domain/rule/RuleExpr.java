package org.customergroups.domain.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of a membership rule. Records compare by value, so two rules that say the same
 * thing in the same canonical form are equal. The constructors keep the tree normalised:
 * {@link And} and {@link Or} have at least two operands and absorb operands of their own kind
 * ({@code (a and b) and c} is {@code a and b and c}), so printing a tree canonically and parsing it
 * back gives an equal tree. Strings never contain control characters (the language cannot write
 * them).
 */
public sealed interface RuleExpr permits RuleExpr.Or, RuleExpr.And, RuleExpr.Not, RuleExpr.Compare, RuleExpr.MemberOf {

    /** True when any operand is true. */
    record Or(List<RuleExpr> operands) implements RuleExpr {
        public Or {
            operands = flatten(false, operands);
        }

        public static Or of(RuleExpr... operands) {
            return new Or(List.of(operands));
        }
    }

    /** True when every operand is true. */
    record And(List<RuleExpr> operands) implements RuleExpr {
        public And {
            operands = flatten(true, operands);
        }

        public static And of(RuleExpr... operands) {
            return new And(List.of(operands));
        }
    }

    /** True when the operand is false. */
    record Not(RuleExpr operand) implements RuleExpr {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /**
     * {@code attribute operator value(s)}, e.g. {@code emailDomain in ("a.example", "b.example")}.
     *
     * @param attribute what is read from the user
     * @param property  the property (tag) name for {@link Attribute#PROPERTY}, else null
     * @param operator  how it is compared
     * @param values    exactly one string, or 1 to {@link Rule#MAX_IN_VALUES} for {@link Operator#IN}
     */
    record Compare(Attribute attribute, String property, Operator operator, List<String> values) implements RuleExpr {
        public Compare {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(operator, "operator");
            if ((attribute == Attribute.PROPERTY) != (property != null)) {
                throw new IllegalArgumentException("a property name is required for property comparisons, and only for them");
            }
            if (property != null) {
                requireWritable(property);
                if (property.isBlank()) {
                    throw new IllegalArgumentException("property name is blank");
                }
            }
            values = List.copyOf(values);
            if (operator == Operator.IN ? values.isEmpty() || values.size() > Rule.MAX_IN_VALUES : values.size() != 1) {
                throw new IllegalArgumentException(operator + " cannot take " + values.size() + " values");
            }
            values.forEach(RuleExpr::requireWritable);
        }

        /** A comparison of an attribute other than {@link Attribute#PROPERTY} with one value. */
        public static Compare of(Attribute attribute, Operator operator, String value) {
            return new Compare(attribute, null, operator, List.of(value));
        }

        /** {@code property "name" operator "value"}. */
        public static Compare property(String name, Operator operator, String value) {
            return new Compare(Attribute.PROPERTY, name, operator, List.of(value));
        }

        /** The single value of every operator but {@link Operator#IN} (for IN: its first value). */
        public String value() {
            return values.get(0);
        }
    }

    /**
     * Membership of the Jira group {@code group}: {@code memberOf "Acme VIP"}. The name is stripped
     * of surrounding white space and compared ignoring case.
     */
    record MemberOf(String group) implements RuleExpr {
        public MemberOf {
            requireWritable(group);
            group = group.strip();
            if (group.isEmpty()) {
                throw new IllegalArgumentException("group name is blank");
            }
        }
    }

    private static void requireWritable(String s) {
        Objects.requireNonNull(s, "string");
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw new IllegalArgumentException("strings in rules cannot contain control characters");
            }
        }
    }

    private static List<RuleExpr> flatten(boolean and, List<RuleExpr> operands) {
        List<RuleExpr> flat = new ArrayList<>(operands.size());
        for (RuleExpr operand : operands) {
            Objects.requireNonNull(operand, "operand");
            if (and && operand instanceof And a) {
                flat.addAll(a.operands());
            } else if (!and && operand instanceof Or o) {
                flat.addAll(o.operands());
            } else {
                flat.add(operand);
            }
        }
        if (flat.size() < 2) {
            throw new IllegalArgumentException((and ? "and" : "or") + " needs at least two operands");
        }
        return List.copyOf(flat);
    }
}
