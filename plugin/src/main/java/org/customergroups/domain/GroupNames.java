package org.customergroups.domain;

/** The rule for customer-group names: 1–255 characters after trimming, no control characters. */
public final class GroupNames {

    public static final int MAX_LENGTH = 255;

    private GroupNames() {
    }

    /** The trimmed name, or an INVALID problem on field {@code field}. */
    public static String validate(String field, String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw DomainException.invalid(field, "cg.error.group.name.blank");
        }
        if (name.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, "cg.error.group.name.too.long", MAX_LENGTH);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid(field, "cg.error.group.name.control");
        }
        return name;
    }
}
