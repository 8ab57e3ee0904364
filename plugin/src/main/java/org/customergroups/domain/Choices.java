package org.customergroups.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Enum values as people type them (query parameters, filters): by name, ignoring case. */
public final class Choices {

    private Choices() {
    }

    /**
     * The constant of {@code type} named {@code value} (ignoring case and surrounding blanks); null stays null; else
     * an INVALID {@link DomainException} for {@code field} with {@code messageKey}, whose arguments are the value and
     * the comma-separated names of the choices.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String messageKey) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw DomainException.invalid(field, messageKey, value, choices);
    }
}
