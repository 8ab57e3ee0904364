package org.customergroups.sandbox.host;

import com.atlassian.sal.api.ApplicationProperties;
import org.customergroups.port.HostInfo;

import java.util.Optional;

/**
 * The plugin's HostInfo port. Unlike Jira, the sandbox lets the plugin see its database product
 * (read once from the JDBC metadata at start), so the health check shows which database a run uses.
 */
public final class SandboxHostInfo implements HostInfo {

    private final ApplicationProperties application;
    private final String databaseProduct;

    public SandboxHostInfo(ApplicationProperties application, String databaseProduct) {
        this.application = application;
        this.databaseProduct = databaseProduct;
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
        return Optional.ofNullable(databaseProduct);
    }
}
