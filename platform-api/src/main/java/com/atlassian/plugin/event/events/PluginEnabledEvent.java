package com.atlassian.plugin.event.events;

import com.atlassian.plugin.Plugin;

/**
 * Declaration of the plugin-framework "plugin enabled" event (class). {@code getPlugin()} is declared here; in
 * atlassian-plugins 4.x and later it may be inherited from a {@code PluginEvent} superclass, which makes no
 * difference to linkage (invokevirtual resolves through superclasses). Tests should mock this class.
 * Unconfirmed for 10.3: seen only as source of an older atlassian-plugins version in public code
 * ({@code public PluginEnabledEvent(Plugin)}, {@code Plugin getPlugin()}) and in the Slack plugin's Jira-10 usage.
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server">atlassian-slack-integration-server (usage, Jira 10.0)</a>
 */
public class PluginEnabledEvent {

    private PluginEnabledEvent() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Plugin getPlugin() {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
