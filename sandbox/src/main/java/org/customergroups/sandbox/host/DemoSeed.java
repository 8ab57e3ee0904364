package org.customergroups.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.RequestForm;
import org.customergroups.port.Directory;
import org.customergroups.port.FormStore;
import org.customergroups.port.Projects;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo helpdesk, written once into an empty host database (in one transaction, so a failed
 * start never leaves half a seed that would stop the next one).
 */
public final class DemoSeed {

    private record Ticket(String reporter, String summary, String description, String status) {
    }

    private static final List<Ticket> HELP_TICKETS = List.of(
            new Ticket("alice", "Cannot log in to the customer portal after a password reset",
                    "Since resetting my password this morning the portal says my credentials are invalid.", "Open"),
            new Ticket("alice", "March invoice shows the wrong VAT rate",
                    "Invoice INV-2031 applies 19% VAT; our contract says 7%. Please send a corrected invoice.",
                    "In Progress"),
            new Ticket("alice", "CSV export drops accented characters",
                    "Names like Zoë and José come out as Zo? and Jos? in the monthly export.", "Done"),
            new Ticket("bob", "Please add two seats to the Acme subscription",
                    "Two new colleagues start on Monday; they need access to the reporting module too.", "Open"),
            new Ticket("bob", "Notification emails arrive twice",
                    "Every status change on our tickets sends two identical emails to the whole team.", "Done"),
            new Ticket("carol", "API returns 502 for uploads over 10 MB",
                    "POST /files fails with 502 Bad Gateway for anything above 10 MB; smaller files work.",
                    "In Progress"),
            new Ticket("carol", "How do we rotate our API token?",
                    "Our security policy asks us to rotate tokens every 90 days. What are the steps?", "Open"));

    private final ActiveObjects ao;
    private final HostDirectory directory;
    private final HostProjects projects;

    public DemoSeed(ActiveObjects ao) {
        this.ao = ao;
        this.directory = new HostDirectory(ao);
        this.projects = new HostProjects(ao);
    }

    /** Seeds an empty database; returns false (and changes nothing) when users already exist. */
    public boolean seedIfEmpty(Instant now) {
        return ao.executeInTransaction(() -> {
            if (directory.countUsers() > 0) {
                return false;
            }
            seedUsers();
            seedProjects(now);
            return true;
        });
    }

    /**
     * The plugin's part of the demo, written after the first start's host seed: HELP's request form, switched ON
     * with the Customer Group block (a form that was never saved is off), as HELP's lead would save it on the
     * Forms tab. SALES keeps no form, so its form address answers as for an unknown project.
     */
    public static void seedPluginDemo(FormStore forms, Projects projects, Directory directory, Instant now) {
        long help = projects.byKey("HELP").orElseThrow().id();
        String lead = directory.userByName("lead").orElseThrow().key();
        forms.put(new RequestForm(help, true, "Contact Customer Support",
                "Tell us what happened and what you expected. We answer within one working day.", true,
                new GroupBlock(true, "Share with my team",
                        "Colleagues in the chosen customer group can follow the request.", false, false),
                lead, now));
    }

    private void seedUsers() {
        directory.createUser(new HostUser("admin", "Ada Admin", "admin@sandbox.example", true, true));
        directory.createUser(new HostUser("agent", "Sam Agent", "agent@sandbox.example", false, true));
        directory.createUser(new HostUser("lead", "Lee Lead", "lead@sandbox.example", false, true));
        directory.createUser(new HostUser("alice", "Alice Archer", "alice@acme.example", false, false));
        directory.createUser(new HostUser("bob", "Bob Baker", "bob@acme.example", false, false));
        directory.createUser(new HostUser("carol", "Carol Chen", "carol@globex.example", false, false));
        directory.createGroup("jira-administrators");
        directory.addMember("jira-administrators", "admin");
        directory.createGroup("jira-software-users");
        for (String user : List.of("admin", "agent", "lead")) {
            directory.addMember("jira-software-users", user);
        }
    }

    private void seedProjects(Instant now) {
        projects.createProject(new HostProject("HELP", "Customer Support", "lead"));
        projects.createProject(new HostProject("SALES", "Sales Requests", "admin"));
        projects.assignRole(new RoleAssignment("HELP", "lead", ProjectRole.ADMIN));
        projects.assignRole(new RoleAssignment("HELP", "agent", ProjectRole.AGENT));
        Instant created = now.minus(Duration.ofDays(HELP_TICKETS.size()));
        int number = 1;
        for (Ticket t : HELP_TICKETS) {
            Instant updated = "Open".equals(t.status()) ? created : created.plus(Duration.ofHours(5));
            HostIssue issue = projects.createIssue(new HostIssue(0, "HELP-" + number++, "HELP", t.summary(),
                    t.description(), t.reporter(), t.status(), created, updated));
            if (issue.key().equals("HELP-1")) {
                // One attachment for the portal's read-only list.
                new HostAttachments(ao).attach(issue.id(), "portal-error.png", 48_213, "image/png", t.reporter(),
                        created);
            }
            created = created.plus(Duration.ofDays(1));
        }
    }
}
