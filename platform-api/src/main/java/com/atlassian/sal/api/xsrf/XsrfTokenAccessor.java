package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Declaration of SAL's XSRF token accessor (interface): returns (and optionally creates) the request's XSRF token.
 * Checked against Confluence 9.4.0's implementation (Platform 7, javax.servlet).
 * Unconfirmed for 10.3: Jira's implementation was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/sal/confluence/xsrf/ConfluenceXsrfTokenAccessor.html">ConfluenceXsrfTokenAccessor (Confluence 9.4.0)</a>
 */
public interface XsrfTokenAccessor {

    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
