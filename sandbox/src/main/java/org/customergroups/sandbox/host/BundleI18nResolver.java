package org.customergroups.sandbox.host;

import com.atlassian.sal.api.message.I18nResolver;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * SAL's I18nResolver over one resource bundle (the plugin's {@code i18n/customer-groups}). Messages
 * are always run through MessageFormat, as Jira does, so {@code ''} reads as one quote. An unknown
 * key answers itself, as in Jira.
 */
public final class BundleI18nResolver implements I18nResolver {

    private final ResourceBundle bundle;

    public BundleI18nResolver(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle at {@code baseName} (e.g. {@code i18n/customer-groups}) in English. */
    public static BundleI18nResolver forBundle(String baseName) {
        return new BundleI18nResolver(ResourceBundle.getBundle(baseName, Locale.ENGLISH,
                BundleI18nResolver.class.getClassLoader()));
    }

    @Override
    public String getText(String key) {
        return getText(key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = rawText(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
    }

    /** The unformatted pattern, or null when the bundle has no such key. */
    public String rawText(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
