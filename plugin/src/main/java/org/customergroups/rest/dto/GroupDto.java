package org.customergroups.rest.dto;

import org.customergroups.domain.CustomerGroup;
import org.customergroups.service.GroupDetails;

/** JSON of a customer group. {@code createdAt} is ISO-8601 UTC. */
public record GroupDto(long id, String name, String kind, String description, SettingsDto settings, int memberCount,
                       String createdBy, String createdAt) {

    public static GroupDto from(GroupDetails d) {
        CustomerGroup g = d.group();
        return new GroupDto(g.id(), g.name(), g.kind().name(), g.description(), SettingsDto.from(g.settings()),
                d.memberCount(), g.createdBy(), g.createdAt().toString());
    }
}
