package org.customergroups.rest.dto;

import org.customergroups.service.AuditSettings;

/** JSON of {@code /audit/settings}, answered and sent: {@code retentionDays} 0 keeps entries forever. */
public record AuditSettingsDto(Integer retentionDays) {

    public static AuditSettingsDto from(AuditSettings s) {
        return new AuditSettingsDto(s.retentionDays());
    }
}
