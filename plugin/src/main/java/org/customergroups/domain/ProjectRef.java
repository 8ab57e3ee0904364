package org.customergroups.domain;

/** A Jira project as the plugin refers to it. */
public record ProjectRef(long id, String key, String name) {
}
