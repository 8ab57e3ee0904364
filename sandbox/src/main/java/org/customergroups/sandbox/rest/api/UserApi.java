package org.customergroups.sandbox.rest.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.SandboxUserProfiles;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /rest/api/2/user}: Jira's user resource, the subset the membership rules need.
 * <ul>
 *   <li>{@code POST /user} {@code {"name", "emailAddress", "displayName", "applicationKeys"?}} → 201 and the user
 *   (Jira administrators). Without {@code applicationKeys} the account gets the default application (licensed), as
 *   in Jira; {@code "applicationKeys": []} creates a customer account without application access. The password is
 *   not stored: sandbox passwords are the usernames. Fires the user-created event.</li>
 *   <li>{@code GET /user?username=} → the user; {@code PUT /user?username=} {@code {"emailAddress"?, "displayName"?}}
 *   → the user (Jira administrators). Fires the user-updated event.</li>
 *   <li>{@code GET /user/properties?username=} → {@code {"keys": [{"self", "key"}]}};
 *   {@code GET|PUT|DELETE /user/properties/{key}?username=} → {@code {"key", "value"}}, 201 (new) or 200, 204
 *   (administrators, or the user themself). A JSON string value is stored as its text, any other JSON value as its
 *   JSON text; these are the properties a rule's {@code property "key"} reads. (In Jira this resource stores entity
 *   properties, while rules read the administrators' "User Properties", {@code jira.meta.*}: the sandbox keeps one
 *   store for both.) Changing a property fires no event, as in Jira: the hourly reconciliation picks it up.</li>
 * </ul>
 */
@Path("user")
@Produces(MediaType.APPLICATION_JSON)
public final class UserApi {

    /** AO's default VARCHAR length. */
    static final int MAX_PROPERTY_LENGTH = 255;

    private final ApiContext api;

    UserApi(ApiContext api) {
        this.api = api;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body) {
        requireAdmin();
        String name = text(body, "name");
        String email = text(body, "emailAddress");
        String displayName = text(body, "displayName");
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null) {
            errors.put("username", api.text().getText("sandbox.api.user.username.required"));
        } else if (api.host().directory().findUser(name.toLowerCase(Locale.ROOT)).isPresent()) {
            errors.put("username", api.text().getText("sandbox.api.user.exists"));
        }
        if (email == null) {
            errors.put("email", api.text().getText("sandbox.api.user.email.required"));
        }
        if (displayName == null) {
            errors.put("fullname", api.text().getText("sandbox.api.user.fullname.required"));
        }
        if (!errors.isEmpty()) {
            throw JiraRestException.fields(errors);
        }
        JsonNode keys = body.path("applicationKeys");
        boolean licensed = !keys.isArray() || !keys.isEmpty();
        String username = name.toLowerCase(Locale.ROOT);
        HostUser user = api.host().directory().createUser(new HostUser(username, displayName, email, false, licensed));
        api.host().events().userCreated(username);
        return Response.status(Response.Status.CREATED).entity(api.json().user(username, user)).build();
    }

    @GET
    public Map<String, Object> get(@QueryParam("username") String username) {
        api.caller();
        return api.json().user(existing(username).username(), existing(username));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@QueryParam("username") String username, JsonNode body) {
        requireAdmin();
        HostUser user = existing(username);
        String email = body == null ? null : text(body, "emailAddress");
        String displayName = body == null ? null : text(body, "displayName");
        if (email != null || displayName != null) {
            api.host().directory().updateUser(user.username(), email, displayName);
            api.host().events().userUpdated(user.username());
        }
        return api.json().user(user.username(), existing(user.username()));
    }

    @GET
    @Path("properties")
    public Map<String, Object> propertyKeys(@QueryParam("username") String username) {
        HostUser user = mayEditProperties(username);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("keys", profiles().propertyKeys(user.username()).stream().map(key -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("self", propertySelf(user.username(), key));
            one.put("key", key);
            return one;
        }).toList());
        return json;
    }

    @GET
    @Path("properties/{key}")
    public Map<String, Object> property(@PathParam("key") String key, @QueryParam("username") String username) {
        HostUser user = mayEditProperties(username);
        String value = profiles().property(user.username(), key)
                .orElseThrow(() -> JiraRestException.of(404, api.text().getText("sandbox.api.user.property.not.found", key)));
        return propertyJson(key, value);
    }

    @PUT
    @Path("properties/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setProperty(@PathParam("key") String key, @QueryParam("username") String username, JsonNode body) {
        HostUser user = mayEditProperties(username);
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.user.property.value.required"));
        }
        String value = body.isTextual() ? body.asText() : body.toString();
        if (key.length() > MAX_PROPERTY_LENGTH || value.length() > MAX_PROPERTY_LENGTH) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.user.property.too.long", MAX_PROPERTY_LENGTH));
        }
        boolean existed = profiles().property(user.username(), key).isPresent();
        profiles().setProperty(user.username(), key, value);
        return Response.status(existed ? Response.Status.OK : Response.Status.CREATED)
                .entity(propertyJson(key, value)).build();
    }

    @DELETE
    @Path("properties/{key}")
    public Response deleteProperty(@PathParam("key") String key, @QueryParam("username") String username) {
        HostUser user = mayEditProperties(username);
        if (profiles().property(user.username(), key).isEmpty()) {
            throw JiraRestException.of(404, api.text().getText("sandbox.api.user.property.not.found", key));
        }
        profiles().setProperty(user.username(), key, null);
        return Response.noContent().build();
    }

    private static Map<String, Object> propertyJson(String key, String value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("value", value);
        return json;
    }

    private String propertySelf(String username, String key) {
        return api.host().applicationProperties().getBaseUrl(com.atlassian.sal.api.UrlMode.CANONICAL)
                + "/rest/api/2/user/properties/" + key + "?username=" + username;
    }

    private SandboxUserProfiles profiles() {
        return api.host().userProfiles();
    }

    private void requireAdmin() {
        if (!api.caller().jiraAdmin()) {
            throw JiraRestException.of(403, api.text().getText("sandbox.api.user.forbidden"));
        }
    }

    /** Administrators may change anyone's properties, other users their own only. */
    private HostUser mayEditProperties(String username) {
        HostUser caller = api.caller();
        HostUser user = existing(username);
        if (!caller.jiraAdmin() && !caller.username().equals(user.username())) {
            throw JiraRestException.of(403, api.text().getText("sandbox.api.user.property.forbidden"));
        }
        return user;
    }

    private HostUser existing(String username) {
        if (username == null || username.isBlank()) {
            throw JiraRestException.of(400, api.text().getText("sandbox.api.user.name.required"));
        }
        Optional<HostUser> user = api.host().directory().findUser(username.toLowerCase(Locale.ROOT));
        return user.orElseThrow(() -> JiraRestException.of(404,
                api.text().getText("sandbox.api.user.not.found", username)));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body == null ? null : body.get(field);
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
