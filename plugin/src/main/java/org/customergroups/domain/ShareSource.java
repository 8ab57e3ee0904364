package org.customergroups.domain;

/** How a ticket came to be shared with a group. */
public enum ShareSource {
    /** An agent shared it from the issue panel or the REST API. */
    AGENT,
    /** Auto-share: the reporter is a member of a catalog group with Auto-share on. */
    AUTO,
    /** The reporter chose the group on an online request form. */
    FORM
}
