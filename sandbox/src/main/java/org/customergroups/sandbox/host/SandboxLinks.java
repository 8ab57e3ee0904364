package org.customergroups.sandbox.host;

import org.customergroups.port.Links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The plugin's {@link Links} port under the sandbox's base URL (e.g. {@code http://localhost:2990/jira}),
 * at the addresses Jira uses: the issue view {@code /browse/KEY} and the plugin's reporter portal
 * {@code /plugins/servlet/customer-groups/portal/requests/KEY}.
 */
public final class SandboxLinks implements Links {

    private static final String PORTAL_REQUESTS = "/plugins/servlet/customer-groups/portal/requests/";

    private final String baseUrl;

    public SandboxLinks(String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        this.baseUrl = base;
    }

    @Override
    public String issue(String issueKey) {
        return baseUrl + "/browse/" + encode(issueKey);
    }

    @Override
    public String portalRequest(String issueKey) {
        return baseUrl + PORTAL_REQUESTS + encode(issueKey);
    }

    @Override
    public String verifyEmail(String token) {
        return baseUrl + "/plugins/servlet/customer-groups/verify-email?token="
                + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8);
    }

    private static String encode(String key) {
        return URLEncoder.encode(key == null ? "" : key, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
