package org.customergroups.rest.dto;

import org.customergroups.domain.TicketShare;
import org.customergroups.service.ShareView;

/**
 * JSON of one share of an issue. {@code source} is AGENT, AUTO or FORM; {@code sharedBy} is null for a share
 * made by the system or by a user who no longer exists; {@code sharedAt} is ISO-8601 UTC.
 */
public record ShareDto(long groupId, String groupName, String source, UserDto sharedBy, String sharedAt) {

    public static ShareDto from(ShareView v) {
        TicketShare s = v.share();
        return new ShareDto(s.groupId(), s.groupName(), s.source().name(),
                v.sharedBy() == null ? null : UserDto.from(v.sharedBy()), s.sharedAt().toString());
    }
}
