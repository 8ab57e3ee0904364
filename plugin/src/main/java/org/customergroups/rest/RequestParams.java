package org.customergroups.rest;

import org.customergroups.domain.Choices;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.PageRequest;

import java.util.Locale;

/**
 * Query parameters read as strings and parsed here, so a malformed value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
final class RequestParams {

    private RequestParams() {
    }

    static PageRequest page(String start, String limit) {
        return PageRequest.of(integer(start, "start", "cg.error.page.start"),
                integer(limit, "limit", "cg.error.page.limit"));
    }

    static boolean flag(String value, String field) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.invalid(field, "cg.error.param.boolean", field);
        };
    }

    /** An enum constant by exact name (case-insensitive); null stays null; else a 400 listing the choices. */
    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String messageKey) {
        return Choices.parse(type, value, field, messageKey);
    }

    static <T> T body(T body) {
        if (body == null) {
            throw DomainException.invalid(null, "cg.error.body.required");
        }
        return body;
    }

    private static Integer integer(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, messageKey, PageRequest.MAX_LIMIT);
        }
    }
}
