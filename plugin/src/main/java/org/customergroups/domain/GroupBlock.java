package org.customergroups.domain;

/**
 * The Customer Group building block of a request form: the reporter picks among the groups of the project's
 * catalog that they belong to. {@code label} and {@code helpText} are the admin's words (blank label = the
 * default label from i18n); {@code multiple} allows more than one group.
 */
public record GroupBlock(boolean enabled, String label, String helpText, boolean required, boolean multiple) {

    public static final int MAX_LABEL = 100;
    public static final int MAX_HELP = 500;

    public GroupBlock {
        label = label == null ? "" : label;
        helpText = helpText == null ? "" : helpText;
    }

    public static GroupBlock off() {
        return new GroupBlock(false, "", "", false, false);
    }
}
