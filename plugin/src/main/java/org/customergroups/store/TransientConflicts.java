package org.customergroups.store;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Retrying a unit of work that the database rolled back because it collided with a concurrent
 * transaction: SQLSTATE 40001 (serialization failure, or deadlock victim on H2, MySQL and SQL
 * Server) or 40P01 (deadlock on PostgreSQL). H2, for one, refuses the second
 * of two concurrent deletes of the same row this way ("Deadlock detected", 40001) where PostgreSQL
 * waits and then deletes nothing.
 *
 * <p>Only for work that is its own transaction (an auto-committed statement or one
 * {@code executeInTransaction}) and that reads before it writes, so that running it again gives the
 * answer it would have given after the other transaction: the database rolled all of it back. Store
 * methods are called outside any transaction of the caller's, which is the case for every service.
 */
final class TransientConflicts {

    static final int ATTEMPTS = 5;

    private TransientConflicts() {
    }

    static <T> T retry(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
