package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Declaration of SAL's login URI provider (interface).
 * Unconfirmed for 10.3: no javadoc page was opened for it; the signature {@code URI getLoginUri(URI)} is taken from
 * Atlassian's Jira-10 Slack plugin usage (jira-portal-and-admin-recipes.md, fact 7, [SLK 10.0]).
 *
 * @see <a href="https://github.com/atlassian-labs/atlassian-slack-integration-server">atlassian-slack-integration-server (usage, Jira 10.0)</a>
 */
public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
