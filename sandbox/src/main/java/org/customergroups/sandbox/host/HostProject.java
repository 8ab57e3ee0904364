package org.customergroups.sandbox.host;

/** A project; {@code lead} is a username. */
public record HostProject(String key, String name, String lead) {
}
