package org.customergroups.rest.dto;

import org.customergroups.domain.GroupBlock;

/** The Customer Group block of a request form; in a PUT body, missing flags are false. */
public record GroupBlockDto(Boolean enabled, String label, String helpText, Boolean required, Boolean multiple) {

    public static GroupBlockDto from(GroupBlock b) {
        return new GroupBlockDto(b.enabled(), b.label(), b.helpText(), b.required(), b.multiple());
    }

    public GroupBlock toBlock() {
        return new GroupBlock(Boolean.TRUE.equals(enabled), label, helpText, Boolean.TRUE.equals(required),
                Boolean.TRUE.equals(multiple));
    }
}
