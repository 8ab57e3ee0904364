package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.domain.DomainException;
import org.customergroups.rest.dto.AutoShareRequest;
import org.customergroups.rest.dto.CatalogAddRequest;
import org.customergroups.rest.dto.CatalogAddedDto;
import org.customergroups.rest.dto.CatalogEntryDto;
import org.customergroups.rest.dto.PageDto;
import org.customergroups.service.CatalogItem;
import org.customergroups.service.CatalogService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.net.URI;

/** {@code /projects/{key}/catalog}: the customer groups a project uses. Access is checked by the service. */
@Path("/projects/{key}/catalog")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class CatalogResource {

    private final Caller caller;
    private final CatalogService catalog;

    @Inject
    public CatalogResource(Caller caller, CatalogService catalog) {
        this.caller = caller;
        this.catalog = catalog;
    }

    @GET
    public PageDto<CatalogEntryDto> list(@PathParam("key") String key, @QueryParam("start") String start,
                                         @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        return PageDto.of(catalog.list(actor, key, RequestParams.page(start, limit)), CatalogEntryDto::from);
    }

    /** {@code {"groupIds":[…]}} adds existing groups (200); {@code {"name":…}} creates one and adds it (201). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("key") String key, CatalogAddRequest body, @Context UriInfo uri) {
        String actor = caller.requireUserKey();
        CatalogAddRequest r = RequestParams.body(body);
        if (r.groupIds() != null && r.name() != null) {
            throw DomainException.invalid(null, "cg.error.catalog.add.either");
        }
        if (r.name() != null) {
            CatalogItem item = catalog.createAndAdd(actor, key, r.name(), r.description());
            URI location = uri.getAbsolutePathBuilder().path(String.valueOf(item.group().group().id())).build();
            return Response.created(location).entity(CatalogEntryDto.from(item)).build();
        }
        return Response.ok(CatalogAddedDto.from(catalog.addExisting(actor, key, r.groupIds()))).build();
    }

    @PUT
    @Path("{groupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogEntryDto setAutoShare(@PathParam("key") String key, @PathParam("groupId") long groupId,
                                        AutoShareRequest body) {
        String actor = caller.requireUserKey();
        AutoShareRequest r = RequestParams.body(body);
        if (r.autoShare() == null) {
            throw DomainException.invalid("autoShare", "cg.error.catalog.auto.share.required");
        }
        return CatalogEntryDto.from(catalog.setAutoShare(actor, key, groupId, r.autoShare()));
    }

    /** Removes the group from the catalog; the group and its existing shares stay. */
    @DELETE
    @Path("{groupId}")
    public Response remove(@PathParam("key") String key, @PathParam("groupId") long groupId) {
        String actor = caller.requireUserKey();
        catalog.remove(actor, key, groupId);
        return Response.noContent().build();
    }
}
