package org.customergroups.sandbox.host;

import com.atlassian.sal.api.auth.LoginUriProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The sandbox login page, coming back to the page that asked ({@code os_destination}, as in Jira). */
public final class SandboxLoginUriProvider implements LoginUriProvider {

    private final String contextPath;

    public SandboxLoginUriProvider(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        // Only the path and query travel: the login page never redirects off this server.
        String destination = returnUri.getRawPath() == null ? "/" : returnUri.getRawPath();
        if (returnUri.getRawQuery() != null) {
            destination += "?" + returnUri.getRawQuery();
        }
        return URI.create(contextPath + "/login.jsp?os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
