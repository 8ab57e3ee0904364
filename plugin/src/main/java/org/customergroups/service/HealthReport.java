package org.customergroups.service;

/** The plugin's view of its own health: is its storage reachable, and what is running. */
public record HealthReport(Status status, PluginInfo plugin, String hostName, String hostVersion, Database database) {

    public enum Status { UP, DOWN }

    /** {@code customerGroups} is null when the database could not be read. */
    public record Database(Status status, String product, long responseMillis, Integer customerGroups) {
    }
}
