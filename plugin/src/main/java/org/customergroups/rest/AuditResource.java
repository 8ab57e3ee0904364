package org.customergroups.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import org.customergroups.rest.dto.AuditEntryDto;
import org.customergroups.rest.dto.AuditSettingsDto;
import org.customergroups.rest.dto.PageDto;
import org.customergroups.service.AuditExport;
import org.customergroups.service.AuditFilter;
import org.customergroups.service.AuditService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code /audit}: the audit trail, as pages and as a CSV download, and its retention setting. Who may read depends on
 * the filter (see {@link AuditService}); checked by the service, before an export starts streaming.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class AuditResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String CSV_FILE = "customer-groups-audit.csv";

    private final Caller caller;
    private final AuditService audit;

    @Inject
    public AuditResource(Caller caller, AuditService audit) {
        this.caller = caller;
        this.audit = audit;
    }

    @GET
    public PageDto<AuditEntryDto> find(@QueryParam("issue") String issue, @QueryParam("group") String group,
                                       @QueryParam("user") String user, @QueryParam("project") String project,
                                       @QueryParam("action") String action, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("start") String start,
                                       @QueryParam("limit") String limit) {
        String actor = caller.requireUserKey();
        AuditFilter filter = new AuditFilter(issue, group, user, project, action, from, to);
        return PageDto.of(audit.find(actor, filter, RequestParams.page(start, limit)), AuditEntryDto::from);
    }

    /**
     * The same filters as CSV, streamed. JSON stays acceptable so that refusals (answered before the first byte) keep
     * the one error shape for clients that ask for JSON.
     */
    @GET
    @Path("export")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("issue") String issue, @QueryParam("group") String group,
                           @QueryParam("user") String user, @QueryParam("project") String project,
                           @QueryParam("action") String action, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        String actor = caller.requireUserKey();
        AuditExport export = audit.prepareExport(actor, new AuditFilter(issue, group, user, project, action, from, to));
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            export.writeTo(writer);
            writer.flush();
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + CSV_FILE + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("settings")
    public AuditSettingsDto settings() {
        return AuditSettingsDto.from(audit.settings(caller.requireUserKey()));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public AuditSettingsDto updateSettings(AuditSettingsDto body) {
        String actor = caller.requireUserKey();
        AuditSettingsDto r = RequestParams.body(body);
        // A missing value is out of range: the service checks the permission first, then refuses it with the field.
        int days = r.retentionDays() == null ? -1 : r.retentionDays();
        return AuditSettingsDto.from(audit.updateSettings(actor, days));
    }
}
