package com.atlassian.sal.api;

/**
 * Declaration of SAL's application properties (interface). Only the members the plugin calls.
 * Checked against an implementation listing ("getBaseUrl in interface com.atlassian.sal.api.ApplicationProperties")
 * and a decompiled recent sal-api copy (public code) that declares {@code String getBaseUrl(UrlMode)},
 * {@code getDisplayName()}, {@code getVersion()}, {@code getBuildNumber()}.
 * Unconfirmed for 10.3: the SAL version shipped with Jira 10.3 was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/2.8.4/com/atlassian/sal/crowd/ClientPropertiesBasedApplicationProperties.html">ClientPropertiesBasedApplicationProperties (Crowd 2.8.4)</a>
 */
public interface ApplicationProperties {

    String getDisplayName();

    String getVersion();

    String getBuildNumber();

    String getBaseUrl(UrlMode urlMode);
}
