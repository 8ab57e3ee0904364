package org.customergroups.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file (plain strings and text blocks), skipping comments
 * and char literals. Just enough lexing to find message keys and template names reliably.
 */
final class JavaLiterals {

    record Literal(String value, int line) {
    }

    private JavaLiterals() {
    }

    static List<Literal> of(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < n && src.charAt(i) != '\'') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (src.startsWith("\"\"\"", i)) {
                int start = line;
                int j = src.indexOf('\n', i + 3) + 1; // content starts on the next line
                StringBuilder value = new StringBuilder();
                while (j > 0 && j < n && !src.startsWith("\"\"\"", j)) {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        value.append(escape(src.charAt(j + 1)));
                        j += 2;
                    } else {
                        value.append(src.charAt(j++));
                    }
                }
                int end = j <= 0 ? n : Math.min(n, j + 3);
                line += count(src, i, end);
                out.add(new Literal(value.toString().stripIndent(), start));
                i = end;
            } else if (c == '"') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < n && src.charAt(i) != '"' && src.charAt(i) != '\n') {
                    if (src.charAt(i) == '\\' && i + 1 < n) {
                        value.append(escape(src.charAt(i + 1)));
                        i += 2;
                    } else {
                        value.append(src.charAt(i++));
                    }
                }
                i++;
                out.add(new Literal(value.toString(), line));
            } else {
                i++;
            }
        }
        return out;
    }

    private static String escape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 's' -> " ";
            case '\n' -> "";
            default -> String.valueOf(c); // \" \\ \' ; octal and unicode escapes are not needed here
        };
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
