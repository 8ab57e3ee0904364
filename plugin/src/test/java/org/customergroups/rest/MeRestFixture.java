package org.customergroups.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.customergroups.rest.error.DomainExceptionMapper;
import org.customergroups.rest.error.UnexpectedExceptionMapper;
import org.customergroups.service.NotificationFixture;
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

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@link MeResource} in Jersey's in-memory container with real JSON, as {@link RestFixture} serves the other
 * resources, over the real subscription and audit stores of a {@link NotificationFixture}. The caller is switched by
 * {@link #as}; usernames map to the demo keys ("key-" + username).
 */
final class MeRestFixture implements AutoCloseable {

    final NotificationFixture services = new NotificationFixture();
    private final TestContainer container;
    private final Client client;
    private volatile UserKey remote;

    MeRestFixture() {
        UserManager users = mock(UserManager.class);
        when(users.getRemoteUserKey()).thenAnswer(i -> remote);
        Caller caller = new Caller(users);
        BundleText text = new BundleText();
        ResourceConfig config = new ResourceConfig()
                .register(new MeResource(caller, services.subscriptions))
                .register(new DomainExceptionMapper(text))
                .register(new UnexpectedExceptionMapper(text))
                .register(JacksonFeature.withoutExceptionMappers())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        container = new InMemoryTestContainerFactory().create(RestFixture.BASE,
                DeploymentContext.builder(config).build());
        container.start();
        client = ClientBuilder.newClient(container.getClientConfig());
    }

    MeRestFixture as(String username) {
        remote = username == null ? null : new UserKey("key-" + username);
        return this;
    }

    RestFixture.Reply get(String path) {
        return send("GET", path, null, null);
    }

    RestFixture.Reply put(String path, String json) {
        return send("PUT", path, json, MediaType.APPLICATION_JSON);
    }

    RestFixture.Reply send(String method, String path, String body, String contentType) {
        Invocation.Builder request = client.target(RestFixture.BASE.resolve(path)).request(MediaType.APPLICATION_JSON);
        try (Response r = body == null ? request.method(method)
                : request.method(method, Entity.entity(body, contentType))) {
            String entity = r.hasEntity() ? r.readEntity(String.class) : "";
            return new RestFixture.Reply(r.getStatus(), entity, r.getHeaderString("Location"), r.getMediaType());
        }
    }

    @Override
    public void close() {
        client.close();
        container.stop();
        services.close();
    }
}
