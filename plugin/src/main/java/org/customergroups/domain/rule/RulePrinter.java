package org.customergroups.domain.rule;

import java.util.List;

/**
 * The canonical form of a rule: keywords in lower case, attributes as {@link Attribute#keyword()},
 * one space around each operator and keyword, {@code ", "} between list values, strings in double
 * quotes with only {@code \"} and {@code \\} escaped, and parentheses only where precedence needs
 * them (an {@code or} inside an {@code and} or a {@code not}, an {@code and} inside a {@code not}).
 */
final class RulePrinter {

    private RulePrinter() {
    }

    static String print(RuleExpr expr) {
        StringBuilder out = new StringBuilder(64);
        append(out, expr);
        return out.toString();
    }

    private static void append(StringBuilder out, RuleExpr expr) {
        if (expr instanceof RuleExpr.Or or) {
            join(out, or.operands(), " or ", false);
        } else if (expr instanceof RuleExpr.And and) {
            join(out, and.operands(), " and ", true);
        } else if (expr instanceof RuleExpr.Not not) {
            out.append("not ");
            boolean parenthesise = not.operand() instanceof RuleExpr.Or || not.operand() instanceof RuleExpr.And;
            appendMaybeParenthesised(out, not.operand(), parenthesise);
        } else if (expr instanceof RuleExpr.MemberOf memberOf) {
            out.append("memberOf ");
            quote(out, memberOf.group());
        } else {
            RuleExpr.Compare compare = (RuleExpr.Compare) expr;
            out.append(compare.attribute().keyword());
            if (compare.property() != null) {
                out.append(' ');
                quote(out, compare.property());
            }
            out.append(' ').append(compare.operator().symbol()).append(' ');
            if (compare.operator() == Operator.IN) {
                out.append('(');
                for (int i = 0; i < compare.values().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    quote(out, compare.values().get(i));
                }
                out.append(')');
            } else {
                quote(out, compare.value());
            }
        }
    }

    private static void join(StringBuilder out, List<RuleExpr> operands, String separator, boolean inAnd) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            RuleExpr operand = operands.get(i);
            appendMaybeParenthesised(out, operand, inAnd && operand instanceof RuleExpr.Or);
        }
    }

    private static void appendMaybeParenthesised(StringBuilder out, RuleExpr expr, boolean parenthesise) {
        if (parenthesise) {
            out.append('(');
        }
        append(out, expr);
        if (parenthesise) {
            out.append(')');
        }
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        quote(out, value);
        return out.toString();
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
