package org.customergroups.lint;

import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the plugin uses i18n keys, and whether they exist:
 * <ul>
 *   <li>descriptor: the {@code key} attribute of {@code <description>}, {@code <label>},
 *       {@code <tooltip>} and {@code <name>}, and every {@code i18n-name-key} /
 *       {@code i18n-description-key} attribute;</li>
 *   <li>templates: literal keys of {@code getText("…")} / {@code getText('…')}; a key with a
 *       Velocity reference in it ({@code "cg.about.status.$s"}) must match at least one bundle
 *       key by its literal prefix before the {@code $};</li>
 *   <li>JavaScript: {@code AJS.I18n.getText('…')} (and {@code WRM.I18n.getText}). The jsI18n
 *       transformer replaces only a single literal argument at build time, so anything else
 *       (a variable, a concatenation) is an error;</li>
 *   <li>Java main sources: every string literal that looks like a key ({@link I18nBundle#KEY},
 *       e.g. {@code "cg.error.forbidden"}) is a message key and must exist, unless listed in
 *       {@link #JAVA_NOT_KEYS}; a literal that is a key prefix ending in a dot
 *       ({@code "cg.about.status."}, for keys built at run time) must prefix at least one key.
 *       Other literals starting with {@code cg.} (e.g. {@code "cg.pluginJar"}) do not match the
 *       pattern and are ignored.</li>
 * </ul>
 */
final class I18nUsage {

    /** Java string literals that look like message keys but are something else (none so far). */
    static final Set<String> JAVA_NOT_KEYS = Set.of();

    private static final Set<String> KEYED_ELEMENTS = Set.of("description", "label", "tooltip", "name");
    private static final Set<String> KEY_ATTRIBUTES = Set.of("i18n-name-key", "i18n-description-key");
    private static final Pattern VM_GET_TEXT = Pattern.compile("getText\\(\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern JS_GET_TEXT = Pattern.compile("(?:AJS|WRM)\\.I18n\\.getText\\s*\\(");
    private static final Pattern JS_LITERAL_ARG = Pattern.compile("\\s*(?:'([^'\\\\\\n]*)'|\"([^\"\\\\\\n]*)\")\\s*[,)]");
    private static final Pattern JAVA_KEY_PREFIX = Pattern.compile("cg\\.[a-z0-9]+(\\.[a-zA-Z0-9_]+)*\\.");

    /** A key used at {@code where}; with {@code prefix} true, only its beginning is known. */
    record Use(String where, String key, boolean prefix) {
    }

    private I18nUsage() {
    }

    static List<Use> inDescriptor(Path descriptor) {
        List<Use> uses = new ArrayList<>();
        for (Element e : Xml.descendants(Xml.parse(descriptor))) {
            String where = ClassLint.where(descriptor, e);
            if (KEYED_ELEMENTS.contains(Xml.name(e)) && Xml.attr(e, "key") != null) {
                uses.add(new Use(where + " key", Xml.attr(e, "key"), false));
            }
            for (String attribute : KEY_ATTRIBUTES) {
                if (Xml.attr(e, attribute) != null) {
                    uses.add(new Use(where + " " + attribute, Xml.attr(e, attribute), false));
                }
            }
        }
        return uses;
    }

    static List<Use> inTemplate(String name, String template) {
        String t = VelocityEscaping.stripComments(template);
        List<Use> uses = new ArrayList<>();
        Matcher m = VM_GET_TEXT.matcher(t);
        while (m.find()) {
            String key = m.group(1) != null ? m.group(1) : m.group(2);
            String where = name + ":" + ResourceLint.lineAt(t, m.start());
            int dollar = key.indexOf('$');
            if (dollar < 0) {
                uses.add(new Use(where, key, false));
            } else if (dollar > 0) {
                uses.add(new Use(where, key.substring(0, dollar), true));
            }
        }
        return uses;
    }

    static List<Use> inJavaScript(String name, String script, List<String> problems) {
        List<Use> uses = new ArrayList<>();
        Matcher m = JS_GET_TEXT.matcher(script);
        while (m.find()) {
            String where = name + ":" + ResourceLint.lineAt(script, m.start());
            Matcher arg = JS_LITERAL_ARG.matcher(script).region(m.end(), script.length());
            if (arg.lookingAt()) {
                uses.add(new Use(where, arg.group(1) != null ? arg.group(1) : arg.group(2), false));
            } else {
                int end = script.indexOf('\n', m.end());
                problems.add(where + ": " + script.substring(m.start(), end < 0 ? script.length() : end).trim()
                        + ": the argument of I18n.getText must be one string literal (the jsI18n transformer "
                        + "only replaces literals)");
            }
        }
        return uses;
    }

    static List<Use> inJava(String name, String source) {
        List<Use> uses = new ArrayList<>();
        for (JavaLiterals.Literal literal : JavaLiterals.of(source)) {
            String value = literal.value();
            String where = name + ":" + literal.line();
            if (JAVA_NOT_KEYS.contains(value)) {
                continue;
            }
            if (I18nBundle.KEY.matcher(value).matches()) {
                uses.add(new Use(where, value, false));
            } else if (JAVA_KEY_PREFIX.matcher(value).matches()) {
                uses.add(new Use(where, value, true));
            }
        }
        return uses;
    }

    /** Every use whose key is not in {@code keys} (or, for prefixes, prefixes none of them). */
    static List<String> missing(Collection<Use> uses, Set<String> keys) {
        List<String> problems = new ArrayList<>();
        for (Use use : uses) {
            if (use.prefix()) {
                if (keys.stream().noneMatch(k -> k.startsWith(use.key()) && k.length() > use.key().length())) {
                    problems.add(use.where() + ": no i18n key starts with " + use.key());
                }
            } else if (!keys.contains(use.key())) {
                problems.add(use.where() + ": i18n key " + use.key() + " is not in the bundle");
            }
        }
        return problems;
    }
}
