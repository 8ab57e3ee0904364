package org.customergroups.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.customergroups.port.Links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Absolute links for mail, under Jira's base URL ({@link ApplicationProperties#getBaseUrl} with
 * {@link UrlMode#ABSOLUTE}, read per call so a changed base URL applies at once):
 * <ul>
 *   <li>{@link #issue}: Jira's issue view, {@code {base}/browse/{KEY}};</li>
 *   <li>{@link #portalRequest}: the request in the plugin's reporter portal,
 *       {@code {base}/plugins/servlet/customer-groups/portal/requests/{KEY}};</li>
 *   <li>{@link #verifyEmail}: the page confirming an e-mail address,
 *       {@code {base}/plugins/servlet/customer-groups/verify-email?token={TOKEN}} (the token URL-encoded).</li>
 * </ul>
 * The key is upper-cased (Jira's spelling) and URL-encoded as a path segment; a trailing slash of the base URL is
 * dropped.
 */
public class JiraLinks implements Links {

    static final String BROWSE = "/browse/";
    static final String PORTAL_REQUESTS = "/plugins/servlet/customer-groups/portal/requests/";
    static final String VERIFY_EMAIL = "/plugins/servlet/customer-groups/verify-email?token=";

    private final ApplicationProperties applicationProperties;

    public JiraLinks(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String issue(String issueKey) {
        return base() + BROWSE + segment(issueKey);
    }

    @Override
    public String portalRequest(String issueKey) {
        return base() + PORTAL_REQUESTS + segment(issueKey);
    }

    @Override
    public String verifyEmail(String token) {
        return base() + VERIFY_EMAIL + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    }

    private String base() {
        String base = JiraCalls.call("read the base URL", () -> applicationProperties.getBaseUrl(UrlMode.ABSOLUTE));
        base = base == null ? "" : base.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    /** One URL path segment: form encoding, except that a space is %20 (a '+' in a path is a plus). */
    static String segment(String issueKey) {
        String key = issueKey == null ? "" : issueKey.trim().toUpperCase(Locale.ROOT);
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
