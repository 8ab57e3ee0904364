package org.customergroups.sandbox.host;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** SAL's application properties: the sandbox names itself and reports the plugin's version as its own. */
public final class SandboxApplicationProperties implements ApplicationProperties {

    public static final String DISPLAY_NAME = "Customer Groups sandbox";

    private final String version;
    private final String contextPath;
    private final String baseUrl;

    public SandboxApplicationProperties(String version, String contextPath, String baseUrl) {
        this.version = version;
        this.contextPath = contextPath;
        this.baseUrl = baseUrl;
    }

    @Override
    public String getDisplayName() {
        return DISPLAY_NAME;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    public String getBuildNumber() {
        return "0";
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case RELATIVE, RELATIVE_CANONICAL -> contextPath;
            default -> baseUrl;
        };
    }
}
