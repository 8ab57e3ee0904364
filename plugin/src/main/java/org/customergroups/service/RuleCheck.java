package org.customergroups.service;

/**
 * Live validation of a rule's text: valid with its canonical form, or the problem with an i18n message key,
 * its arguments, and where it is (0-based offset; 1-based line and column).
 */
public record RuleCheck(boolean valid, String canonical, String messageKey, java.util.List<Object> arguments,
                        int position, int line, int column) {
}
