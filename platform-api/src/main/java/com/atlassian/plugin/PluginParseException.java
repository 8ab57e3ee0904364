package com.atlassian.plugin;

/**
 * Declaration of the plugin-framework parse exception (class extending {@link PluginException}, hence unchecked),
 * thrown by {@code ContextProvider.init} and {@code Condition.init}. Constructors pass through (an exception's
 * constructor semantics are its published contract).
 * Unconfirmed for 10.3: the atlassian-plugins version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/4.4.10/xref/com/atlassian/plugin/PluginParseException.html">PluginParseException source (atlassian-plugins 4.4.10)</a>
 */
public class PluginParseException extends PluginException {

    private static final long serialVersionUID = 1L;

    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
