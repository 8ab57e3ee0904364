package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of the REST v2 (Platform 7) access annotation: system administrators only. Name and package confirmed by Jira-10 usage (bootstrapi commit for Jira 10.3.5).
 * Read reflectively at runtime, hence RUNTIME retention; usable on classes and methods.
 * Unconfirmed for 10.3: exact @Target not seen.
 *
 * @see <a href="https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints">https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemAdminOnly {
}
