package com.atlassian.plugin;

/**
 * Declaration of the generic plugin-framework exception (class extending {@link RuntimeException}), declared only as
 * the supertype of {@link PluginParseException}. Constructors pass through to {@link RuntimeException} (an exception's
 * constructor semantics are its published contract).
 * Unconfirmed for 10.3: the atlassian-plugins version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-plugins-parent/3.3.1/apidocs/com/atlassian/plugin/PluginException.html">PluginException (atlassian-plugins 3.3.1)</a>
 */
public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException() {
        super();
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
