package org.customergroups.rest.dto;

/** Body of {@code POST /rules/check} and {@code PUT /groups/{id}/rule}: the rule's text. */
public record RuleRequest(String rule) {
}
