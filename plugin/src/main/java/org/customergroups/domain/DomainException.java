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
    private final List<DomainException> problems;

    private DomainException(ProblemKind kind, String field, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.field = field;
        this.problems = List.of();
    }

    private DomainException(List<DomainException> problems) {
        super("invalid input " + problems.stream().map(Throwable::getMessage).toList());
        DomainException first = problems.get(0);
        this.kind = ProblemKind.INVALID;
        this.messageKey = first.messageKey;
        this.arguments = first.arguments;
        this.field = first.field;
        this.problems = List.copyOf(problems);
    }

    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return new DomainException(ProblemKind.INVALID, field, messageKey, arguments);
    }

    /**
     * Several invalid fields at once (a form lists every problem, not only the first): the exception reads as the
     * first problem, and {@link #problems()} names them all. One problem is returned as it is.
     */
    public static DomainException invalidAll(List<DomainException> problems) {
        if (problems.isEmpty() || problems.stream().anyMatch(p -> p.kind != ProblemKind.INVALID)) {
            throw new IllegalArgumentException("invalid problems only, at least one: " + problems);
        }
        return problems.size() == 1 ? problems.get(0) : new DomainException(problems);
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

    /** Each problem of an {@link #invalidAll} with more than one; empty for every other exception. */
    public List<DomainException> problems() {
        return problems;
    }

    /** The request field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }
}
