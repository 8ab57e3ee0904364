package org.customergroups.sandbox;

import org.customergroups.port.FormStore;
import org.customergroups.sandbox.host.DailyJobs;
import org.customergroups.sandbox.host.DemoSeed;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostProjects;
import org.customergroups.sandbox.host.SandboxDirectory;
import org.customergroups.sandbox.host.SandboxIssueIndex;
import org.customergroups.sandbox.host.SandboxIssues;
import org.customergroups.sandbox.host.SandboxProjects;
import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.plugin.PluginDescriptorReader;
import org.customergroups.sandbox.web.RootRedirectServlet;
import org.customergroups.service.AuditService;
import org.customergroups.service.DigestService;
import org.customergroups.service.ReconcileReport;
import org.customergroups.service.Reconciler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One running sandbox: the database (seeded on first start), the host services, the plugin's
 * components, their daily jobs and the Jetty server at {@code /jira}. {@link #start} returns the
 * port actually bound (port 0 picks a free one); {@link #close} stops Jetty and the daily jobs, then
 * the plugin's components, then closes the database.
 */
public final class Sandbox implements AutoCloseable {

    public static final String CONTEXT_PATH = "/jira";

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    private Server server;
    private SandboxDatabases databases;
    private SandboxHost host;
    private SandboxComponents components;
    private DailyJobs jobs;
    private int port;

    public synchronized int start(SandboxConfig config) {
        if (server != null) {
            throw new IllegalStateException("This sandbox is already started");
        }
        PluginDescriptor plugin = PluginDescriptorReader.fromClasspath(Sandbox.class.getClassLoader());
        databases = SandboxDatabases.open(config.database(), plugin.key());
        try {
            boolean seeded = new DemoSeed(databases.hostActiveObjects()).seedIfEmpty(Instant.now());
            if (seeded) {
                LOG.info("Seeded the demo helpdesk (users admin, agent, lead, alice, bob, carol; password = username)");
            }
            server = new Server();
            ServerConnector connector = connector(server, config);
            connector.open(); // bind now: the base URL needs the real port before the app is built
            port = connector.getLocalPort();
            host = SandboxHost.create(databases, plugin, CONTEXT_PATH, baseUrl(config.bind(), port));
            ContextHandlerCollection contexts = new ContextHandlerCollection();
            components = new SandboxComponents(host, databases.pluginActiveObjects());
            if (seeded) {
                // The demo's plugin data (HELP's enabled request form) goes through the plugin's own store.
                DemoSeed.seedPluginDemo(components.registry().get(FormStore.class), host.sandboxProjects(),
                        host.sandboxDirectory(), Instant.now());
            }
            // Jira reindexes fully after a plugin is installed: the Customer Groups rows of the portal's search.
            host.requestIndex().rebuild();
            jobs = DailyJobs.start(Clock.systemUTC(), dailyJobs(components), hourlyJobs(components));
            // Jira's first hourly run comes five minutes after start; the sandbox runs it at once, so the computed
            // default groups (Customers, Verified Customers) hold the seeded accounts before the first request.
            jobs.runHourly();
            contexts.addHandler(SandboxWebApp.create(host, components));
            contexts.addHandler(rootRedirect());
            server.setHandler(contexts);
            server.setErrorHandler(SandboxWebApp.quietErrors());
            server.setStopTimeout(5_000);
            server.start();
            return port;
        } catch (Exception e) {
            close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("The sandbox did not start", e);
        }
    }

    public synchronized int port() {
        return port;
    }

    /** The host's users, groups and memberships (tests check the seed through it). */
    public synchronized HostDirectory directory() {
        return host.directory();
    }

    /** The host's projects, roles and tickets. */
    public synchronized HostProjects projects() {
        return host.projects();
    }

    /** The plugin's Directory port as the sandbox implements it (tests look at group names through it). */
    public synchronized SandboxDirectory directoryPort() {
        return host.sandboxDirectory();
    }

    /** The plugin's Projects port as the sandbox implements it (project ids). */
    public synchronized SandboxProjects projectsPort() {
        return host.sandboxProjects();
    }

    /** The plugin's Issues port as the sandbox implements it (issue ids). */
    public synchronized SandboxIssues issuesPort() {
        return host.sandboxIssues();
    }

    /** The plugin's daily and hourly jobs (tests run them at once). */
    public synchronized DailyJobs dailyJobs() {
        return jobs;
    }

    /** The plugin's UserProfiles port as the sandbox implements it (tests read its page statistics). */
    public synchronized org.customergroups.sandbox.host.SandboxUserProfiles userProfiles() {
        return host.userProfiles();
    }

    /** The plugin's Requests port as the sandbox implements it (the portal's issues). */
    public synchronized org.customergroups.sandbox.host.SandboxRequests requestsPort() {
        return host.requests();
    }

    /** The Customer Groups rows of the sandbox's issue index. */
    public synchronized org.customergroups.sandbox.host.RequestIndex requestIndex() {
        return host.requestIndex();
    }

    /** What the plugin asked to reindex. */
    public synchronized SandboxIssueIndex issueIndex() {
        return host.issueIndex();
    }

    public synchronized String databaseDescription() {
        return databases.describe();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        Server s;
        synchronized (this) {
            s = server;
        }
        if (s != null) {
            s.join();
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        } finally {
            server = null;
            if (jobs != null) {
                jobs.close();
                jobs = null;
            }
            if (components != null) {
                try {
                    components.close();
                } catch (RuntimeException e) {
                    LOG.warn("The plugin's components did not stop cleanly", e);
                }
                components = null;
            }
            if (databases != null) {
                databases.close();
                databases = null;
            }
        }
    }

    /**
     * What Jira's scheduler runs daily for the plugin (its notificationJobs bean): the audit
     * retention purge, then the digest mail.
     */
    private static List<DailyJobs.Job> dailyJobs(SandboxComponents components) {
        return List.of(
                new DailyJobs.Job("audit retention", () -> components.registry().get(AuditService.class).purgeExpired()),
                new DailyJobs.Job("digests", () -> components.registry().get(DigestService.class).sendDigests()));
    }

    /** What Jira's scheduler runs hourly for the plugin (its membershipJobs bean): the membership reconciliation. */
    private static List<DailyJobs.Job> hourlyJobs(SandboxComponents components) {
        return List.of(new DailyJobs.Job("membership reconciliation", () -> {
            ReconcileReport report = components.registry().get(Reconciler.class).reconcileAll();
            return (int) Math.min(Integer.MAX_VALUE, report.joined() + report.left());
        }));
    }

    private static ServerConnector connector(Server server, SandboxConfig config) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.bind());
        connector.setPort(config.port());
        server.addConnector(connector);
        return connector;
    }

    private static ServletContextHandler rootRedirect() {
        ServletContextHandler root = new ServletContextHandler();
        root.setContextPath("/");
        root.addServlet(new ServletHolder(new RootRedirectServlet(CONTEXT_PATH + "/")), "");
        root.setErrorHandler(SandboxWebApp.quietErrors());
        return root;
    }

    private static String baseUrl(String bind, int port) {
        boolean local = bind.equals("127.0.0.1") || bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("localhost");
        return "http://" + (local ? "localhost" : bind) + ":" + port + CONTEXT_PATH;
    }
}
