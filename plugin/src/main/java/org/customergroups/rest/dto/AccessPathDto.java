package org.customergroups.rest.dto;

import org.customergroups.domain.AccessPath;
import org.customergroups.domain.UserSummary;

import java.util.Map;

/**
 * One reason a user can see a ticket: {@code kind} REPORTER, SHARED_GROUP, CUSTOMER_ADMIN or JIRA_PERMISSION. For
 * SHARED_GROUP the group, who shared it (null = the system), when (ISO-8601 UTC) and how ({@code source} AGENT, AUTO
 * or FORM); for CUSTOMER_ADMIN the group the customer admin shares with the reporter (the rest null); the other kinds
 * have those null.
 */
public record AccessPathDto(String kind, GroupRefDto group, UserRefDto sharedBy, String sharedAt, String source) {

    public static AccessPathDto from(AccessPath p, Map<String, UserSummary> sharers) {
        return new AccessPathDto(p.kind().name(), GroupRefDto.of(p.groupId(), p.groupName()),
                UserRefDto.of(p.sharedBy(), p.sharedBy() == null ? null : sharers.get(p.sharedBy())),
                p.sharedAt() == null ? null : p.sharedAt().toString(),
                p.source() == null ? null : p.source().name());
    }
}
