package org.customergroups.rest.dto;

/** An issue or project named by id and current key ({@code key} null when it no longer exists). */
public record IdKeyDto(long id, String key) {

    public static IdKeyDto of(Long id, String key) {
        return id == null ? null : new IdKeyDto(id, key);
    }
}
