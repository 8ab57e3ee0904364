package org.customergroups.service;

/** How long audit entries are kept: {@code retentionDays} 0 keeps them forever. */
public record AuditSettings(int retentionDays) {

    public static final int KEEP_FOREVER = 0;
    public static final int MAX_RETENTION_DAYS = 3650;
}
