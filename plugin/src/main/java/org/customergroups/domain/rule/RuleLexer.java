package org.customergroups.domain.rule;

import java.util.Locale;

/**
 * Splits a rule text into tokens on demand (so the first problem in reading order is the one
 * reported). Hand-written: no regular expression ever sees the text. Each call reads each
 * character at most once, so lexing is linear in the length of the text.
 */
final class RuleLexer {

    enum Kind { WORD, STRING, OPEN, CLOSE, COMMA, EQUALS, NOT_EQUALS, END }

    /**
     * One token. {@code text} is the word as written, or the unescaped value of a string, or the
     * symbol; {@code start} is its 0-based position.
     */
    record Token(Kind kind, String text, int start) {

        /** Whether this is the word {@code keyword} (lower case), compared ignoring ASCII case. */
        boolean is(String keyword) {
            return kind == Kind.WORD && text.length() == keyword.length() && asciiLowerCase(text).equals(keyword);
        }
    }

    private final String text;
    private int at;

    RuleLexer(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    Token next() {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length()) {
            return new Token(Kind.END, "", text.length());
        }
        int start = at;
        char c = text.charAt(at);
        switch (c) {
            case '(':
                at++;
                return new Token(Kind.OPEN, "(", start);
            case ')':
                at++;
                return new Token(Kind.CLOSE, ")", start);
            case ',':
                at++;
                return new Token(Kind.COMMA, ",", start);
            case '=':
                at++;
                return new Token(Kind.EQUALS, "=", start);
            case '!':
                if (at + 1 < text.length() && text.charAt(at + 1) == '=') {
                    at += 2;
                    return new Token(Kind.NOT_EQUALS, "!=", start);
                }
                throw new RuleSyntaxException(RuleProblem.UNEXPECTED_CHARACTER, text, start, "!");
            case '"':
                return string(start);
            default:
                if (Character.isLetter(c)) {
                    at++;
                    while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                        at++;
                    }
                    return new Token(Kind.WORD, text.substring(start, at), start);
                }
                throw new RuleSyntaxException(RuleProblem.UNEXPECTED_CHARACTER, text, start, shown(text.codePointAt(start)));
        }
    }

    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        at = start + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return new Token(Kind.STRING, value.toString(), start);
            }
            if (Character.isISOControl(c)) {
                throw new RuleSyntaxException(RuleProblem.CONTROL_CHARACTER, text, at);
            }
            if (c == '\\') {
                if (at + 1 >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at + 1);
                if (Character.isISOControl(escaped)) {
                    throw new RuleSyntaxException(RuleProblem.CONTROL_CHARACTER, text, at + 1);
                }
                if (escaped != '"' && escaped != '\\') {
                    throw new RuleSyntaxException(RuleProblem.BAD_ESCAPE, text, at, shown(text.codePointAt(at + 1)));
                }
                value.append(escaped);
                at += 2;
                continue;
            }
            value.append(c);
            at++;
        }
        throw new RuleSyntaxException(RuleProblem.UNTERMINATED_STRING, text, start);
    }

    /** White space between tokens: Java white space and Unicode space separators (e.g. no-break space). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A character as a message shows it: itself, or U+XXXX for control, unassigned and lone surrogate characters. */
    static String shown(int codePoint) {
        if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint)
                || Character.getType(codePoint) == Character.SURROGATE || Character.getType(codePoint) == Character.FORMAT) {
            return String.format(Locale.ROOT, "U+%04X", codePoint);
        }
        return new String(Character.toChars(codePoint));
    }

    static String asciiLowerCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
