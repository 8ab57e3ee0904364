package org.customergroups.port;

import java.util.Optional;

/** What the plugin may say about the application hosting it. */
public interface HostInfo {

    String productName();

    String productVersion();

    /** The database product, where the host lets the plugin see it. */
    Optional<String> databaseProduct();
}
