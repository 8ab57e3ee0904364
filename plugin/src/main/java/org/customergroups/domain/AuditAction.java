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
    SETTINGS_CHANGED,
    /** A group became dynamic, its rule changed, or it became static again (before/after: the rule). */
    RULE_CHANGED,
    /** A user's e-mail address was verified (user: who; after: the address) or the mark was removed. */
    EMAIL_VERIFIED,
    /** A project's request form was changed. */
    FORM_CHANGED,
    /** A project's Restricted flag or Authorized Reporters list was changed. */
    RESTRICTION_CHANGED,
    /** A request was created through the portal or a request form (issue, project, user = the reporter). */
    REQUEST_CREATED
}
