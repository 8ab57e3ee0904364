package org.customergroups.service;

/**
 * Keeps the members of computed groups in step with their rules: every DYNAMIC group (its rule) and the
 * computed default groups Customers and Verified Customers (their built-in rules), plus auto-join for new
 * users. Membership is materialised into the Jira groups (Directory) so that Jira's permissions work; every
 * join and leave is recorded (cause RULE or AUTO_JOIN, actor null = the system unless given); a reporter who
 * leaves takes the group off their tickets exactly as in the cascade (ShareCascade.onMembershipsEnded).
 * Users are read page by page (UserProfiles), so memory stays bounded by one page.
 */
public final class Reconciler {

    /** Users read per page. */
    public static final int PAGE = 500;

    /** One full pass over every user and every computed group (the scheduled job: one node at a time). */
    public ReconcileReport reconcileAll() {
        throw new UnsupportedOperationException("issue 6: reconciler");
    }

    /**
     * One group after its rule was saved ({@code actor} is recorded as who caused it). A group that is not
     * computed reconciles nothing.
     */
    public ReconcileReport reconcileGroup(long groupId, String actor) {
        throw new UnsupportedOperationException("issue 6: reconciler");
    }

    /**
     * One user, on the host's user created ({@code created} true: auto-join applies too) or updated event.
     * Unknown users are ignored. Never throws into the host's event dispatch for one bad group.
     */
    public ReconcileReport reconcileUser(String username, boolean created) {
        throw new UnsupportedOperationException("issue 6: reconciler");
    }
}
