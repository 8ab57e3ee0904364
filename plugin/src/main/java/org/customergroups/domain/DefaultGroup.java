package org.customergroups.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The three built-in customer groups. They exist from the moment the plugin is enabled (created when
 * missing), cannot be renamed, edited or deleted, and are listed before every other group.
 * <ul>
 *   <li>{@link #CUSTOMERS}: every customer (reporter) account; kept in step by the reconciler.</li>
 *   <li>{@link #CUSTOMER_ADMINS}: members by hand (Jira admins and other customer admins); a member sees
 *   every ticket of every (non-default) customer group they belong to.</li>
 *   <li>{@link #VERIFIED_CUSTOMERS}: customer accounts whose current e-mail address is verified
 *   ({@link UserProfile#emailVerified()}); kept in step by the reconciler.</li>
 * </ul>
 */
public enum DefaultGroup {
    CUSTOMERS("Customers", true),
    CUSTOMER_ADMINS("Customer Admins", false),
    VERIFIED_CUSTOMERS("Verified Customers", true);

    private final String groupName;
    private final boolean computed;

    DefaultGroup(String groupName, boolean computed) {
        this.groupName = groupName;
        this.computed = computed;
    }

    /** The Jira group's name. */
    public String groupName() {
        return groupName;
    }

    /** Whether the reconciler computes the members (no manual edits). */
    public boolean computed() {
        return computed;
    }

    /** Whether a computed default group wants this user as a member; false for CUSTOMER_ADMINS. */
    public boolean wants(UserProfile user) {
        boolean customer = user.user().type() == AccountType.REPORTER;
        return switch (this) {
            case CUSTOMERS -> customer;
            case VERIFIED_CUSTOMERS -> customer && user.emailVerified();
            case CUSTOMER_ADMINS -> false;
        };
    }

    /** The default group of that name, ignoring case. */
    public static Optional<DefaultGroup> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (DefaultGroup g : values()) {
            if (g.groupName.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
