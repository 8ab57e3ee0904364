package org.customergroups.sandbox.rest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.atlassian.sal.api.message.I18nResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;

/**
 * Every error of the sandbox's Jira REST API in Jira's shape: the API's own errors, Jersey's (unknown
 * path 404, wrong method 405, not JSON 415) with their status text, unreadable JSON 400, and anything
 * else a logged 500 without details.
 */
public final class JiraRestExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(JiraRestExceptionMapper.class);

    private final I18nResolver text;

    JiraRestExceptionMapper(I18nResolver text) {
        this.text = text;
    }

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof JiraRestException jira) {
            return json(jira.status(), jira.body());
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            if (web.getCause() instanceof JsonProcessingException) {
                return json(400, JiraRestException.body(List.of(text.getText("sandbox.api.bad.json")), Map.of()));
            }
            return json(status.getStatusCode(), JiraRestException.body(List.of(status.getReasonPhrase()), Map.of()));
        }
        if (e instanceof JsonProcessingException) {
            return json(400, JiraRestException.body(List.of(text.getText("sandbox.api.bad.json")), Map.of()));
        }
        LOG.error("The sandbox's Jira REST API failed", e);
        return json(500, JiraRestException.body(List.of(text.getText("sandbox.api.internal.error")), Map.of()));
    }

    static Response json(int status, Map<String, Object> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
