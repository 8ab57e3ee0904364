package org.customergroups.sandbox;

import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.sandbox.plugin.PluginDescriptor.RestModule;
import org.customergroups.sandbox.plugin.PluginDescriptor.ServletModule;
import org.customergroups.sandbox.rest.PluginRestApplication;
import org.customergroups.sandbox.rest.api.JiraRestApplication;
import org.customergroups.sandbox.web.AuthFilter;
import org.customergroups.sandbox.web.ClasspathFileServlet;
import org.customergroups.sandbox.web.DecoratorFilter;
import org.customergroups.sandbox.web.HomeServlet;
import org.customergroups.sandbox.web.IssuePage;
import org.customergroups.sandbox.web.JsI18nTransformer;
import org.customergroups.sandbox.web.LoginServlet;
import org.customergroups.sandbox.web.LogoutServlet;
import org.customergroups.sandbox.web.OutboxJsonServlet;
import org.customergroups.sandbox.web.OutboxServlet;
import org.customergroups.sandbox.web.ProfileServlet;
import org.customergroups.sandbox.web.PageRenderer;
import org.customergroups.sandbox.web.ProjectServlet;
import org.customergroups.sandbox.web.SignIn;
import org.customergroups.sandbox.web.WebPanels;
import org.customergroups.sandbox.web.WebResourceServlet;
import org.customergroups.sandbox.wiring.ConstructorInjector;
import org.customergroups.service.DigestService;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.servlet.ServletContainer;

import javax.servlet.DispatcherType;
import javax.servlet.Servlet;
import java.time.Clock;
import java.util.EnumSet;

/**
 * The {@code /jira} web application: the sandbox's own pages and files (home, login, projects and
 * issues, outbox, user profile), its subset of Jira's REST API, and the plugin's servlets, REST
 * modules and web resources at the paths Jira gives them.
 */
public final class SandboxWebApp {

    /** Where Jira mounts {@code <servlet>} modules. */
    static final String PLUGIN_SERVLETS = "/plugins/servlet";
    /** The plugin's admin audit page, linked from the header for Jira administrators. */
    static final String AUDIT_PATTERN = "/customer-groups/audit";
    /** The plugin's reporter portal, linked from the header and where reporters land after signing in. */
    static final String PORTAL_PATTERN = "/customer-groups/portal/*";

    private SandboxWebApp() {
    }

    public static ServletContextHandler create(SandboxHost host, SandboxComponents components) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(host.contextPath());
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.setErrorHandler(quietErrors());

        I18nResolver text = SandboxHost.sandboxText();
        context.addFilter(new FilterHolder(new AuthFilter(host.authenticator(), host.directory(),
                host.currentUser(), text)), "/*", EnumSet.of(DispatcherType.REQUEST));

        PageRenderer pages = new PageRenderer(host.templateRenderer(), text, host.currentUser(), host.contextPath(),
                auditPageUrl(host), portalPageUrl(host));
        context.addFilter(new FilterHolder(new DecoratorFilter(pages, host.contextPath())), PLUGIN_SERVLETS + "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new HomeServlet(host.directory(), host.projects(), host.sandboxProjects(),
                host.sandboxPermissions(), host.currentUser(), host.plugin(), pages)), "");
        context.addServlet(new ServletHolder(new LoginServlet(host.authenticator(), pages, portalPageUrl(host))), "/login.jsp");
        context.addServlet(new ServletHolder(new LogoutServlet()), "/logout");
        ConstructorInjector injector = new ConstructorInjector(components.registry());
        SignIn signIn = new SignIn(host.currentUser(), host.loginUriProvider());
        IssuePage issuePage = new IssuePage(host.projects(), host.directory(), host.sandboxPermissions(), host.jira(),
                host.customerGroupsField(), host.templateRenderer(), host.i18n(), host.plugin(), injector, pages);
        context.addServlet(new ServletHolder(new ProjectServlet(host.projects(), host.sandboxProjects(),
                host.sandboxPermissions(), signIn, pages, issuePage)), "/browse/*");
        context.addServlet(new ServletHolder(new ClasspathFileServlet("sandbox-static")), "/sandbox/*");
        // Exact paths win over /sandbox/*: the outbox page is no static file.
        context.addServlet(new ServletHolder(new OutboxServlet(host.outbox(), signIn, pages,
                () -> components.registry().get(DigestService.class).sendDigests())), OutboxServlet.PATH);
        context.addServlet(new ServletHolder(new OutboxJsonServlet(host.outbox(), host.directory(), host.currentUser(),
                text)), OutboxJsonServlet.PATH);
        context.addServlet(new ServletHolder(new ProfileServlet(host.directory(), signIn, host.jira(), pages,
                new WebPanels(ProfileServlet.profilePanels(host.plugin()), injector, host.templateRenderer(),
                        host.i18n()))), ProfileServlet.PATH);
        context.addServlet(new ServletHolder(new WebResourceServlet(host.plugin(), new JsI18nTransformer(host.i18n()))),
                "/download/resources/*");

        for (ServletModule module : host.plugin().servlets()) {
            ServletHolder holder = new ServletHolder(module.key(), (Servlet) injector.create(module.className()));
            for (String pattern : module.urlPatterns()) {
                context.addServlet(holder, PLUGIN_SERVLETS + pattern);
            }
        }
        context.addServlet(new ServletHolder("jira-rest-api", new ServletContainer(
                JiraRestApplication.build(host, text, Clock.systemUTC()))), JiraRestApplication.MOUNT + "/*");
        for (RestModule module : host.plugin().restModules()) {
            ServletHolder holder = new ServletHolder(module.key(),
                    new ServletContainer(PluginRestApplication.build(module, injector)));
            context.addServlet(holder, module.mountPath() + "/*");
        }
        return context;
    }

    /** The plugin's audit page (its servlet of url-pattern {@value #AUDIT_PATTERN}) for the header; empty without one. */
    static String auditPageUrl(SandboxHost host) {
        return host.plugin().servlets().stream()
                .anyMatch(s -> s.urlPatterns().contains(AUDIT_PATTERN))
                ? host.contextPath() + PLUGIN_SERVLETS + AUDIT_PATTERN : "";
    }

    /** The reporter portal's My requests page (its servlet of url-pattern {@value #PORTAL_PATTERN}); empty without one. */
    static String portalPageUrl(SandboxHost host) {
        return host.plugin().servlets().stream()
                .anyMatch(s -> s.urlPatterns().contains(PORTAL_PATTERN))
                ? host.contextPath() + PLUGIN_SERVLETS + PORTAL_PATTERN.replace("/*", "/requests") : "";
    }

    /** Error pages without stack traces or servlet names. */
    static ErrorHandler quietErrors() {
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        errors.setShowMessageInTitle(false);
        return errors;
    }
}
