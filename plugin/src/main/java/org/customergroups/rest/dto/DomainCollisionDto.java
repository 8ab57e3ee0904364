package org.customergroups.rest.dto;

import org.customergroups.service.DomainCollision;

import java.util.List;

/** JSON of an auto-join domain claimed by more than one group (the groups the caller may see). */
public record DomainCollisionDto(String domain, List<GroupRefDto> groups) {

    public static DomainCollisionDto from(DomainCollision c) {
        return new DomainCollisionDto(c.domain(), c.groups().stream().map(GroupRefDto::from).toList());
    }
}
