package org.customergroups.rest.dto;

import org.customergroups.domain.AuditEntry;
import org.customergroups.service.AuditView;

/**
 * JSON of one audit entry of {@code GET /audit}: {@code at} ISO-8601 UTC; {@code actor} null when the system did
 * it; {@code project}, {@code issue}, {@code group}, {@code user} null when the entry does not concern one;
 * {@code before}/{@code after} short "field: value" texts or null.
 */
public record AuditEntryDto(long id, String at, UserRefDto actor, String action, String cause, IdKeyDto project,
                            IdKeyDto issue, GroupRefDto group, UserRefDto user, String before, String after) {

    public static AuditEntryDto from(AuditView v) {
        AuditEntry e = v.entry();
        return new AuditEntryDto(e.id(), e.at().toString(), UserRefDto.of(e.actorKey(), v.actor()), e.action().name(),
                e.cause().name(), IdKeyDto.of(e.projectId(), v.projectKey()), IdKeyDto.of(e.issueId(), v.issueKey()),
                GroupRefDto.of(e.groupId(), e.groupName()), UserRefDto.of(e.userKey(), v.user()), e.before(),
                e.after());
    }
}
