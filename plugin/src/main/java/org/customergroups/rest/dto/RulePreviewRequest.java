package org.customergroups.rest.dto;

/**
 * Body of {@code POST /groups/{id}/rule/preview}: the rule's text and, optionally, where the joins and leaves
 * pages start and how long both are (defaults 0 and 25, limit at most 100).
 */
public record RulePreviewRequest(String rule, Integer joinsStart, Integer leavesStart, Integer limit) {
}
