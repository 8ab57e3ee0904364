package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.AuditQuery;
import org.customergroups.domain.Choices;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.AuditStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Issues;
import org.customergroups.port.Permissions;
import org.customergroups.port.Projects;
import org.customergroups.port.SettingsStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reading the audit trail (pages and CSV export), and its retention setting. Who may read depends on the filter:
 * <ul>
 *   <li>{@code issue=} — those who may edit the issue (its agents; 404 for an issue they cannot see, 403 when they
 *       can only browse it);</li>
 *   <li>{@code group=} — those who may see the group (its view policy);</li>
 *   <li>without either — Jira administrators only.</li>
 * </ul>
 * Jira administrators pass every check (an issue filter still needs an existing issue). The permission is checked
 * before the other filters are, and every refusal happens before an export starts writing.
 */
public final class AuditService {

    /** The {@link SettingsStore} name of the retention in days (0 = keep forever). */
    public static final String RETENTION_SETTING = "audit.retentionDays";
    /** Entries read per store call while exporting (keyset paging; memory stays bounded). */
    static final int EXPORT_CHUNK = 500;
    static final String CSV_HEADER = "time,actor,action,cause,project,issue,group,user,before,after";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final AuditStore store;
    private final AuditTrail audit;
    private final SettingsStore settings;
    private final CustomerGroupStore groups;
    private final Issues issues;
    private final Projects projects;
    private final Directory directory;
    private final Permissions permissions;
    private final GroupAccess access;
    private final Clock clock;

    public AuditService(AuditStore store, AuditTrail audit, SettingsStore settings, CustomerGroupStore groups,
                        Issues issues, Projects projects, Directory directory, Permissions permissions,
                        GroupAccess access, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.settings = settings;
        this.groups = groups;
        this.issues = issues;
        this.projects = projects;
        this.directory = directory;
        this.permissions = permissions;
        this.access = access;
        this.clock = clock;
    }

    /** The entries matching the filter, newest first. */
    public Page<AuditView> find(String actor, AuditFilter filter, PageRequest page) {
        AuditQuery query = permittedQuery(actor, filter);
        return store.find(query, page).map(new Names()::view);
    }

    /** The entries matching the filter as CSV ({@link #prepareExport}, then written to {@code out}). */
    public void export(String actor, AuditFilter filter, Writer out) {
        AuditExport export = prepareExport(actor, filter);
        try {
            export.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the actor and the filter now (refusing as {@link #find} does); the returned export writes the CSV:
     * columns {@value #CSV_HEADER}, newest first, users by username, cells that a spreadsheet would run as a
     * formula prefixed with {@code '}.
     */
    public AuditExport prepareExport(String actor, AuditFilter filter) {
        AuditQuery query = permittedQuery(actor, filter);
        return out -> {
            out.write(CSV_HEADER);
            out.write("\r\n");
            long beforeId = Long.MAX_VALUE;
            while (true) {
                List<AuditEntry> chunk = store.chunk(query, beforeId, EXPORT_CHUNK);
                Names names = new Names(); // per chunk, so that a long export does not hold every name
                for (AuditEntry e : chunk) {
                    out.write(Csv.row(names.csvCells(e)));
                    beforeId = Math.min(beforeId, e.id());
                }
                if (chunk.size() < EXPORT_CHUNK) {
                    break;
                }
            }
            out.flush();
        };
    }

    /** The retention setting. Jira administrators only. */
    public AuditSettings settings(String actor) {
        requireSettingsAdmin(actor);
        return current();
    }

    /**
     * Sets the retention (0 = keep forever, else 1–{@value AuditSettings#MAX_RETENTION_DAYS} days); a change is
     * recorded as SETTINGS_CHANGED. Jira administrators only. Entries older than the new retention go at the next
     * daily purge.
     */
    public AuditSettings updateSettings(String actor, int retentionDays) {
        requireSettingsAdmin(actor);
        if (retentionDays < 0 || retentionDays > AuditSettings.MAX_RETENTION_DAYS) {
            throw DomainException.invalid("retentionDays", "cg.error.audit.retention.invalid",
                    AuditSettings.MAX_RETENTION_DAYS);
        }
        AuditSettings before = current();
        if (before.retentionDays() != retentionDays) {
            settings.put(RETENTION_SETTING, String.valueOf(retentionDays));
            audit.record(AuditEntry.of(AuditAction.SETTINGS_CHANGED, AuditCause.MANUAL, actor, clock.instant())
                    .change(RETENTION_SETTING + ": " + before.retentionDays(),
                            RETENTION_SETTING + ": " + retentionDays)
                    .build());
        }
        return new AuditSettings(retentionDays);
    }

    /** Deletes entries older than the retention (none when it is 0); returns how many. Called by the daily job. */
    public int purgeExpired() {
        int days = current().retentionDays();
        if (days <= AuditSettings.KEEP_FOREVER) {
            return 0;
        }
        return store.purgeBefore(clock.instant().minus(Duration.ofDays(days)));
    }

    private AuditSettings current() {
        Optional<String> stored = settings.get(RETENTION_SETTING);
        try {
            int days = stored.map(s -> Integer.parseInt(s.strip())).orElse(AuditSettings.KEEP_FOREVER);
            // A value out of range (edited in the database) is ignored rather than purging everything.
            return new AuditSettings(days < 0 || days > AuditSettings.MAX_RETENTION_DAYS
                    ? AuditSettings.KEEP_FOREVER : days);
        } catch (NumberFormatException e) {
            return new AuditSettings(AuditSettings.KEEP_FOREVER);
        }
    }

    private void requireSettingsAdmin(String actor) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        access.requireJiraAdmin(actor, "cg.error.audit.settings.forbidden");
    }

    /** The store query of the filter, once the actor may read what it selects (permission first, then the rest). */
    private AuditQuery permittedQuery(String actor, AuditFilter filter) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        AuditFilter f = filter == null ? AuditFilter.none() : filter;
        String issueKey = blankToNull(f.issueKey());
        String groupText = blankToNull(f.groupId());
        Long issueId = issueKey == null ? null : readableIssue(actor, issueKey).id();
        Long groupId = null;
        if (groupText != null) {
            CustomerGroup group = Lookups.group(groups, groupId(groupText));
            access.requireView(actor, group);
            groupId = group.id();
        }
        if (issueId == null && groupId == null) {
            access.requireJiraAdmin(actor, "cg.error.audit.admin.required");
        }
        String username = blankToNull(f.username());
        String userKey = username == null ? null : Lookups.user(directory, username).key();
        String projectKey = blankToNull(f.projectKey());
        Long projectId = projectKey == null ? null : Lookups.project(projects, projectKey).id();
        AuditAction action = Choices.parse(AuditAction.class, blankToNull(f.action()), "action",
                "cg.error.audit.action.invalid");
        LocalDate from = day("from", blankToNull(f.from()));
        LocalDate to = day("to", blankToNull(f.to()));
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.invalid("from", "cg.error.audit.date.range");
        }
        return new AuditQuery(projectId, issueId, groupId, userKey, action,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                // "to" names a whole day: the query's end is exclusive, so it is the start of the next day.
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private IssueRef readableIssue(String actor, String issueKey) {
        if (permissions.isJiraAdmin(actor)) {
            return issues.byKey(issueKey)
                    .orElseThrow(() -> DomainException.notFound("cg.error.share.issue.not.found", issueKey));
        }
        IssueRef issue = Lookups.issue(issues, permissions, actor, issueKey);
        if (!permissions.canEditIssue(actor, issue.id())) {
            throw DomainException.forbidden("cg.error.audit.issue.forbidden", issue.key());
        }
        return issue;
    }

    private static long groupId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("group", "cg.error.audit.group.invalid", text);
        }
    }

    private static LocalDate day(String field, String text) {
        if (text == null) {
            return null;
        }
        // Four-digit years only: ISO also takes "+999999999-12-31", whose next day or java.util.Date overflows.
        if (!DAY.matcher(text).matches()) {
            throw DomainException.invalid(field, "cg.error.audit.date.invalid", field, text);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "cg.error.audit.date.invalid", field, text);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Current names of the users, issues and projects entries refer to, each looked up once. */
    private final class Names {
        private final Map<String, Optional<UserSummary>> users = new HashMap<>();
        private final Map<Long, Optional<String>> issueKeys = new HashMap<>();
        private final Map<Long, Optional<String>> projectKeys = new HashMap<>();

        AuditView view(AuditEntry e) {
            return new AuditView(e, user(e.actorKey()), user(e.userKey()), issueKey(e.issueId()),
                    projectKey(e.projectId()));
        }

        List<String> csvCells(AuditEntry e) {
            AuditView v = view(e);
            return Arrays.asList(e.at().toString(), username(v.actor(), e.actorKey()), e.action().name(),
                    e.cause().name(), orId(v.projectKey(), e.projectId()), orId(v.issueKey(), e.issueId()),
                    e.groupName() != null ? e.groupName() : e.groupId() == null ? null : String.valueOf(e.groupId()),
                    username(v.user(), e.userKey()), e.before(), e.after());
        }

        private UserSummary user(String key) {
            return key == null ? null : users.computeIfAbsent(key, directory::userByKey).orElse(null);
        }

        private String issueKey(Long id) {
            return id == null ? null : issueKeys.computeIfAbsent(id, i -> issues.byId(i).map(IssueRef::key))
                    .orElse(null);
        }

        private String projectKey(Long id) {
            return id == null ? null : projectKeys.computeIfAbsent(id, p -> projects.byId(p).map(ProjectRef::key))
                    .orElse(null);
        }

        private static String username(UserSummary user, String key) {
            return user != null ? user.username() : key;
        }

        private static String orId(String key, Long id) {
            return key != null ? key : id == null ? null : String.valueOf(id);
        }
    }

    /** RFC 4180 cells, safe to open in a spreadsheet. */
    static final class Csv {

        private Csv() {
        }

        static String row(List<String> cells) {
            return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
        }

        /**
         * A cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return that
         * some strip first) gets a leading {@code '}; a cell with a comma, quote or line break is quoted.
         */
        static String cell(String value) {
            if (value == null || value.isEmpty()) {
                return "";
            }
            String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                return '"' + v.replace("\"", "\"\"") + '"';
            }
            return v;
        }
    }
}
