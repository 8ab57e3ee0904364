package org.customergroups.store;

/**
 * LIKE patterns from user input. The escape character is declared in every statement
 * ({@code ESCAPE '!'}) because the databases Jira supports disagree on the default (backslash on
 * PostgreSQL, H2 and MySQL, none on Oracle and SQL Server), and '!' needs no escaping inside an
 * SQL string literal on any of them (a backslash does on MySQL).
 */
final class Like {

    static final char ESCAPE = '!';

    private Like() {
    }

    /** A pattern matching values that contain {@code text} literally ('%', '_' and '!' lose their meaning). */
    static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }
}
