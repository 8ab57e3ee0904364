package org.customergroups.sandbox;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.port.HostInfo;
import org.customergroups.sandbox.host.BundleI18nResolver;
import org.customergroups.sandbox.host.CurrentUser;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostProjects;
import org.customergroups.sandbox.host.HostSql;
import org.customergroups.sandbox.host.SandboxApplicationProperties;
import org.customergroups.sandbox.host.SandboxAuthenticator;
import org.customergroups.sandbox.host.SandboxDirectory;
import org.customergroups.sandbox.host.SandboxPermissions;
import org.customergroups.sandbox.host.SandboxProjects;
import org.customergroups.sandbox.host.SandboxHostInfo;
import org.customergroups.sandbox.host.SandboxLoginUriProvider;
import org.customergroups.sandbox.host.SandboxUserManager;
import org.customergroups.sandbox.host.VelocityTemplateRenderer;
import org.customergroups.sandbox.host.WebResourceTags;
import org.customergroups.sandbox.plugin.PluginDescriptor;

/**
 * What Jira would provide: the host's data (directory, projects), the request's user, the
 * services the plugin imports as OSGi references, and the sandbox's implementations of the
 * plugin's host ports (Directory, Projects, Permissions) standing in for its Jira adapters, all
 * over the sandbox's own tables.
 */
public record SandboxHost(String contextPath, PluginDescriptor plugin, CurrentUser currentUser,
                          HostDirectory directory, HostProjects projects, SandboxAuthenticator authenticator,
                          UserManager userManager, LoginUriProvider loginUriProvider, BundleI18nResolver i18n,
                          ApplicationProperties applicationProperties, TemplateRenderer templateRenderer,
                          HostInfo hostInfo, SandboxDirectory sandboxDirectory, SandboxProjects sandboxProjects,
                          SandboxPermissions sandboxPermissions) {

    public static SandboxHost create(SandboxDatabases databases, PluginDescriptor plugin, String contextPath,
                                     String baseUrl) {
        CurrentUser currentUser = new CurrentUser();
        HostDirectory directory = new HostDirectory(databases.hostActiveObjects());
        HostProjects projects = new HostProjects(databases.hostActiveObjects());
        HostSql sql = databases.hostSql();
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
                new SandboxDirectory(databases.hostActiveObjects(), sql), new SandboxProjects(sql),
                new SandboxPermissions(sql));
    }

    /** The sandbox's own strings (its pages and messages), separate from the plugin's bundle. */
    public static I18nResolver sandboxText() {
        return BundleI18nResolver.forBundle("sandbox-i18n/sandbox");
    }
}
