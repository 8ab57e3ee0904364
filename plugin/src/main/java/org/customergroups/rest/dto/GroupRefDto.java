package org.customergroups.rest.dto;

import org.customergroups.domain.CustomerGroup;

/** A customer group named by id and name (the name as recorded: it still reads after the group is deleted). */
public record GroupRefDto(long id, String name) {

    public static GroupRefDto from(CustomerGroup g) {
        return new GroupRefDto(g.id(), g.name());
    }

    public static GroupRefDto of(Long id, String name) {
        return id == null ? null : new GroupRefDto(id, name);
    }
}
