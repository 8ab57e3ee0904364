package org.customergroups.sandbox.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error of the sandbox's Jira REST API, answered in Jira's shape
 * {@code {"errorMessages": [...], "errors": {"field": "message"}}} with its HTTP status.
 */
final class JiraRestException extends RuntimeException {

    private final int status;
    private final List<String> errorMessages;
    private final Map<String, String> errors;

    JiraRestException(int status, List<String> errorMessages, Map<String, String> errors) {
        super(status + " " + errorMessages + " " + errors, null, false, false);
        this.status = status;
        this.errorMessages = List.copyOf(errorMessages);
        this.errors = new LinkedHashMap<>(errors);
    }

    /** One message about the whole request. */
    static JiraRestException of(int status, String message) {
        return new JiraRestException(status, List.of(message), Map.of());
    }

    /** 400 with a message per field, in the order given. */
    static JiraRestException fields(Map<String, String> errors) {
        return new JiraRestException(400, List.of(), errors);
    }

    int status() {
        return status;
    }

    /** The response body. */
    Map<String, Object> body() {
        return body(errorMessages, errors);
    }

    static Map<String, Object> body(List<String> errorMessages, Map<String, String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorMessages", errorMessages);
        body.put("errors", errors);
        return body;
    }
}
