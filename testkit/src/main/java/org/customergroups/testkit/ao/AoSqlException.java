package org.customergroups.testkit.ao;

import java.sql.SQLException;

/** Unchecked wrapper for AO's SQLExceptions, as Jira's ActiveObjects service reports them. */
public final class AoSqlException extends RuntimeException {

    public AoSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException getSqlException() {
        return (SQLException) getCause();
    }
}
