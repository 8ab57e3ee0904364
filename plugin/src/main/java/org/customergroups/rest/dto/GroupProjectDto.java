package org.customergroups.rest.dto;

import org.customergroups.service.GroupProject;

/** JSON of a project using a group (the group's Projects tab), with that project's Auto-share. */
public record GroupProjectDto(long id, String key, String name, boolean autoShare) {

    public static GroupProjectDto from(GroupProject p) {
        return new GroupProjectDto(p.project().id(), p.project().key(), p.project().name(), p.autoShare());
    }
}
