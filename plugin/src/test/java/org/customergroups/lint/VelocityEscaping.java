package org.customergroups.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A guard against forgetting to escape in Velocity templates. It is a scanner, not a Velocity
 * parser, and it is deliberately strict and simple:
 * <ul>
 *   <li>Comments ({@code ## ...}, {@code #* ... *#}) and unparsed blocks ({@code #[[ ... ]]#}) are
 *       ignored, as are escaped references ({@code \$x}) and a {@code $} not followed by a name.</li>
 *   <li>The parenthesised part of a directive or macro call ({@code #if(...)}, {@code #foreach(...)},
 *       {@code #set(...)}, {@code #myMacro(...)}) is not output and is skipped.</li>
 *   <li>Every other reference ({@code $a.b(...)}, {@code $!a}, {@code ${a}}) is output, and must
 *       be one of:
 *     <ul>
 *       <li>{@code $html.escapeHtml(...)}: the plugin's escaper ({@code org.customergroups.web.Html});
 *           references inside its arguments are not output and are not checked;</li>
 *       <li>{@code $!webResourceManager.…}: writes resource tags and returns nothing, which is why
 *           the quiet {@code $!} form is required (without it a void call prints its own source);</li>
 *       <li>an entry of {@link #SAFE}: references that can only produce digits or a fixed enum
 *           constant, each with the reason. Add to it sparingly; escaping is the default.</li>
 *     </ul>
 *   </li>
 *   <li>{@code #evaluate} and {@code #disable_html_escaping} are refused outright.</li>
 * </ul>
 * Inside the arguments of a safe reference nothing is checked, so
 * {@code $html.escapeHtml($i18n.getText("a.$b"))} is one safe reference.
 */
final class VelocityEscaping {

    /** References (written without {@code !} and braces) whose output needs no escaping, and why. */
    static final Map<String, String> SAFE = Map.of(
            "$health.database().customerGroups()", "Integer: digits only",
            "$health.database().status()", "enum HealthReport.Status: UP or DOWN",
            "$foreach.count", "loop counter",
            "$foreach.index", "loop index",
            "$velocityCount", "loop counter (Velocity 1.7)");

    static final Set<String> REFUSED_DIRECTIVES = Set.of("evaluate", "disable_html_escaping");

    record Finding(int line, String text, String why) {
        @Override
        public String toString() {
            return line + ": " + text + " (" + why + ")";
        }
    }

    private VelocityEscaping() {
    }

    /** The template with comments and unparsed blocks blanked out (newlines kept, so lines still match). */
    static String stripComments(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            if (t.charAt(i) == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '#') {
                out.append(t, i, i + 2);
                i += 2;
            } else if (t.startsWith("#*", i)) {
                int end = t.indexOf("*#", i + 2);
                end = end < 0 ? t.length() : end + 2;
                blank(t, i, end, out);
                i = end;
            } else if (t.startsWith("#[[", i)) {
                int end = t.indexOf("]]#", i + 3);
                end = end < 0 ? t.length() : end + 3;
                blank(t, i, end, out);
                i = end;
            } else if (t.startsWith("##", i)) {
                int end = t.indexOf('\n', i);
                end = end < 0 ? t.length() : end;
                blank(t, i, end, out);
                i = end;
            } else {
                out.append(t.charAt(i++));
            }
        }
        return out.toString();
    }

    private static void blank(String t, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(t.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    static List<Finding> unescapedOutput(String template) {
        String t = stripComments(template);
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() && (t.charAt(i + 1) == '$' || t.charAt(i + 1) == '#')) {
                i += 2;
            } else if (c == '#') {
                i = directive(t, i, findings);
            } else if (c == '$') {
                int end = reference(t, i);
                if (end == i) {
                    i++;
                    continue;
                }
                String text = t.substring(i, end);
                String why = unsafe(text);
                if (why != null) {
                    findings.add(new Finding(ResourceLint.lineAt(t, i), text, why));
                }
                i = end;
            } else {
                i++;
            }
        }
        return findings;
    }

    /** Null when the output reference is acceptable, else why not. */
    private static String unsafe(String text) {
        boolean quiet = text.startsWith("$!");
        String normal = "$" + text.substring(quiet ? 2 : 1);
        if (normal.startsWith("${") && normal.endsWith("}")) {
            normal = "$" + normal.substring(2, normal.length() - 1);
        }
        if (normal.startsWith("$html.escapeHtml(")) {
            return null;
        }
        if (normal.startsWith("$webResourceManager.")) {
            return quiet ? null : "write $!webResourceManager...: a void call without ! prints its own source";
        }
        if (SAFE.containsKey(normal)) {
            return null;
        }
        return "output without $html.escapeHtml(...)";
    }

    /** Skips a directive or macro call starting at {@code #}; returns the index after it. */
    private static int directive(String t, int at, List<Finding> findings) {
        int i = at + 1;
        boolean braced = i < t.length() && t.charAt(i) == '{';
        if (braced) {
            i++;
        }
        int nameStart = i;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_')) {
            i++;
        }
        if (i == nameStart || !Character.isLetter(t.charAt(nameStart))) {
            return at + 1; // a literal '#', e.g. a colour or an anchor
        }
        String name = t.substring(nameStart, i);
        if (braced && i < t.length() && t.charAt(i) == '}') {
            i++;
        }
        if (REFUSED_DIRECTIVES.contains(name)) {
            findings.add(new Finding(ResourceLint.lineAt(t, at), "#" + name,
                    "not allowed in the plugin's templates"));
        }
        int j = i;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
            j++;
        }
        if (j < t.length() && t.charAt(j) == '(') {
            return matching(t, j) + 1;
        }
        return i;
    }

    /** Returns the end of the reference starting at {@code $}, or {@code at} when it is not one. */
    private static int reference(String t, int at) {
        int i = at + 1;
        if (i < t.length() && t.charAt(i) == '!') {
            i++;
        }
        boolean formal = i < t.length() && t.charAt(i) == '{';
        if (formal) {
            i++;
        }
        if (i >= t.length() || !Character.isLetter(t.charAt(i))) {
            return at;
        }
        i = identifier(t, i);
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '.' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1))) {
                i = identifier(t, i + 1);
            } else if (c == '(' || c == '[') {
                i = matching(t, i) + 1;
            } else {
                break;
            }
        }
        if (formal && i < t.length() && t.charAt(i) == '}') {
            i++;
        }
        return i;
    }

    private static int identifier(String t, int i) {
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** Index of the bracket closing the one at {@code open}, skipping quoted strings. */
    private static int matching(String t, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (--depth == 0) {
                    return i;
                }
            }
        }
        return t.length() - 1;
    }
}
