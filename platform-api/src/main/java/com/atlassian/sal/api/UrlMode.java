package com.atlassian.sal.api;

/**
 * Declaration of SAL's URL mode (enum), the parameter of {@link ApplicationProperties#getBaseUrl(UrlMode)}.
 * {@code UrlMode.ABSOLUTE} is confirmed by Atlassian's Jira-10 Slack plugin ({@code getBaseUrl(UrlMode.ABSOLUTE)}).
 * Unconfirmed for 10.3: the other constants (RELATIVE, CANONICAL, RELATIVE_CANONICAL, AUTO) were not seen in any
 * SAL javadoc or source read; prefer {@code ABSOLUTE}. Enum constants link by name (getstatic), so only use
 * a constant that exists in Jira.
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server">SlackSettingsRedirectResource (usage, Jira 10.0)</a>
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    CANONICAL,
    RELATIVE_CANONICAL,
    AUTO
}
