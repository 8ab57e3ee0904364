package org.customergroups.service;

import java.util.List;

import org.customergroups.domain.IssueRef;

/** An issue's shares, ordered by group name, and whether the actor may change them. */
public record IssueShares(IssueRef issue, boolean canEdit, List<ShareView> shares) {

    public IssueShares {
        shares = List.copyOf(shares);
    }
}
