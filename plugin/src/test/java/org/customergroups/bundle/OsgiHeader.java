package org.customergroups.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OSGi manifest header parsing: clauses separated by commas, parts by semicolons, both only
 * outside double quotes ({@code version="[2.0,3)"} contains a comma). A clause naming several
 * packages ({@code a;b;version=1}) becomes one {@link Clause} per package.
 */
final class OsgiHeader {

    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {
        boolean optional() {
            return "optional".equals(directives.get("resolution"));
        }

        String version() {
            return attributes.get("version");
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(name);
            attributes.forEach((k, v) -> s.append(';').append(k).append("=\"").append(v).append('"'));
            directives.forEach((k, v) -> s.append(';').append(k).append(":=").append(v));
            return s.toString();
        }
    }

    private OsgiHeader() {
    }

    static List<Clause> parse(String header) {
        List<Clause> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int directive = indexOutsideQuotes(part, ":=");
                int attribute = indexOutsideQuotes(part, "=");
                if (directive >= 0 && directive < attribute) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute >= 0) {
                    String key = part.substring(0, attribute).trim();
                    int typed = key.indexOf(':'); // version:Version="1.0"
                    attributes.put(typed >= 0 ? key.substring(0, typed).trim() : key, unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
            names.forEach(n -> out.add(new Clause(n, attributes, directives)));
        }
        return out;
    }

    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == separator && !quoted) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    private static int indexOutsideQuotes(String s, String what) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                quoted = !quoted;
            } else if (!quoted && s.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String v) {
        String t = v.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static final Pattern MAVEN_VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.-](.+))?");

    /** The OSGi Bundle-Version bnd derives from a Maven version ({@code 0.1.0-SNAPSHOT -> 0.1.0.SNAPSHOT}). */
    static String osgiVersion(String mavenVersion) {
        Matcher m = MAVEN_VERSION.matcher(mavenVersion);
        if (!m.matches()) {
            return "0.0.0." + mavenVersion.replaceAll("[^A-Za-z0-9_-]", "_");
        }
        String v = m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "." + (m.group(3) == null ? "0" : m.group(3));
        return m.group(4) == null ? v : v + "." + m.group(4).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Whether a bnd package instruction ({@code a.b}, {@code a.b.*}) matches the package. */
    static boolean matches(String instruction, String pkg) {
        if (instruction.endsWith(".*")) {
            String base = instruction.substring(0, instruction.length() - 2);
            return pkg.equals(base) || pkg.startsWith(base + ".");
        }
        return instruction.equals(pkg);
    }
}
