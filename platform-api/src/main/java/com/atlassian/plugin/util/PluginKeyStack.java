package com.atlassian.plugin.util;

/**
 * Active Objects runtime no-op (the second one named in the design): AO 6.1.1's EntityManager asks
 * which plugin invoked it, to tag its metrics ({@code invokestatic PluginKeyStack.getFirstPluginKey()}).
 * Outside Jira there is no plugin stack, so it answers null. In Jira the real class is used; never packaged.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins/">atlassian-plugins</a>
 */
public final class PluginKeyStack {

    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
