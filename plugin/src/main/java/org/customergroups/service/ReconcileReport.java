package org.customergroups.service;

/**
 * What one reconciler pass did: groups looked at, users read, memberships added and removed, and how many
 * leaves took the group off tickets (the cascade).
 */
public record ReconcileReport(int groups, long usersScanned, long joined, long left, long sharesRemoved) {

    public static final ReconcileReport NOTHING = new ReconcileReport(0, 0, 0, 0, 0);
}
