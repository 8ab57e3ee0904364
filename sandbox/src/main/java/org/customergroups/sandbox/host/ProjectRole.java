package org.customergroups.sandbox.host;

/** The project roles the sandbox knows: project administrator and agent (helpdesk staff). */
public enum ProjectRole {
    ADMIN,
    AGENT
}
