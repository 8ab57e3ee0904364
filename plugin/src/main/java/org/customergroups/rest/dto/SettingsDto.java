package org.customergroups.rest.dto;

import org.customergroups.domain.GroupSettings;

import java.util.List;

/**
 * A group's global settings, in responses and in {@code PUT /groups/{id}} (where a missing member keeps the
 * current value). Policies travel as strings so an unknown value is a 400 naming the field.
 */
public record SettingsDto(List<String> autoJoinDomains, Boolean twoFactorRequired, String viewPolicy,
                          String updatePolicy) {

    public static SettingsDto from(GroupSettings s) {
        return new SettingsDto(s.autoJoinDomains(), s.twoFactorRequired(), s.viewPolicy().name(),
                s.updatePolicy().name());
    }
}
