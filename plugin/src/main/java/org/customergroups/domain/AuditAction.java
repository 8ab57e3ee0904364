package org.customergroups.domain;

/** What an audit entry records. Every mutation the plugin makes is one of these. */
public enum AuditAction {
    GROUP_CREATED,
    GROUP_UPDATED,
    GROUP_DELETED,
    MEMBER_ADDED,
    MEMBER_REMOVED,
    USER_UPGRADED,
    CATALOG_ADDED,
    CATALOG_REMOVED,
    AUTO_SHARE_CHANGED,
    SHARE_ADDED,
    SHARE_REMOVED,
    SUBSCRIPTION_CHANGED,
    SETTINGS_CHANGED
}
