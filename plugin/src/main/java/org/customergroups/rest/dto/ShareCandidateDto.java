package org.customergroups.rest.dto;

import org.customergroups.domain.DefaultGroup;
import org.customergroups.service.ShareCandidate;

/**
 * JSON of a catalog group an issue can be shared with; {@code shared} says whether it already is;
 * {@code defaultGroup} names the built-in group of a default group (as in {@link GroupDto}), null otherwise.
 */
public record ShareCandidateDto(long groupId, String groupName, boolean shared, String defaultGroup) {

    public static ShareCandidateDto from(ShareCandidate c) {
        return new ShareCandidateDto(c.group().id(), c.group().name(), c.shared(),
                c.group().defaultGroup().map(DefaultGroup::name).orElse(null));
    }
}
