package org.customergroups.sandbox.host;

/** A sandbox account. {@code licensed = false} means a reporter (customer) without application access. */
public record HostUser(String username, String displayName, String email, boolean jiraAdmin, boolean licensed) {
}
