package org.customergroups.rest.dto;

import org.customergroups.service.MembershipChange;

import java.util.List;

/** Response of {@code POST /groups/{id}/members}. */
public record MembersAddedDto(List<UserDto> added, List<UserDto> alreadyMembers) {

    public static MembersAddedDto from(MembershipChange c) {
        return new MembersAddedDto(c.added().stream().map(UserDto::from).toList(),
                c.alreadyMembers().stream().map(UserDto::from).toList());
    }
}
