package org.customergroups.sandbox.host;

import org.customergroups.domain.IssueRef;
import org.customergroups.port.Issues;

import java.util.Locale;
import java.util.Optional;

/**
 * The plugin's {@link Issues} port over the sandbox's ticket table, as JiraIssues is over Jira's
 * IssueManager: an issue's id is its row id, its project id the project's row id, and the reporter's
 * key is the username (sandbox users are never renamed). Keys are stored in upper case, so a key is
 * matched ignoring case by upper-casing it (and the unique key index still serves the look-up).
 */
public final class SandboxIssues implements Issues {

    private static final String SELECT = "SELECT i.\"ID\", i.\"ISSUE_KEY\", p.\"ID\", p.\"PROJECT_KEY\", i.\"REPORTER\""
            + " FROM {ISSUE} i JOIN {PROJECT} p ON p.\"PROJECT_KEY\" = i.\"PROJECT_KEY\"";

    private final HostSql sql;

    public SandboxIssues(HostSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<IssueRef> byKey(String key) {
        if (HostSql.isBlank(key)) {
            return Optional.empty();
        }
        return one(SELECT + " WHERE i.\"ISSUE_KEY\" = ?", key.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        return one(SELECT + " WHERE i.\"ID\" = ?", id);
    }

    @Override
    public Optional<String> summaryOf(long id) {
        return sql.list("SELECT i.\"SUMMARY\" FROM {ISSUE} i WHERE i.\"ID\" = ?", rs -> rs.getString(1), id)
                .stream().findFirst();
    }

    private Optional<IssueRef> one(String statement, Object param) {
        return sql.list(statement, rs -> new IssueRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(5)), param).stream().findFirst();
    }
}
