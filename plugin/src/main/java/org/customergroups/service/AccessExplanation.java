package org.customergroups.service;

import org.customergroups.domain.AccessPath;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.SharingSetup;
import org.customergroups.domain.UserSummary;

import java.util.List;
import java.util.Map;

/**
 * Why {@code user} can (or cannot) see {@code issue}. {@code canSee} is true when Jira lets them browse it
 * ({@code jiraBrowse}) or when they reported it or are in a group it is shared with: reporter accounts have no Jira
 * access and see their tickets and their groups' tickets through the customer portal. {@code paths} lists every
 * reason (the reporter, each shared group the user is a member of, else Jira's own permission); {@code sharers}
 * resolves the {@code sharedBy} keys of the paths that the directory still knows. {@code setup} tells whether Jira
 * honours the Customer Groups field in the issue's project (without it shared groups reach the ticket only through
 * the portal).
 */
public record AccessExplanation(IssueRef issue, UserSummary user, boolean canSee, boolean jiraBrowse,
                                List<AccessPath> paths, Map<String, UserSummary> sharers, SharingSetup setup) {

    public AccessExplanation {
        paths = List.copyOf(paths);
        sharers = Map.copyOf(sharers);
    }
}
