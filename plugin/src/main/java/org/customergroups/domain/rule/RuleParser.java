package org.customergroups.domain.rule;

import org.customergroups.domain.rule.RuleLexer.Kind;
import org.customergroups.domain.rule.RuleLexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over {@link RuleLexer}'s tokens, one token of look-ahead (grammar in
 * docs/rule-language.md). Recursion is bounded by {@link Rule#MAX_DEPTH}: each {@code (} and each
 * {@code not} counts one level, and {@code and}/{@code or} chains are loops, not recursion.
 */
final class RuleParser {

    private final RuleLexer lexer;
    private Token token;
    private int depth;

    private RuleParser(String text) {
        this.lexer = new RuleLexer(text);
        this.token = lexer.next();
    }

    static RuleExpr parse(String text) {
        if (text == null || isBlank(text)) {
            throw new RuleSyntaxException(RuleProblem.BLANK, text == null ? "" : text, 0);
        }
        if (text.length() > Rule.MAX_LENGTH) {
            throw new RuleSyntaxException(RuleProblem.TOO_LONG, text, Rule.MAX_LENGTH, Rule.MAX_LENGTH, text.length());
        }
        RuleParser parser = new RuleParser(text);
        RuleExpr expr = parser.or();
        if (parser.token.kind() == Kind.CLOSE) {
            throw parser.problem(RuleProblem.UNMATCHED_CLOSE);
        }
        if (parser.token.kind() != Kind.END) {
            throw parser.problem(RuleProblem.EXPECTED_END);
        }
        return expr;
    }

    private RuleExpr or() {
        RuleExpr first = and();
        if (!token.is("or")) {
            return first;
        }
        List<RuleExpr> operands = new ArrayList<>();
        operands.add(first);
        while (token.is("or")) {
            advance();
            operands.add(and());
        }
        return new RuleExpr.Or(operands);
    }

    private RuleExpr and() {
        RuleExpr first = unary();
        if (!token.is("and")) {
            return first;
        }
        List<RuleExpr> operands = new ArrayList<>();
        operands.add(first);
        while (token.is("and")) {
            advance();
            operands.add(unary());
        }
        return new RuleExpr.And(operands);
    }

    private RuleExpr unary() {
        if (!token.is("not")) {
            return primary();
        }
        enter();
        advance();
        RuleExpr operand = unary();
        depth--;
        return new RuleExpr.Not(operand);
    }

    private RuleExpr primary() {
        if (token.kind() == Kind.OPEN) {
            Token open = token;
            enter();
            advance();
            RuleExpr inner = or();
            if (token.kind() != Kind.CLOSE) {
                RuleSyntaxException.Where where = RuleSyntaxException.where(lexer.text(), open.start());
                throw problem(RuleProblem.EXPECTED_CLOSE, open.start(), where.line(), where.column());
            }
            advance();
            depth--;
            return inner;
        }
        if (token.kind() != Kind.WORD) {
            throw problem(RuleProblem.EXPECTED_CONDITION);
        }
        Token word = token;
        switch (RuleLexer.asciiLowerCase(word.text())) {
            case "memberof": {
                advance();
                String group = name("memberOf");
                return new RuleExpr.MemberOf(group);
            }
            case "property": {
                advance();
                String property = name("property");
                return comparison(Attribute.PROPERTY, property, "property " + RulePrinter.quote(property));
            }
            case "email":
                return attribute(Attribute.EMAIL);
            case "emaildomain":
                return attribute(Attribute.EMAIL_DOMAIN);
            case "username":
                return attribute(Attribute.USERNAME);
            case "displayname":
                return attribute(Attribute.DISPLAY_NAME);
            case "and":
            case "or":
            case "not":
            case "starts":
            case "ends":
            case "with":
            case "contains":
            case "in":
                throw problem(RuleProblem.EXPECTED_CONDITION);
            default:
                throw problem(RuleProblem.UNKNOWN_ATTRIBUTE, word.text());
        }
    }

    private RuleExpr attribute(Attribute attribute) {
        advance();
        return comparison(attribute, null, attribute.keyword());
    }

    private RuleExpr comparison(Attribute attribute, String property, String subject) {
        Operator operator;
        if (token.kind() == Kind.EQUALS) {
            operator = Operator.EQUALS;
        } else if (token.kind() == Kind.NOT_EQUALS) {
            operator = Operator.NOT_EQUALS;
        } else if (token.is("starts") || token.is("ends")) {
            operator = token.is("starts") ? Operator.STARTS_WITH : Operator.ENDS_WITH;
            String first = RuleLexer.asciiLowerCase(token.text());
            advance();
            if (!token.is("with")) {
                throw problem(RuleProblem.EXPECTED_WITH, first);
            }
        } else if (token.is("contains")) {
            operator = Operator.CONTAINS;
        } else if (token.is("in")) {
            advance();
            return new RuleExpr.Compare(attribute, property, Operator.IN, list());
        } else {
            throw problem(RuleProblem.EXPECTED_OPERATOR, subject);
        }
        advance();
        return new RuleExpr.Compare(attribute, property, operator, List.of(string(operator.symbol())));
    }

    private List<String> list() {
        if (token.kind() != Kind.OPEN) {
            throw problem(RuleProblem.EXPECTED_LIST);
        }
        advance();
        List<String> values = new ArrayList<>();
        String after = "(";
        while (true) {
            if (values.size() == Rule.MAX_IN_VALUES && token.kind() == Kind.STRING) {
                throw problem(RuleProblem.TOO_MANY_VALUES, Rule.MAX_IN_VALUES);
            }
            values.add(string(after));
            if (token.kind() == Kind.CLOSE) {
                advance();
                return values;
            }
            if (token.kind() != Kind.COMMA) {
                throw problem(RuleProblem.EXPECTED_LIST_SEPARATOR);
            }
            advance();
            after = ",";
        }
    }

    /** The name string after {@code memberOf} or {@code property}: not blank. */
    private String name(String after) {
        Token at = token;
        String name = string(after);
        if (name.isBlank()) {
            throw new RuleSyntaxException(RuleProblem.BLANK_NAME, lexer.text(), at.start(), after);
        }
        return name;
    }

    private String string(String after) {
        if (token.kind() != Kind.STRING) {
            throw problem(RuleProblem.EXPECTED_STRING, after);
        }
        String value = token.text();
        advance();
        return value;
    }

    private void enter() {
        if (++depth > Rule.MAX_DEPTH) {
            throw problem(RuleProblem.TOO_DEEP, Rule.MAX_DEPTH);
        }
    }

    private void advance() {
        token = lexer.next();
    }

    private RuleSyntaxException problem(RuleProblem problem, Object... arguments) {
        return new RuleSyntaxException(problem, lexer.text(), token.start(), arguments);
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!RuleLexer.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
