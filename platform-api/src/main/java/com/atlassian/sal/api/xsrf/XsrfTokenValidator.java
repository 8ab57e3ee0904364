package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

/**
 * Declaration of SAL's XSRF token validator (interface): validates the form-encoded XSRF token of a request.
 * Checked against Confluence 8.4.2's implementation (javax.servlet), whose methods are
 * "specified by ... in interface com.atlassian.sal.api.xsrf.XsrfTokenValidator".
 * Unconfirmed for 10.3: Jira's implementation was not inspected.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.4.2/com/atlassian/sal/confluence/xsrf/ConfluenceXsrfTokenValidator.html">ConfluenceXsrfTokenValidator (Confluence 8.4.2)</a>
 */
public interface XsrfTokenValidator {

    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
