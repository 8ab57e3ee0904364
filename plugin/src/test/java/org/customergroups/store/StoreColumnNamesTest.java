package org.customergroups.store;

import org.customergroups.testkit.ao.AoDatabase;
import org.customergroups.testkit.ao.DatabaseConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin's column names, as AO creates them on H2 and (when CG_PG_URL is set) PostgreSQL, avoid words that one
 * of Jira's databases reserves: Jira also runs on SQL Server, Oracle and MySQL, where such a column breaks AO's SQL.
 */
class StoreColumnNamesTest {

    /** SQL Server's reserved keywords (T-SQL), and the ones the entities already avoid on Oracle, MySQL and H2. */
    private static final Set<String> RESERVED = Set.of(
            "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUTHORIZATION", "BACKUP", "BEGIN", "BETWEEN", "BREAK",
            "BROWSE", "BULK", "BY", "CASCADE", "CASE", "CHECK", "CHECKPOINT", "CLOSE", "CLUSTERED", "COALESCE",
            "COLLATE", "COLUMN", "COMMIT", "COMPUTE", "CONSTRAINT", "CONTAINS", "CONTAINSTABLE", "CONTINUE",
            "CONVERT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
            "CURRENT_USER", "CURSOR", "DATABASE", "DBCC", "DEALLOCATE", "DECLARE", "DEFAULT", "DELETE", "DENY",
            "DESC", "DISK", "DISTINCT", "DISTRIBUTED", "DOUBLE", "DROP", "DUMP", "ELSE", "END", "ERRLVL", "ESCAPE",
            "EXCEPT", "EXEC", "EXECUTE", "EXISTS", "EXIT", "EXTERNAL", "FETCH", "FILE", "FILLFACTOR", "FOR",
            "FOREIGN", "FREETEXT", "FREETEXTTABLE", "FROM", "FULL", "FUNCTION", "GOTO", "GRANT", "GROUP", "HAVING",
            "HOLDLOCK", "IDENTITY", "IDENTITY_INSERT", "IDENTITYCOL", "IF", "IN", "INDEX", "INNER", "INSERT",
            "INTERSECT", "INTO", "IS", "JOIN", "KEY", "KILL", "LEFT", "LIKE", "LINENO", "LOAD", "MERGE", "NATIONAL",
            "NOCHECK", "NONCLUSTERED", "NOT", "NULL", "NULLIF", "OF", "OFF", "OFFSETS", "ON", "OPEN",
            "OPENDATASOURCE", "OPENQUERY", "OPENROWSET", "OPENXML", "OPTION", "OR", "ORDER", "OUTER", "OVER",
            "PERCENT", "PIVOT", "PLAN", "PRECISION", "PRIMARY", "PRINT", "PROC", "PROCEDURE", "PUBLIC", "RAISERROR",
            "READ", "READTEXT", "RECONFIGURE", "REFERENCES", "REPLICATION", "RESTORE", "RESTRICT", "RETURN",
            "REVERT", "REVOKE", "RIGHT", "ROLLBACK", "ROWCOUNT", "ROWGUIDCOL", "RULE", "SAVE", "SCHEMA",
            "SECURITYAUDIT", "SELECT", "SESSION_USER", "SET", "SETUSER", "SHUTDOWN", "SOME", "STATISTICS",
            "SYSTEM_USER", "TABLE", "TABLESAMPLE", "TEXTSIZE", "THEN", "TO", "TOP", "TRAN", "TRANSACTION", "TRIGGER",
            "TRUNCATE", "TRY_CONVERT", "TSEQUAL", "UNION", "UNIQUE", "UNPIVOT", "UPDATE", "UPDATETEXT", "USE", "USER",
            "VALUES", "VARYING", "VIEW", "WAITFOR", "WHEN", "WHERE", "WHILE", "WITH", "WRITETEXT",
            // Oracle, MySQL, H2 (see the entities' javadoc)
            "BEFORE", "COMMENT", "MODE", "LEVEL", "SIZE", "VALUE", "ROW", "ROWS", "NUMBER", "DATE", "ACCESS", "UID");

    static List<DatabaseConfig> databases() {
        return StoreDatabases.configs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void noColumnIsAReservedWord(DatabaseConfig config) throws SQLException {
        try (AoDatabase db = StoreDatabases.openMigrated(config)) {
            List<String> columns = columns(db);
            assertTrue(columns.size() > 20, columns::toString); // really read the plugin's tables

            List<String> reserved = columns.stream()
                    .filter(c -> RESERVED.contains(c.substring(c.indexOf('.') + 1)))
                    .toList();

            assertEquals(List.of(), reserved);
            // A dynamic group's rule: not RULE (reserved on SQL Server).
            assertTrue(columns.stream().anyMatch(c -> c.endsWith("_CUSTOMER_GROUP.MEMBERSHIP_RULE")),
                    columns::toString);
        }
    }

    /** "TABLE.COLUMN" in upper case for every table of the plugin (its AO prefix). */
    private static List<String> columns(AoDatabase db) throws SQLException {
        String prefix = db.tablePrefix().toUpperCase(Locale.ROOT) + "_";
        Set<String> result = new TreeSet<>();
        try (Connection c = db.connection(); ResultSet rs = c.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (table.startsWith(prefix)) {
                    result.add(table + "." + rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return new ArrayList<>(result);
    }
}
