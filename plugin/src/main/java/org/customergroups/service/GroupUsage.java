package org.customergroups.service;

/** What deleting a customer group would touch: the projects using it and the tickets shared with it. */
public record GroupUsage(int projects, int sharedTickets) {
}
