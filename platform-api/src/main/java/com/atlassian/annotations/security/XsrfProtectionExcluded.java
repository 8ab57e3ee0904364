package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of the annotation that excludes a REST resource method from the XSRF check (used in Jira 9.12 and 10 code, jira-api-facts.md §1g).
 * Read reflectively at runtime, hence RUNTIME retention; usable on classes and methods.
 * Unconfirmed for 10.3: exact @Target not seen; usage is on mutating REST resource methods.
 *
 * @see <a href="https://developer.atlassian.com/server/jira/platform/form-token-handling/">https://developer.atlassian.com/server/jira/platform/form-token-handling/</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface XsrfProtectionExcluded {
}
