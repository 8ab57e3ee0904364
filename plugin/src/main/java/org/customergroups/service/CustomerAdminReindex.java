package org.customergroups.service;

import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the search index of the "Customer Admins" field in step when users join or leave Customer Admins: the
 * tickets such a user now sees (or no longer sees) as a customer admin are reindexed, so that JQL, filters and boards
 * follow. Jira's issue view reads the field live and needs none of this.
 * <p>
 * Which tickets: those the portal's customer-admin clauses find ({@link RequestQuery.AdminScope}, built by
 * {@link CustomerAdmins#adminScopes} as for {@link PortalService}): reported by a member of one of the user's
 * non-default customer groups, in a project whose catalog holds that group. Membership of Customer Admins itself is not asked (a leaver is no longer
 * in it). Bounded: the user's groups are read page by page (as many as there are customer groups), the search runs
 * page by page with at most {@link PortalService#MAX_ADMIN_GROUPS} clauses per query, and at most
 * {@link #MAX_TICKETS} distinct tickets are reindexed per change; beyond that a warning is logged and the rest lags
 * until the tickets change or a reindex runs (documented in the admin guide).
 * <p>
 * Best effort: the membership change is already made when this runs, so a failing search or reindex is logged, never
 * thrown at the caller.
 */
public final class CustomerAdminReindex {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerAdminReindex.class);

    /** At most this many tickets are reindexed for one change (all its users together). */
    public static final int MAX_TICKETS = 10_000;

    private final CustomerAdmins customerAdmins;
    private final Requests requests;
    private final IssueIndex index;

    public CustomerAdminReindex(CustomerAdmins customerAdmins, Requests requests, IssueIndex index) {
        this.customerAdmins = customerAdmins;
        this.requests = requests;
        this.index = index;
    }

    /**
     * {@code usernames} joined or left Customer Admins: reindexes the tickets they see as customer admins (the same
     * set either way), page by page. Returns how many tickets were reindexed (at most {@link #MAX_TICKETS}).
     */
    public int onCustomerAdminsChanged(Collection<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            return 0;
        }
        try {
            return reindex(usernames);
        } catch (RuntimeException e) {
            LOG.warn("Could not reindex the tickets of customer admins {} after a change of Customer Admins; searches"
                    + " by the Customer Admins field may lag until the tickets change or a reindex runs", usernames, e);
            return 0;
        }
    }

    private int reindex(Collection<String> usernames) {
        List<RequestQuery.AdminScope> scopes = scopes(usernames);
        Set<Long> done = new LinkedHashSet<>();
        for (int from = 0; from < scopes.size(); from += PortalService.MAX_ADMIN_GROUPS) {
            RequestQuery query = new RequestQuery(null, List.of(),
                    scopes.subList(from, Math.min(from + PortalService.MAX_ADMIN_GROUPS, scopes.size())),
                    RequestState.ANY);
            int start = 0;
            while (true) {
                Page<RequestRow> page = requests.search(query, new PageRequest(start, PageRequest.MAX_LIMIT));
                List<Long> fresh = new ArrayList<>();
                for (RequestRow row : page.values()) {
                    if (done.size() + fresh.size() == MAX_TICKETS) {
                        break;
                    }
                    if (!done.contains(row.issue().id()) && !fresh.contains(row.issue().id())) {
                        fresh.add(row.issue().id());
                    }
                }
                if (!fresh.isEmpty()) {
                    index.reindex(fresh);
                    done.addAll(fresh);
                }
                start += page.values().size();
                boolean more = !page.values().isEmpty() && start < page.total();
                if (done.size() == MAX_TICKETS && (more || from + PortalService.MAX_ADMIN_GROUPS < scopes.size())) {
                    LOG.warn("Customer Admins changed for {}: reindexed the first {} tickets they see as customer"
                            + " admins and skipped the rest; searches by the Customer Admins field may lag for those"
                            + " until they change or a reindex runs", usernames, MAX_TICKETS);
                    return done.size();
                }
                if (!more) {
                    break;
                }
            }
        }
        return done.size();
    }

    /**
     * One clause per non-default customer group any of the users belongs to and whose group is in at least one
     * catalog, by group name ({@link CustomerAdmins#groupsOfAny}, {@link CustomerAdmins#adminScopes}).
     */
    private List<RequestQuery.AdminScope> scopes(Collection<String> usernames) {
        return customerAdmins.adminScopes(customerAdmins.groupsOfAny(usernames), Integer.MAX_VALUE);
    }
}
