package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of the Platform-7 access annotation for servlets, filters and webwork actions: as REST's AnonymousSiteAccess. Package confirmed by ONLYOFFICE for Jira 10 (on HttpServlet and AbstractIssueSelectAction subclasses).
 * Read reflectively at runtime, hence RUNTIME retention; usable on classes and methods.
 * Unconfirmed for 10.3: exact @Target not seen.
 *
 * @see <a href="https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints">https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {
}
