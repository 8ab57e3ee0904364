package org.customergroups.sandbox.host;

import org.customergroups.sandbox.host.ao.HostIssueGroupEntity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The sandbox's stand-in for the Customer Groups field in Jira's issue index: the {@code ISSUE_GROUP}
 * table, one row per group name of an issue's field value, so that "requests shared with any of these
 * groups" is one SQL query (as JQL {@code "Customer Groups" in (...)} is one Lucene query in Jira). Like
 * Jira's index it is only as fresh as the last reindex: the plugin asks for one after every share change
 * ({@code IssueIndex.reindex}), the sandbox writes one when it creates an issue, and {@link #rebuild}
 * re-reads every issue at start (Jira's full reindex after a plugin is installed).
 */
public final class RequestIndex {

    private final HostSql sql;
    private final Function<Long, List<String>> fieldValue;

    /** {@code fieldValue}: the group names of an issue's Customer Groups field, as the plugin's field type reads them. */
    public RequestIndex(HostSql sql, Function<Long, List<String>> fieldValue) {
        this.sql = sql;
        this.fieldValue = fieldValue;
    }

    /** Re-reads the field value of each issue and replaces its rows. */
    public void reindex(Collection<Long> issueIds) {
        for (Long id : new LinkedHashSet<>(issueIds)) {
            write(id, fieldValue.apply(id));
        }
    }

    /** Every issue again (the sandbox has few). */
    public void rebuild() {
        reindex(sql.list("SELECT \"ID\" FROM {ISSUE} ORDER BY \"ID\"", rs -> rs.getLong(1)));
    }

    /** The indexed group names of the issue, lower case, sorted (tests). */
    public List<String> indexed(long issueId) {
        return sql.list("SELECT \"" + HostIssueGroupEntity.GROUP_LOWER + "\" FROM {ISSUE_GROUP} WHERE \""
                + HostIssueGroupEntity.ISSUE_ID + "\" = ? ORDER BY 1", rs -> rs.getString(1), issueId);
    }

    private void write(long issueId, List<String> names) {
        // Delete and insert without a transaction of their own: a reader between them sees the issue unshared
        // for a moment, as a Lucene reader can between Jira's delete and add of a document.
        sql.update("DELETE FROM {ISSUE_GROUP} WHERE \"" + HostIssueGroupEntity.ISSUE_ID + "\" = ?", issueId);
        Set<String> lower = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && lower.add(lower(name))) {
                sql.update("INSERT INTO {ISSUE_GROUP} (\"" + HostIssueGroupEntity.ISSUE_ID + "\", \""
                                + HostIssueGroupEntity.GROUP_NAME + "\", \"" + HostIssueGroupEntity.GROUP_LOWER
                                + "\") VALUES (?, ?, ?)", issueId, name, lower(name));
            }
        }
    }

    static String lower(String groupName) {
        return groupName.toLowerCase(Locale.ROOT);
    }
}
