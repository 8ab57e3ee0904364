package org.customergroups.rest.error;

import com.atlassian.sal.api.message.I18nResolver;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;

/** Builds {@link ErrorDto} responses with messages from the plugin's i18n bundle. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(I18nResolver i18n, int status, String field, String messageKey, List<Object> arguments) {
        Serializable[] args = arguments.stream()
                .map(a -> a instanceof Serializable s ? s : String.valueOf(a))
                .toArray(Serializable[]::new);
        String message = args.length == 0 ? i18n.getText(messageKey) : i18n.getText(messageKey, args);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDto(status, message, field))
                .build();
    }
}
