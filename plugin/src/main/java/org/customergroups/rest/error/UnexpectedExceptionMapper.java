package org.customergroups.rest.error;

import com.atlassian.sal.api.message.I18nResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.List;

/**
 * Everything that is not a {@code DomainException}, in the same JSON shape: JAX-RS's own errors
 * (unknown path, wrong method or media type) keep their status; an unreadable JSON body is 400;
 * anything else is a logged 500 whose body never carries a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final I18nResolver i18n;

    @Inject
    public UnexpectedExceptionMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return ErrorResponses.of(i18n, status, null, keyFor(status), List.of());
        }
        if (isUnreadableJson(e)) {
            return ErrorResponses.of(i18n, 400, null, "cg.error.bad.json", List.of());
        }
        LOG.error("Unexpected error in a Customer Groups REST call", e);
        return ErrorResponses.of(i18n, 500, null, "cg.error.unexpected", List.of());
    }

    private static String keyFor(int status) {
        return switch (status) {
            case 400 -> "cg.error.bad.request";
            case 401 -> "cg.error.not.authenticated";
            case 403 -> "cg.error.forbidden";
            case 404 -> "cg.error.not.found";
            case 405 -> "cg.error.method.not.allowed";
            case 406 -> "cg.error.not.acceptable";
            case 415 -> "cg.error.unsupported.media.type";
            default -> status >= 500 ? "cg.error.unexpected" : "cg.error.bad.request";
        };
    }

    // Jackson's parse and mapping errors are IOExceptions; the plugin does not link against Jackson.
    private static boolean isUnreadableJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getClass().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }
}
