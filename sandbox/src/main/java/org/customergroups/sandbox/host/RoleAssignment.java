package org.customergroups.sandbox.host;

/** {@code username} has {@code role} in project {@code projectKey}. */
public record RoleAssignment(String projectKey, String username, ProjectRole role) {
}
