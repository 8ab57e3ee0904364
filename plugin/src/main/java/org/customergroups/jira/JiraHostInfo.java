package org.customergroups.jira;

import com.atlassian.sal.api.ApplicationProperties;
import org.customergroups.port.HostInfo;

import java.util.Optional;

/** Jira's name and version through SAL. Jira does not expose its database product to plugins. */
public final class JiraHostInfo implements HostInfo {

    private final ApplicationProperties application;

    public JiraHostInfo(ApplicationProperties application) {
        this.application = application;
    }

    @Override
    public String productName() {
        return application.getDisplayName();
    }

    @Override
    public String productVersion() {
        return application.getVersion();
    }

    @Override
    public Optional<String> databaseProduct() {
        return Optional.empty();
    }
}
