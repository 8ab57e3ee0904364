package org.customergroups.domain.rule;

import java.util.List;
import java.util.Locale;

/**
 * A rule compiled for evaluation: arrays instead of lists, group names lower-cased once, and
 * comparisons on string regions ({@link String#regionMatches}) so that evaluating a rule against a
 * user allocates nothing. Every comparison is linear in the lengths of the two strings (contains:
 * their product at worst); no regular expression is involved.
 */
abstract class RuleMatcher {

    abstract boolean matches(UserFacts user);

    static RuleMatcher compile(RuleExpr expr) {
        if (expr instanceof RuleExpr.Or or) {
            return new AnyOf(compileAll(or.operands()));
        }
        if (expr instanceof RuleExpr.And and) {
            return new AllOf(compileAll(and.operands()));
        }
        if (expr instanceof RuleExpr.Not not) {
            return new Negation(compile(not.operand()));
        }
        if (expr instanceof RuleExpr.MemberOf memberOf) {
            return new Member(memberOf.group().toLowerCase(Locale.ROOT));
        }
        RuleExpr.Compare compare = (RuleExpr.Compare) expr;
        return new Comparison(compare.attribute(), compare.property(), compare.operator(),
                compare.values().toArray(new String[0]));
    }

    private static RuleMatcher[] compileAll(List<RuleExpr> operands) {
        RuleMatcher[] matchers = new RuleMatcher[operands.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = compile(operands.get(i));
        }
        return matchers;
    }

    private static final class AnyOf extends RuleMatcher {
        private final RuleMatcher[] operands;

        AnyOf(RuleMatcher[] operands) {
            this.operands = operands;
        }

        @Override
        boolean matches(UserFacts user) {
            for (RuleMatcher operand : operands) {
                if (operand.matches(user)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class AllOf extends RuleMatcher {
        private final RuleMatcher[] operands;

        AllOf(RuleMatcher[] operands) {
            this.operands = operands;
        }

        @Override
        boolean matches(UserFacts user) {
            for (RuleMatcher operand : operands) {
                if (!operand.matches(user)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Negation extends RuleMatcher {
        private final RuleMatcher operand;

        Negation(RuleMatcher operand) {
            this.operand = operand;
        }

        @Override
        boolean matches(UserFacts user) {
            return !operand.matches(user);
        }
    }

    private static final class Member extends RuleMatcher {
        private final String lowerCaseGroup;

        Member(String lowerCaseGroup) {
            this.lowerCaseGroup = lowerCaseGroup;
        }

        @Override
        boolean matches(UserFacts user) {
            return user.groups().contains(lowerCaseGroup);
        }
    }

    private static final class Comparison extends RuleMatcher {
        private final Attribute attribute;
        private final String property;
        private final Operator operator;
        private final String[] values;
        private final boolean ignoreCase;

        Comparison(Attribute attribute, String property, Operator operator, String[] values) {
            this.attribute = attribute;
            this.property = property;
            this.operator = operator;
            this.values = values;
            this.ignoreCase = attribute.ignoresCase();
        }

        @Override
        boolean matches(UserFacts user) {
            String s;
            int from = 0;
            switch (attribute) {
                case EMAIL:
                    s = user.email();
                    break;
                case EMAIL_DOMAIN:
                    s = user.email();
                    int at = s.lastIndexOf('@');
                    from = at < 0 ? s.length() : at + 1;
                    break;
                case USERNAME:
                    s = user.username();
                    break;
                case DISPLAY_NAME:
                    s = user.displayName();
                    break;
                default:
                    s = user.property(property);
                    break;
            }
            switch (operator) {
                case EQUALS:
                    return equal(s, from, values[0]);
                case NOT_EQUALS:
                    return !equal(s, from, values[0]);
                case STARTS_WITH:
                    return s.length() - from >= values[0].length()
                            && s.regionMatches(ignoreCase, from, values[0], 0, values[0].length());
                case ENDS_WITH:
                    return s.length() - from >= values[0].length()
                            && s.regionMatches(ignoreCase, s.length() - values[0].length(), values[0], 0, values[0].length());
                case CONTAINS:
                    return contains(s, from, values[0]);
                default:
                    for (String value : values) {
                        if (equal(s, from, value)) {
                            return true;
                        }
                    }
                    return false;
            }
        }

        private boolean equal(String s, int from, String value) {
            return s.length() - from == value.length() && s.regionMatches(ignoreCase, from, value, 0, value.length());
        }

        private boolean contains(String s, int from, String value) {
            if (!ignoreCase) {
                return s.indexOf(value, from) >= 0;
            }
            for (int i = from; i <= s.length() - value.length(); i++) {
                if (s.regionMatches(true, i, value, 0, value.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
