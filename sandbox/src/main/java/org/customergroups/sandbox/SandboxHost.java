package org.customergroups.sandbox;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.jira.web.FieldVisibilityManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.port.HostInfo;
import org.customergroups.sandbox.host.BundleI18nResolver;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.sandbox.host.CustomerAdminsField;
import org.customergroups.sandbox.host.CustomerGroupsField;
import org.customergroups.sandbox.host.HostAttachments;
import org.customergroups.sandbox.host.HostEvents;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostProjects;
import org.customergroups.sandbox.host.HostSql;
import org.customergroups.sandbox.host.SandboxApplicationProperties;
import org.customergroups.sandbox.host.SandboxAuthenticator;
import org.customergroups.sandbox.host.SandboxDirectory;
import org.customergroups.sandbox.host.SandboxPermissions;
import org.customergroups.sandbox.host.SandboxProjects;
import org.customergroups.sandbox.host.SandboxHostInfo;
import org.customergroups.sandbox.host.SandboxIssueIndex;
import org.customergroups.sandbox.host.SandboxIssues;
import org.customergroups.sandbox.host.SandboxPermissionSchemes;
import org.customergroups.sandbox.host.SandboxLinks;
import org.customergroups.sandbox.host.SandboxLoginUriProvider;
import org.customergroups.sandbox.host.SandboxOutbox;
import org.customergroups.sandbox.host.SandboxUserManager;
import org.customergroups.sandbox.host.SandboxUserProfiles;
import org.customergroups.sandbox.host.SandboxRequests;
import org.customergroups.sandbox.host.RequestIndex;
import org.customergroups.sandbox.host.VelocityTemplateRenderer;
import org.customergroups.sandbox.host.WebResourceTags;
import org.customergroups.sandbox.host.jira.JiraObjects;
import org.customergroups.sandbox.host.jira.SandboxFieldVisibilityManager;
import org.customergroups.sandbox.plugin.PluginDescriptor;

import java.time.Clock;

/**
 * What Jira would provide: the host's data (directory, projects, issues, comments), the request's
 * user, the services the plugin imports as OSGi references, the sandbox's implementations of the
 * plugin's host ports (Directory, Projects, Permissions, Issues, IssueIndex, PermissionSchemes,
 * MailOutbox, Links, UserProfiles, Requests) standing in for its Jira adapters, all over the sandbox's own tables, the Customer Groups field
 * and the events Jira would fire into the plugin. The field and the events reach the plugin's own
 * classes, so they are bound once the plugin's components exist ({@link SandboxComponents}).
 */
public record SandboxHost(String contextPath, PluginDescriptor plugin, CurrentUser currentUser,
                          HostDirectory directory, HostProjects projects, SandboxAuthenticator authenticator,
                          UserManager userManager, LoginUriProvider loginUriProvider, BundleI18nResolver i18n,
                          ApplicationProperties applicationProperties, TemplateRenderer templateRenderer,
                          HostInfo hostInfo, SandboxDirectory sandboxDirectory, SandboxProjects sandboxProjects,
                          SandboxPermissions sandboxPermissions, SandboxIssues sandboxIssues,
                          SandboxIssueIndex issueIndex, SandboxPermissionSchemes permissionSchemes,
                          FieldVisibilityManager fieldVisibilityManager, JiraObjects jira,
                          CustomerGroupsField customerGroupsField, HostEvents events, SandboxOutbox outbox,
                          SandboxLinks links, SandboxUserProfiles userProfiles,
                          SandboxRequests requests, RequestIndex requestIndex, HostAttachments attachments,
                          CustomerAdminsField customerAdminsField) {

    public static SandboxHost create(SandboxDatabases databases, PluginDescriptor plugin, String contextPath,
                                     String baseUrl) {
        CurrentUser currentUser = new CurrentUser();
        HostDirectory directory = new HostDirectory(databases.hostActiveObjects());
        HostProjects projects = new HostProjects(databases.hostActiveObjects());
        HostSql sql = databases.hostSql();
        HostEvents events = new HostEvents(currentUser);
        SandboxProjects sandboxProjects = new SandboxProjects(sql);
        JiraObjects jira = new JiraObjects(directory, projects, sandboxProjects);
        CustomerGroupsField field = new CustomerGroupsField(plugin, jira);
        CustomerAdminsField adminsField = new CustomerAdminsField(plugin, jira);
        // The portal's search reads the field from the index rows; the plugin's reindex requests rewrite them.
        RequestIndex requestIndex = new RequestIndex(sql, field::groupsOf);
        HostAttachments attachments = new HostAttachments(databases.hostActiveObjects());
        SandboxIssues sandboxIssues = new SandboxIssues(sql);
        if (plugin.i18nBundles().isEmpty()) {
            throw new IllegalStateException("The plugin descriptor names no i18n resource");
        }
        ApplicationProperties application = new SandboxApplicationProperties(plugin.version(), contextPath, baseUrl);
        TemplateRenderer renderer = new VelocityTemplateRenderer(VelocityTemplateRenderer.classpathEngine(),
                () -> new WebResourceTags(plugin, contextPath));
        return new SandboxHost(contextPath, plugin, currentUser, directory, projects,
                new SandboxAuthenticator(directory),
                new SandboxUserManager(directory, currentUser),
                new SandboxLoginUriProvider(contextPath),
                BundleI18nResolver.forBundle(plugin.i18nBundles().get(0)),
                application, renderer,
                new SandboxHostInfo(application, databases.productName()),
                new SandboxDirectory(databases.hostActiveObjects(), sql, events), sandboxProjects,
                new SandboxPermissions(sql, field::groupsOf, adminsField::usersOf), sandboxIssues, new SandboxIssueIndex(requestIndex),
                new SandboxPermissionSchemes(field, adminsField), new SandboxFieldVisibilityManager(), jira, field, events,
                new SandboxOutbox(databases.hostActiveObjects(), sql, Clock.systemUTC()), new SandboxLinks(baseUrl),
                new SandboxUserProfiles(databases.hostActiveObjects(), sql),
                new SandboxRequests(projects, directory, attachments, sandboxProjects, sandboxIssues, requestIndex,
                        events, sql, sandboxText(), Clock.systemUTC()),
                requestIndex, attachments, adminsField);
    }

    /** The sandbox's own strings (its pages and messages), separate from the plugin's bundle. */
    public static I18nResolver sandboxText() {
        return BundleI18nResolver.forBundle("sandbox-i18n/sandbox");
    }
}
