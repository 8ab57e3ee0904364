package org.customergroups.service;

import java.util.List;

/** What a reporter typed into a request form. {@code groupIds} null or empty = no group chosen. */
public record FormSubmission(String summary, String description, List<Long> groupIds) {
}
