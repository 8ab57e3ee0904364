package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of the REST v2 (Platform 7) access annotation: authenticated users who are licensed, or any authenticated user when the site has limited unlicensed access enabled.
 * Read reflectively at runtime, hence RUNTIME retention; usable on classes and methods.
 * Unconfirmed for 10.3: this class was NOT seen in package com.atlassian.plugins.rest.api.security.annotation (only the Platform-7 page names the annotation, and REST v1 has com.atlassian.plugins.rest.common.security.UnlicensedSiteAccess). If it does not exist in Jira, reflection silently drops it and the resource falls back to the LicensedOnly default.
 *
 * @see <a href="https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints">https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnlicensedSiteAccess {
}
