package org.customergroups.service;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.PublicComment;
import org.customergroups.domain.RequestContent;
import org.customergroups.domain.RequestQuery;
import org.customergroups.domain.RequestRow;
import org.customergroups.domain.RequestState;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Requests;
import org.customergroups.port.ShareStore;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The reporter portal's use cases. Every method starts with PortalAccess (401 for anonymous callers). */
public final class PortalService {

    /** Jira's limit on a comment's length. */
    public static final int MAX_COMMENT = 32_767;

    /**
     * At most this many of a customer admin's groups (by name) become admin clauses of one My requests search: the
     * host's query (Jira: one {@code membersOf} clause each) must stay bounded. The request page itself checks
     * every group (PortalAccess), so a ticket beyond the limit is still reachable by its link.
     */
    public static final int MAX_ADMIN_GROUPS = 50;

    private final PortalAccess access;
    private final Requests requests;
    private final ShareStore shares;
    private final CustomerGroupStore groups;
    private final Directory directory;
    private final CustomerAdmins customerAdmins;

    public PortalService(PortalAccess access, Requests requests, ShareStore shares, CustomerGroupStore groups,
                         Directory directory, CustomerAdmins customerAdmins) {
        this.access = access;
        this.requests = requests;
        this.shares = shares;
        this.groups = groups;
        this.directory = directory;
        this.customerAdmins = customerAdmins;
    }

    /**
     * My requests: reported by me and shared with my customer groups, filtered, newest update first. For a customer
     * admin, scope ALL also lists the requests they see as customer admin (PortalAccess): reported by a member of one
     * of their non-default customer groups in a project whose catalog holds that group.
     */
    public Page<RequestRow> myRequests(String actor, PortalFilter filter, PageRequest page) {
        UserSummary me = signedIn(actor);
        PortalFilter f = filter == null ? new PortalFilter(PortalFilter.Scope.ALL, null, RequestState.ANY) : filter;
        PortalFilter.Scope scope = f.scope() == null ? PortalFilter.Scope.ALL : f.scope();
        RequestState state = f.state() == null ? RequestState.ANY : f.state();
        if (scope != PortalFilter.Scope.GROUP && f.groupId() != null) {
            throw DomainException.invalid("group", "cg.error.portal.group.scope");
        }
        List<CustomerGroup> mine = scope == PortalFilter.Scope.ALL || scope == PortalFilter.Scope.SHARED
                ? memberships(me) : List.of();
        List<String> myGroupNames = switch (scope) {
            case MINE -> List.of();
            case ALL, SHARED -> mine.stream().map(CustomerGroup::name).toList();
            case GROUP -> {
                if (f.groupId() == null) {
                    throw DomainException.invalid("group", "cg.error.portal.group.required");
                }
                // A group the actor is not in reads like an unknown one: the filter only offers the actor's groups.
                CustomerGroup g = groups.findById(f.groupId())
                        .filter(x -> directory.isMember(x.name(), me.username()))
                        .orElseThrow(() -> DomainException.invalid("group", "cg.error.portal.group.not.mine",
                                f.groupId()));
                yield List.of(g.name());
            }
        };
        String reporter = scope == PortalFilter.Scope.ALL || scope == PortalFilter.Scope.MINE ? me.key() : null;
        List<RequestQuery.AdminScope> adminScopes = scope == PortalFilter.Scope.ALL
                ? adminScopes(me, mine) : List.of();
        if (reporter == null && myGroupNames.isEmpty() && adminScopes.isEmpty()) {
            return Page.of(page, 0, List.of());
        }
        return requests.search(new RequestQuery(reporter, myGroupNames, adminScopes, state), page);
    }

    /**
     * The customer-admin clauses for the user ({@link CustomerAdmins#adminScopes}): one per non-default customer
     * group they belong to whose group is in at least one catalog, with those projects. Empty for users outside
     * Customer Admins. Bounded by {@link #MAX_ADMIN_GROUPS} groups and, per group, by the number of projects.
     */
    List<RequestQuery.AdminScope> adminScopes(UserSummary me, List<CustomerGroup> mine) {
        return customerAdmins.isCustomerAdmin(me.username())
                ? customerAdmins.adminScopes(mine, MAX_ADMIN_GROUPS) : List.of();
    }

    /** The customer groups the actor belongs to (the My requests group filter's options), by name. */
    public List<CustomerGroup> myGroups(String actor) {
        return memberships(signedIn(actor));
    }

    public PortalRequestView request(String actor, String issueKey, PageRequest comments) {
        IssueRef issue = access.requireVisible(actor, issueKey);
        RequestContent content = requests.content(issue.id())
                .orElseThrow(() -> PortalAccess.notFound(issueKey == null ? "" : issueKey));
        UserSummary reporter = issue.reporterKey() == null ? null
                : directory.userByKey(issue.reporterKey()).orElse(null);
        return new PortalRequestView(content, reporter, shares.groupNamesOf(issue.id()),
                requests.publicComments(issue.id(), comments));
    }

    /** Posts an unrestricted comment as the actor (1..32,767 characters after trimming). */
    public PublicComment comment(String actor, String issueKey, String body) {
        IssueRef issue = access.requireVisible(actor, issueKey);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("body", "cg.error.portal.comment.empty");
        }
        if (text.length() > MAX_COMMENT) {
            throw DomainException.invalid("body", "cg.error.portal.comment.too.long", MAX_COMMENT);
        }
        return requests.addComment(issue.id(), actor, text);
    }

    private UserSummary signedIn(String actor) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        return directory.userByKey(actor).orElseThrow(DomainException::notAuthenticated);
    }

    /** Every customer group the user is a member of ({@link CustomerAdmins#groupsOfAny}), by name. */
    private List<CustomerGroup> memberships(UserSummary me) {
        return customerAdmins.groupsOfAny(List.of(me.username())).stream()
                .sorted(Comparator.comparing((CustomerGroup g) -> g.name().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
