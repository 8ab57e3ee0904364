package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of the REST v2 (Platform 7) access annotation: only users holding a product licence. Name and package per jira-portal-and-admin-recipes.md fact 3 (usage in Atlassian's Jira-10 Slack plugin).
 * Read reflectively at runtime, hence RUNTIME retention; usable on classes and methods.
 * Unconfirmed for 10.3: exact @Target not seen. Un-annotated REST v2 resources behave like this by default in Jira 10.
 *
 * @see <a href="https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints">https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
