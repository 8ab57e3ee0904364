package org.customergroups.sandbox.rest.api;

import org.customergroups.sandbox.host.HostUser;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /rest/api/2/myself}: the caller, with Jira's group and application-role counts (not expanded). */
@Path("myself")
@Produces(MediaType.APPLICATION_JSON)
public final class MyselfApi {

    private final ApiContext api;

    MyselfApi(ApiContext api) {
        this.api = api;
    }

    @GET
    public Map<String, Object> get() {
        HostUser caller = api.caller();
        Map<String, Object> json = new LinkedHashMap<>(api.json().user(caller.username(), caller));
        json.put("timeZone", "UTC");
        json.put("locale", "en_US");
        json.put("groups", sized(api.host().directory().groupsOf(caller.username()).size()));
        json.put("applicationRoles", sized(caller.licensed() ? 1 : 0));
        json.put("expand", "groups,applicationRoles");
        return json;
    }

    private static Map<String, Object> sized(int size) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("size", size);
        json.put("items", List.of());
        return json;
    }
}
