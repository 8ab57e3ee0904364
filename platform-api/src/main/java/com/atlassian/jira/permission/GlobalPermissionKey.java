package com.atlassian.jira.permission;

/**
 * Declaration of Jira's global permission key ({@code public final class}, Jira 7.x javadoc) with the constants the
 * plugin reads (getstatic; {@code null} here, Jira's objects at runtime), {@code static of(String)} and
 * {@code getKey()}. Methods throw here.
 * Unconfirmed for 10.3: no 10.x javadoc read.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html">GlobalPermissionKey (Jira 7.x "latest")</a>
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = null;
    public static final GlobalPermissionKey SYSTEM_ADMIN = null;

    private GlobalPermissionKey() {
    }

    public static GlobalPermissionKey of(String key) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getKey() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
