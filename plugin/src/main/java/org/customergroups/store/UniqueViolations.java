package org.customergroups.store;

import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * Telling "someone else inserted the same key just before us" apart from other insert failures.
 * Stores check before they insert, but two requests (or two cluster nodes) can both pass the check;
 * the database's unique constraint then refuses the second insert.
 */
final class UniqueViolations {

    private UniqueViolations() {
    }

    /**
     * Whether {@code failure} came from losing such a race: the row we wanted to insert is now there
     * ({@code nowPresent}), or the database reported a unique-key violation (SQLSTATE 23505 on
     * PostgreSQL and H2, 23000 on MySQL, Oracle and SQL Server). The second test matters when the
     * re-check cannot see the winner (its transaction has not committed yet) or cannot run at all
     * (a PostgreSQL transaction the caller opened is aborted after the error).
     */
    static boolean lostRace(RuntimeException failure, BooleanSupplier nowPresent) {
        try {
            if (nowPresent.getAsBoolean()) {
                return true;
            }
        } catch (RuntimeException recheckFailed) {
            failure.addSuppressed(recheckFailed);
        }
        return isUniqueViolation(failure);
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("23505".equals(s.getSQLState()) || "23000".equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
