package org.customergroups.service;

import org.customergroups.domain.DomainException;
import org.customergroups.domain.ProblemKind;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Asserts that a call refuses with a given kind, message key and field (service, store and jira tests). */
public final class Problems {

    private Problems() {
    }

    public static DomainException assertProblem(ProblemKind kind, String key, Executable call) {
        DomainException e = assertThrows(DomainException.class, call);
        assertEquals(kind, e.kind(), () -> "kind of " + e.getMessage());
        assertEquals(key, e.messageKey());
        return e;
    }

    public static DomainException assertInvalid(String field, String key, Executable call) {
        DomainException e = assertProblem(ProblemKind.INVALID, key, call);
        assertEquals(field, e.field());
        return e;
    }
}
