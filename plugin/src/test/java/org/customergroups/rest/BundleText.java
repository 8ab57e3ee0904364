package org.customergroups.rest;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * SAL's I18nResolver over the plugin's real bundle, formatting with MessageFormat as Jira does. A key
 * missing from the bundle fails the test (AssertionError) instead of being rendered as itself.
 * Shared by the REST and web tests.
 */
public final class BundleText implements I18nResolver {

    private final Properties bundle = new Properties();

    public BundleText() {
        try (InputStream in = BundleText.class.getResourceAsStream("/i18n/customer-groups.properties")) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("missing i18n key " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
