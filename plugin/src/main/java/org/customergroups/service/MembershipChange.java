package org.customergroups.service;

import org.customergroups.domain.UserSummary;

import java.util.List;

/** The result of adding users to a group: who was added and who was a member already. */
public record MembershipChange(List<UserSummary> added, List<UserSummary> alreadyMembers) {

    public MembershipChange {
        added = List.copyOf(added);
        alreadyMembers = List.copyOf(alreadyMembers);
    }
}
