package org.customergroups.domain.rule;

import org.customergroups.domain.DomainException;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A rule text that is not a rule: why ({@link #problem()}), where (a 0-based {@link #position()}
 * in the text, and the 1-based {@link #line()} and {@link #column()} of that position), and the
 * message arguments. {@link #getMessage()} is the English text, e.g.
 * {@code Expected a string in double quotes after 'ends with' at position 17 (line 1, column 18).}
 * {@link #toDomainException(String)} turns it into the plugin's usual INVALID problem. It reports
 * bad input, not a bug, so it carries no stack trace.
 */
public final class RuleSyntaxException extends RuntimeException {

    private final RuleProblem problem;
    private final int position;
    private final int line;
    private final int column;
    private final List<Object> arguments;

    RuleSyntaxException(RuleProblem problem, CharSequence text, int position, Object... extra) {
        super(null, null, false, false);
        this.problem = problem;
        this.position = position;
        Where where = where(text, position);
        this.line = where.line();
        this.column = where.column();
        List<Object> args = new ArrayList<>(3 + extra.length);
        args.add(position);
        args.add(line);
        args.add(column);
        Collections.addAll(args, extra);
        this.arguments = List.copyOf(args);
    }

    /** 1-based line and column of a 0-based position. */
    record Where(int line, int column) {
    }

    static Where where(CharSequence text, int position) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Where(line, position - lineStart + 1);
    }

    public RuleProblem problem() {
        return problem;
    }

    /** The i18n key of the message ({@code cg.error.rule.*}). */
    public String messageKey() {
        return problem.key();
    }

    /** 0-based offset in the rule text (the text's length when the problem is its end). */
    public int position() {
        return position;
    }

    /** 1-based line of {@link #position()}; {@code \n}, {@code \r\n} and {@code \r} end a line. */
    public int line() {
        return line;
    }

    /** 1-based column of {@link #position()}, in UTF-16 characters. */
    public int column() {
        return column;
    }

    /** The message arguments: position, line, column, then the problem's own (see {@link RuleProblem}). */
    public List<Object> arguments() {
        return arguments;
    }

    @Override
    public String getMessage() {
        return new MessageFormat(problem.english(), Locale.ROOT).format(arguments.toArray());
    }

    /** The same problem as an INVALID {@link DomainException} on {@code field}, for the REST layer. */
    public DomainException toDomainException(String field) {
        return DomainException.invalid(field, problem.key(), arguments.toArray());
    }
}
