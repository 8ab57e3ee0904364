package org.customergroups.rest.dto;

import org.customergroups.service.ShareCandidate;

/** JSON of a catalog group an issue can be shared with; {@code shared} says whether it already is. */
public record ShareCandidateDto(long groupId, String groupName, boolean shared) {

    public static ShareCandidateDto from(ShareCandidate c) {
        return new ShareCandidateDto(c.group().id(), c.group().name(), c.shared());
    }
}
