package org.customergroups.sandbox.web;

import org.customergroups.sandbox.host.BundleI18nResolver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's {@code jsI18n} web-resource transformer: {@code AJS.I18n.getText('key')} becomes the
 * message as a string literal, and {@code AJS.I18n.getText('key', args...)} becomes
 * {@code AJS.format("pattern", args...)}, so the browser never needs the bundle.
 */
public final class JsI18nTransformer {

    private static final Pattern CALL =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1\\s*([),])");

    private final BundleI18nResolver i18n;

    public JsI18nTransformer(BundleI18nResolver i18n) {
        this.i18n = i18n;
    }

    public String transform(String javascript) {
        Matcher m = CALL.matcher(javascript);
        StringBuilder out = new StringBuilder(javascript.length());
        while (m.find()) {
            String key = m.group(2);
            String replacement;
            if (")".equals(m.group(3))) {
                // No arguments: the finished message, formatted as the server would ('' -> ').
                replacement = JsStrings.quote(i18n.getText(key));
            } else {
                String pattern = i18n.rawText(key);
                replacement = "AJS.format(" + JsStrings.quote(pattern == null ? key : pattern) + ",";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
