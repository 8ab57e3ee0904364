package com.atlassian.jira.permission;

/**
 * Declaration of one grant of a permission scheme (declared as a class). Only {@code String getType()} (the holder
 * type, e.g. {@code "group"}, {@code "groupCF"} for "Group custom field value") and {@code String getParameter()}
 * (e.g. the group name, or the custom field id {@code "customfield_10100"} for {@code groupCF}). Behaviour-free:
 * tests mock it.
 * Checked by usage: Atlassian's jira-testkit backdoor ({@code getType()}, {@code getParameter()}, {@code getId()}) and
 * Jira-8-to-11 scripts.
 * Unconfirmed for 10.3: the <b>kind</b> (class or interface; it decides invokevirtual vs invokeinterface) was not seen
 * in any javadoc or source; no javadoc page of the type was found.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/PermissionSchemeManager.html">PermissionSchemeManager (Jira 7.x "latest"), which returns it</a>
 */
public class PermissionSchemeEntry {

    private PermissionSchemeEntry() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getType() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public String getParameter() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
