package org.customergroups.rest.error;

import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.domain.DomainException;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;

/** Builds {@link ErrorDto} responses with messages from the plugin's i18n bundle. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(I18nResolver i18n, int status, String field, String messageKey, List<Object> arguments) {
        String message = text(i18n, messageKey, arguments);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDto(status, message, field))
                .build();
    }

    /** Several invalid fields: the first one as in {@link #of}, and every one in {@code errors}. */
    static Response ofAll(I18nResolver i18n, int status, List<DomainException> problems) {
        List<FieldErrorsDto.FieldError> errors = problems.stream()
                .map(p -> new FieldErrorsDto.FieldError(p.field(), text(i18n, p.messageKey(), p.arguments())))
                .toList();
        FieldErrorsDto.FieldError first = errors.get(0);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new FieldErrorsDto(status, first.message(), first.field(), errors))
                .build();
    }

    private static String text(I18nResolver i18n, String messageKey, List<Object> arguments) {
        Serializable[] args = arguments.stream()
                .map(a -> a instanceof Serializable s ? s : String.valueOf(a))
                .toArray(Serializable[]::new);
        return args.length == 0 ? i18n.getText(messageKey) : i18n.getText(messageKey, args);
    }
}
