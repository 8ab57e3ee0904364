package org.customergroups.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code .properties} i18n bundle parsed line by line (not with {@link java.util.Properties},
 * which silently keeps the last of two duplicate keys), with the checks every bundle must pass:
 * <ul>
 *   <li>no key defined twice;</li>
 *   <li>no empty value;</li>
 *   <li>keys look like {@code cg.<area>.<name>} ({@link #KEY});</li>
 *   <li>only ASCII characters: anything else is written {@code \}{@code uXXXX}, so the bundle
 *       reads the same whether the host loads it as ISO-8859-1 or UTF-8;</li>
 *   <li>every value is a valid {@link MessageFormat} pattern <em>and</em> has no lone apostrophe.
 *       SAL's I18nResolver formats every message with MessageFormat, arguments or not, so
 *       {@code don't} would print {@code dont} and swallow the rest of the text: write
 *       {@code don''t}. A quoted section is accepted only when it quotes a brace
 *       ({@code '{'}), the one legitimate use of quoting.</li>
 * </ul>
 */
final class I18nBundle {

    /** A message key: {@code cg.} + lower-case area + at least one more dot-separated part. */
    static final Pattern KEY = Pattern.compile("cg\\.[a-z0-9]+(\\.[a-zA-Z0-9_]+)+");

    record Entry(String key, String value, int line) {
    }

    private final Path file;
    private final List<Entry> entries;
    private final List<String> syntaxProblems;

    private I18nBundle(Path file, List<Entry> entries, List<String> syntaxProblems) {
        this.file = file;
        this.entries = entries;
        this.syntaxProblems = syntaxProblems;
    }

    static I18nBundle read(Path file) {
        try {
            return parse(file, Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static I18nBundle parse(Path file, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            int first = i;
            for (int c = 0; c < lines.get(i).length(); c++) {
                if (lines.get(i).charAt(c) > 0x7e || (lines.get(i).charAt(c) < 0x20 && lines.get(i).charAt(c) != '\t')) {
                    problems.add(name + ":" + (i + 1) + ": non-ASCII or control character U+"
                            + String.format("%04X", (int) lines.get(i).charAt(c)) + " (write it as \\uXXXX)");
                    break;
                }
            }
            String line = stripLeading(lines.get(i));
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (endsWithContinuation(line) && i + 1 < lines.size()) {
                logical.append(line, 0, line.length() - 1);
                line = stripLeading(lines.get(++i));
            }
            logical.append(endsWithContinuation(line) ? line.substring(0, line.length() - 1) : line);
            try {
                entries.add(split(logical.toString(), first + 1));
            } catch (IllegalArgumentException e) {
                problems.add(name + ":" + (first + 1) + ": " + e.getMessage());
            }
        }
        return new I18nBundle(file, entries, problems);
    }

    List<Entry> entries() {
        return entries;
    }

    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(e.key(), e.value()));
        return map;
    }

    /** Every problem of this bundle, each as {@code file:line: what}. */
    List<String> problems() {
        String name = file.getFileName().toString();
        List<String> problems = new ArrayList<>(syntaxProblems);
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (Entry e : entries) {
            lines.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e.line());
            String at = name + ":" + e.line() + ": " + e.key();
            if (!KEY.matcher(e.key()).matches()) {
                problems.add(at + ": key does not match " + KEY.pattern());
            }
            if (e.value().isBlank()) {
                problems.add(at + ": empty value");
                continue;
            }
            String formatProblem = messageFormatProblem(e.value());
            if (formatProblem != null) {
                problems.add(at + ": " + formatProblem);
            }
        }
        lines.forEach((key, at) -> {
            if (at.size() > 1) {
                problems.add(name + ": key " + key + " is defined " + at.size() + " times, on lines " + at);
            }
        });
        return problems;
    }

    /** Null when {@code value} is a MessageFormat pattern that prints all its text, else why not. */
    static String messageFormatProblem(String value) {
        try {
            new MessageFormat(value);
        } catch (IllegalArgumentException e) {
            return "not a valid MessageFormat pattern (" + e.getMessage() + ")";
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != '\'') {
                continue;
            }
            if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                i++; // '' is a literal apostrophe
                continue;
            }
            int close = closingQuote(value, i + 1);
            if (close < 0) {
                return "lone apostrophe at column " + (i + 1) + " swallows the rest of the message; write ''";
            }
            String quoted = value.substring(i + 1, close);
            if (quoted.indexOf('{') < 0 && quoted.indexOf('}') < 0) {
                return "apostrophes at columns " + (i + 1) + " and " + (close + 1) + " are swallowed by "
                        + "MessageFormat; write each as ''";
            }
            i = close;
        }
        return null;
    }

    private static int closingQuote(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            if (s.charAt(j) == '\'') {
                if (j + 1 < s.length() && s.charAt(j + 1) == '\'') {
                    j++;
                } else {
                    return j;
                }
            }
        }
        return -1;
    }

    private static Entry split(String logical, int line) {
        int i = 0;
        StringBuilder key = new StringBuilder();
        while (i < logical.length()) {
            char c = logical.charAt(i);
            if (c == '\\' && i + 1 < logical.length()) {
                key.append(c).append(logical.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            key.append(c);
            i++;
        }
        while (i < logical.length() && Character.isWhitespace(logical.charAt(i))) {
            i++;
        }
        if (i < logical.length() && (logical.charAt(i) == '=' || logical.charAt(i) == ':')) {
            i++;
        }
        while (i < logical.length() && Character.isWhitespace(logical.charAt(i))) {
            i++;
        }
        return new Entry(unescape(key.toString()), unescape(logical.substring(i)), line);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    String hex = s.substring(i + 1, Math.min(i + 5, s.length()));
                    if (!hex.matches("[0-9a-fA-F]{4}")) {
                        throw new IllegalArgumentException("malformed \\u escape: \\u" + hex);
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return s.substring(i);
    }
}
