package org.customergroups.domain;

import java.util.List;

/**
 * A use case refused a request. Carries an i18n message key and its arguments (never a
 * pre-rendered sentence, so each edge renders it in the user's language) and, for invalid input,
 * the name of the offending field.
 */
public final class DomainException extends RuntimeException {

    private final ProblemKind kind;
    private final String messageKey;
    private final List<Object> arguments;
    private final String field;

    private DomainException(ProblemKind kind, String field, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.field = field;
    }

    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return new DomainException(ProblemKind.INVALID, field, messageKey, arguments);
    }

    public static DomainException notAuthenticated() {
        return new DomainException(ProblemKind.NOT_AUTHENTICATED, null, "cg.error.not.authenticated");
    }

    public static DomainException forbidden(String messageKey, Object... arguments) {
        return new DomainException(ProblemKind.FORBIDDEN, null, messageKey, arguments);
    }

    public static DomainException notFound(String messageKey, Object... arguments) {
        return new DomainException(ProblemKind.NOT_FOUND, null, messageKey, arguments);
    }

    public static DomainException conflict(String messageKey, Object... arguments) {
        return new DomainException(ProblemKind.CONFLICT, null, messageKey, arguments);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The request field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }
}
