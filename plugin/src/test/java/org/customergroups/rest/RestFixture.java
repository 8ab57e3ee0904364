package org.customergroups.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.customergroups.rest.error.DomainExceptionMapper;
import org.customergroups.rest.error.UnexpectedExceptionMapper;
import org.customergroups.service.ServiceFixture;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.test.DeploymentContext;
import org.glassfish.jersey.test.inmemory.InMemoryTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainer;

import javax.ws.rs.client.Client;
import javax.ws.rs.client.ClientBuilder;
import javax.ws.rs.client.Entity;
import javax.ws.rs.client.Invocation;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The plugin's REST resources in Jersey's in-memory container with real JSON (Jackson without its exception
 * mappers, as in Jira), over the real services and AO stores on H2. Jira's SAL UserManager is a Mockito mock
 * whose remote user is switched by {@link #as}; usernames map to the demo keys ("key-" + username).
 */
final class RestFixture implements AutoCloseable {

    static final URI BASE = URI.create("http://localhost/jira/rest/customer-groups/1.0/");
    private static final ObjectMapper JSON = new ObjectMapper();
    // Jersey warns that resource INSTANCES "will be ignored" though they work (eclipse-ee4j/jersey#3700).
    // JUL keeps loggers weakly: hold it so the filter stays installed.
    private static final Logger PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    // Held for the same reason: otherwise the level is lost and every container start is logged.
    private static final Logger JERSEY_TEST = Logger.getLogger("org.glassfish.jersey.test");

    static {
        PROVIDERS.setFilter(r -> r.getMessage() == null || !r.getMessage().contains("does not implement any provider"));
        JERSEY_TEST.setLevel(Level.WARNING);
    }

    final ServiceFixture services;
    private final TestContainer container;
    private final Client client;
    private volatile UserKey remote;

    RestFixture() {
        services = new ServiceFixture();
        UserManager users = mock(UserManager.class);
        when(users.getRemoteUserKey()).thenAnswer(i -> remote);
        when(users.isAdmin(any())).thenAnswer(i -> services.host.permissions.isJiraAdmin(
                ((UserKey) i.getArgument(0)).getStringValue()));
        Caller caller = new Caller(users);
        BundleText text = new BundleText();
        ResourceConfig config = new ResourceConfig()
                .register(new GroupResource(caller, services.groups, services.catalog))
                .register(new GroupMemberResource(caller, services.members))
                .register(new UserResource(caller, services.members))
                .register(new CatalogResource(caller, services.catalog))
                .register(new IssueShareResource(caller, services.shares))
                .register(new SharingSetupResource(caller, services.sharingSetup))
                .register(new AuditResource(caller, services.audit))
                .register(new IssueAccessResource(caller, services.explainer))
                .register(new MeResource(caller, services.subscriptions))
                .register(new RuleResource(caller, services.rules))
                .register(new RuleCheckResource(caller, services.rules, text))
                .register(new AutoJoinResource(caller, services.autoJoin))
                .register(new AutoJoinCollisionResource(caller, services.autoJoin))
                .register(new EmailVerificationResource(caller, services.emailVerification))
                .register(new EmailVerifiedResource(caller, services.emailVerification))
                .register(new PortalResource(caller, services.portal))
                .register(new FormResource(caller, services.forms, text))
                .register(new AuthorizedReportersResource(caller, services.restrictions, text))
                .register(new DomainExceptionMapper(text))
                .register(new UnexpectedExceptionMapper(text))
                .register(JacksonFeature.withoutExceptionMappers())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        container = new InMemoryTestContainerFactory().create(BASE, DeploymentContext.builder(config).build());
        container.start();
        client = ClientBuilder.newClient(container.getClientConfig());
    }

    /** Calls from now on are made as {@code username} (null = anonymous). */
    RestFixture as(String username) {
        remote = username == null ? null : new UserKey("key-" + username);
        return this;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, MediaType.APPLICATION_JSON);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, MediaType.APPLICATION_JSON);
    }

    Reply send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, MediaType.APPLICATION_JSON);
    }

    /** As a client accepting {@code accept} (e.g. {@code *}{@code /*} as curl and browsers do). */
    Reply send(String method, String path, String body, String contentType, String accept) {
        Invocation.Builder request = client.target(BASE.resolve(path)).request(accept);
        try (Response r = body == null ? request.method(method)
                : request.method(method, Entity.entity(body, contentType))) {
            String text = r.hasEntity() ? r.readEntity(String.class) : "";
            return new Reply(r.getStatus(), text, r.getHeaderString("Location"), r.getMediaType(),
                    r.getHeaderString("Content-Disposition"));
        }
    }

    /** Single quotes for readable JSON in tests. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @Override
    public void close() {
        client.close();
        container.stop();
        services.close();
    }

    record Reply(int status, String body, String location, MediaType type, String disposition) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
