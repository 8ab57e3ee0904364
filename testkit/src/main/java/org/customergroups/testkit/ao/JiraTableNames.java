package org.customergroups.testkit.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Jira's Active Objects table prefix: {@code AO_} + the last six hex digits (upper case) of the MD5
 * of the plugin key (the bundle's symbolic name), as the AO plugin derives it. Using the same
 * prefix outside Jira keeps table names, and so raw SQL in stores, identical to production.
 */
public final class JiraTableNames {

    private JiraTableNames() {
    }

    public static String prefixFor(String pluginKey) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(pluginKey.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every JVM", e);
        }
    }
}
