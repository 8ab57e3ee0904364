package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestRow;

import java.util.List;

/** The reporter portal's use cases. Every method starts with PortalAccess (401 for anonymous callers). */
public final class PortalService {

    /** My requests: reported by me and shared with my customer groups, filtered, newest update first. */
    public Page<RequestRow> myRequests(String actor, PortalFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("issue 5: portal");
    }

    /** The customer groups the actor belongs to (the My requests group filter's options), by name. */
    public List<CustomerGroup> myGroups(String actor) {
        throw new UnsupportedOperationException("issue 5: portal");
    }

    public PortalRequestView request(String actor, String issueKey, PageRequest comments) {
        throw new UnsupportedOperationException("issue 5: portal");
    }

    /** Posts an unrestricted comment as the actor (1..32,767 characters after trimming). */
    public PublicComment comment(String actor, String issueKey, String body) {
        throw new UnsupportedOperationException("issue 5: portal");
    }
}
