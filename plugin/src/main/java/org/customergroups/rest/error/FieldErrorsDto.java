package org.customergroups.rest.error;

import java.util.List;

/**
 * The error shape when several fields are invalid at once (a request form): {@link ErrorDto}'s three fields, which
 * name the first problem, plus {@code errors}, one {@code {field, message}} per problem. Single problems keep the
 * plain three-field shape.
 */
public record FieldErrorsDto(int status, String message, String field, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
