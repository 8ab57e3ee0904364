package org.customergroups.service.fakes;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.UserSummary;

/**
 * The sandbox's demo world as host fakes: admin (Jira admin), agent (agent of HELP), lead (admin of HELP),
 * sales (admin of SALES), staff (licensed, no project role), reporters alice, bob (acme.example) and carol
 * (globex.example). User keys are "key-" + username, so tests notice a username used as a key.
 * Issues are added by {@link #issue}: the project's agents and admins may edit them, their reporter may browse them.
 */
public final class DemoHelpdesk {

    public static final String ADMIN = "key-admin";
    public static final String AGENT = "key-agent";
    public static final String LEAD = "key-lead";
    public static final String SALES_LEAD = "key-sales";
    public static final String STAFF = "key-staff";
    public static final String ALICE = "key-alice";

    public final FakeDirectory directory = new FakeDirectory();
    public final FakeUserProfiles userProfiles = new FakeUserProfiles(directory);
    public final FakeProjects projects = new FakeProjects();
    public final FakePermissions permissions = new FakePermissions();
    public final FakeIssues issues = new FakeIssues();
    public final RecordingIssueIndex index = new RecordingIssueIndex();
    public final FakePermissionSchemes schemes = new FakePermissionSchemes();
    public final ProjectRef help = projects.add(10000, "HELP", "Helpdesk");
    public final ProjectRef sales = projects.add(10001, "SALES", "Sales desk");

    public DemoHelpdesk() {
        directory.addUser("admin", "Ada Admin", "admin@example.com", AccountType.STANDARD);
        directory.addUser("agent", "Agnes Agent", "agent@example.com", AccountType.STANDARD);
        directory.addUser("lead", "Leo Lead", "lead@example.com", AccountType.STANDARD);
        directory.addUser("sales", "Sam Sales", "sales@example.com", AccountType.STANDARD);
        directory.addUser("staff", "Stef Staff", "staff@example.com", AccountType.STANDARD);
        directory.addUser("alice", "Alice Anders", "alice@acme.example", AccountType.REPORTER);
        directory.addUser("bob", "Bob Brown", "bob@acme.example", AccountType.REPORTER);
        directory.addUser("carol", "Carol Clark", "carol@globex.example", AccountType.REPORTER);
        directory.addJiraGroup("jira-administrators", "admin");
        directory.addJiraGroup("jira-software-users", "admin", "agent", "lead", "sales", "staff");
        permissions.jiraAdmin(ADMIN)
                .agent(AGENT, help.id())
                .projectAdmin(LEAD, help.id())
                .projectAdmin(SALES_LEAD, sales.id())
                .licensed(STAFF);
    }

    /** An issue of {@code project} reported by {@code reporterUsername} (null: no reporter). */
    public IssueRef issue(long id, String key, ProjectRef project, String reporterUsername) {
        UserSummary reporter = reporterUsername == null ? null : directory.userByName(reporterUsername).orElseThrow();
        IssueRef issue = issues.put(new IssueRef(id, key, project.id(), project.key(),
                reporter == null ? null : reporter.key(), reporter == null ? null : reporter.username()));
        permissions.issue(id, project.id(), issue.reporterKey());
        return issue;
    }
}
