package org.customergroups.rest.dto;

/**
 * JSON of {@code POST /rules/check}: {@code valid} with the {@code canonical} form, or the problem: its message
 * in the caller's language, its i18n key, and where it is (0-based {@code position}, 1-based {@code line} and
 * {@code column}). The members that do not apply are null.
 */
public record RuleCheckDto(boolean valid, String canonical, String message, String messageKey, Integer position,
                           Integer line, Integer column) {
}
