package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

/**
 * Declaration of the web-fragment context provider (interface) used by web panels and web items.
 * Checked against AbstractJiraContextProvider's javadoc ("init in interface com.atlassian.plugin.web.ContextProvider",
 * throws PluginParseException; "getContextMap in interface ..."); generic parameters per reference [C3] usage.
 * Unconfirmed for 10.3: the atlassian-plugins-webfragment version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/webfragment/contextproviders/AbstractJiraContextProvider.html">AbstractJiraContextProvider (Jira 7.x "latest")</a>
 */
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
