package com.atlassian.crowd.embedded.api;

/**
 * Declaration of Embedded Crowd's group (interface). Only {@code getName()}.
 * Unconfirmed for 10.3: kind and supertypes not checked against javadoc; {@code getName()} per usage in public code
 * (jira-api-facts.md §1a). Types like UserUtil/CrowdService in the javadoc take it as {@code com.atlassian.crowd.embedded.api.Group}.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/user/util/UserUtil.html">UserUtil (Jira 7.x), which takes this type</a>
 */
public interface Group {

    String getName();
}
