package com.atlassian.jira.plugin.webfragment.contextproviders;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;

import java.util.Map;

/**
 * Declaration of Jira's base context provider ({@code @PublicSpi} abstract class implementing {@link ContextProvider}),
 * with the raw-typed signatures of the javadoc: abstract {@code Map getContextMap(ApplicationUser, JiraHelper)},
 * {@code Map getContextMap(Map)}, {@code void init(Map) throws PluginParseException}.
 * {@code init} and {@code getContextMap(Map)} throw here - Jira's own implementation is used at runtime; tests call the
 * two-argument method directly.
 * <p>
 * The public no-arg constructor has an <b>empty body on purpose</b>: plugin context providers extend this class and
 * call {@code super()}.
 * Unconfirmed for 10.3: still present in Jira Software 11.1.0-m0011's class hierarchy; Jira 10.3's own javadoc not read.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/webfragment/contextproviders/AbstractJiraContextProvider.html">AbstractJiraContextProvider (Jira 7.x "latest")</a>
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public abstract class AbstractJiraContextProvider implements ContextProvider {

    /** Empty on purpose: plugin subclasses call {@code super()}. */
    public AbstractJiraContextProvider() {
    }

    public abstract Map getContextMap(ApplicationUser user, JiraHelper jiraHelper);

    @Override
    public Map getContextMap(Map context) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    @Override
    public void init(Map params) throws PluginParseException {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
