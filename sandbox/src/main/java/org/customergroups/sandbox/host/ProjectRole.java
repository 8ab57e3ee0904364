package org.customergroups.sandbox.host;

import java.util.Arrays;
import java.util.Optional;

/**
 * The project roles the sandbox knows: project administrator and agent (helpdesk staff), with the
 * names a Jira REST client uses for them (e.g. in a comment's {@code visibility}).
 */
public enum ProjectRole {
    ADMIN("Administrators"),
    AGENT("Agents");

    private final String jiraName;

    ProjectRole(String jiraName) {
        this.jiraName = jiraName;
    }

    public String jiraName() {
        return jiraName;
    }

    /** By its Jira name or its constant, ignoring case ("Agents", "agent"). */
    public static Optional<ProjectRole> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip();
        return Arrays.stream(values())
                .filter(r -> r.jiraName.equalsIgnoreCase(n) || r.name().equalsIgnoreCase(n))
                .findFirst();
    }
}
