package org.customergroups.domain;

import java.time.Instant;

/** One line of a portal request list. {@code done}: the status is in Jira's Done category. */
public record RequestRow(IssueRef issue, String summary, String status, boolean done, Instant updated) {
}
