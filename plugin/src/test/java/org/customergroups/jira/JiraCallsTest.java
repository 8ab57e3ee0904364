package org.customergroups.jira;

import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.jira.exception.PermissionException;
import com.atlassian.jira.exception.RemoveException;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.ProblemKind;
import org.junit.jupiter.api.Test;

import static org.customergroups.service.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JiraCallsTest {

    @Test
    void returnsWhatJiraReturns() {
        assertEquals("x", JiraCalls.call("read", () -> "x"));
    }

    @Test
    void domainExceptionsPassThrough() {
        DomainException refused = DomainException.notFound("cg.error.jira.user.not.found", "bob");
        assertSame(refused, assertThrows(DomainException.class, () -> JiraCalls.call("read", () -> {
            throw refused;
        })));
    }

    @Test
    void aDirectoryRefusalIsAConflict() {
        for (Exception refusal : new Exception[] {new OperationNotPermittedException("ldap"),
                new PermissionException("ldap")}) {
            assertProblem(ProblemKind.CONFLICT, JiraCalls.READ_ONLY_DIRECTORY, () -> JiraCalls.run("write", () -> {
                throw refusal;
            }));
        }
    }

    @Test
    void anyOtherFailureIsAnIllegalStateThatKeepsTheCause() {
        RemoveException checked = new RemoveException("db");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JiraCalls.run("remove", () -> {
            throw checked;
        }));
        assertSame(checked, e.getCause());
        assertTrue(e.getMessage().startsWith("Jira failed to remove"));

        IllegalArgumentException unchecked = new IllegalArgumentException("bad");
        assertSame(unchecked, assertThrows(IllegalStateException.class, () -> JiraCalls.call("read", () -> {
            throw unchecked;
        })).getCause());
    }
}
