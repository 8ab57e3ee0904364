package org.customergroups.rest.error;

import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.domain.DomainException;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** A refused request becomes 400/401/403/404/409 with a message naming the problem. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private final I18nResolver i18n;

    @Inject
    public DomainExceptionMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public Response toResponse(DomainException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_AUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        if (!e.problems().isEmpty()) {
            return ErrorResponses.ofAll(i18n, status, e.problems());
        }
        return ErrorResponses.of(i18n, status, e.field(), e.messageKey(), e.arguments());
    }
}
