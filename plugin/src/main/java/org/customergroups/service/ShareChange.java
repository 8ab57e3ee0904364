package org.customergroups.service;

/** The result of sharing an issue: the share, and whether this call made it (false: it was shared already). */
public record ShareChange(ShareView share, boolean created) {
}
