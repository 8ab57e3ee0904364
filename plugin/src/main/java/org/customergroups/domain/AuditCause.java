package org.customergroups.domain;

/**
 * Why a change happened: someone did it by hand through the plugin (MANUAL), someone did it in Jira's user
 * management, outside the plugin (DIRECTORY: a membership change the plugin only saw as a host event), or the plugin
 * did it because of something else: Auto-share on a new ticket, a request form, a reporter leaving a group (CASCADE),
 * the group being deleted, the issue being deleted, a membership rule (RULE) or auto-join domains (AUTO_JOIN).
 * (The retention purge deletes entries; it records none.)
 */
public enum AuditCause {
    MANUAL,
    AUTO_SHARE,
    FORM,
    CASCADE,
    GROUP_DELETED,
    ISSUE_DELETED,
    DIRECTORY,
    /** The reconciler: a dynamic group's rule, or the built-in rule of Customers or Verified Customers. */
    RULE,
    /** A group's auto-join e-mail domains (a new user, or existing users joined on demand). */
    AUTO_JOIN
}
