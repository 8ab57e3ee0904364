package org.customergroups.jira;

import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.jira.exception.PermissionException;
import org.customergroups.domain.DomainException;

/**
 * Runs one call into Jira and translates what it throws, so that no Jira or Crowd exception type leaves jira/:
 * a refusal by the user directory (read-only, e.g. LDAP or Crowd without write access) becomes a CONFLICT
 * {@link DomainException}; anything else Jira throws becomes an {@link IllegalStateException} (a server error; the
 * Jira exception is kept as the cause for the log). Domain exceptions pass through unchanged.
 */
final class JiraCalls {

    static final String READ_ONLY_DIRECTORY = "cg.error.jira.directory.read.only";

    /** A call into Jira; may throw Jira's checked exceptions. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    /** A call into Jira that returns nothing. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private JiraCalls() {
    }

    /** {@code what} names the operation for the log, in English (never shown to users). */
    static <T> T call(String what, Call<T> call) {
        try {
            return call.call();
        } catch (DomainException e) {
            throw e;
        } catch (OperationNotPermittedException | PermissionException e) {
            throw DomainException.conflict(READ_ONLY_DIRECTORY);
        } catch (Exception e) {
            throw new IllegalStateException("Jira failed to " + what + ": " + e, e);
        }
    }

    static void run(String what, Action action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }
}
