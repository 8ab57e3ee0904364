package org.customergroups.sandbox.rest.api;

import com.atlassian.sal.api.message.I18nResolver;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira's XSRF rule for its REST API: a state-changing request with a content type a cross-site HTML
 * form can send (form-encoded, multipart, plain text) is refused with 403 "XSRF check failed" unless
 * it carries {@code X-Atlassian-Token: no-check}, which browsers do not let other sites send. The
 * API's resources read JSON only, so every other type is 415.
 */
@PreMatching
public final class XsrfCheck implements ContainerRequestFilter {

    static final String TOKEN_HEADER = "X-Atlassian-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE,
            MediaType.MULTIPART_FORM_DATA_TYPE, MediaType.TEXT_PLAIN_TYPE);

    private final I18nResolver text;

    XsrfCheck(I18nResolver text) {
        this.text = text;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || "no-check".equalsIgnoreCase(request.getHeaderString(TOKEN_HEADER))) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && FORM_TYPES.stream().anyMatch(f -> f.isCompatible(type))) {
            request.abortWith(JiraRestExceptionMapper.json(403,
                    JiraRestException.body(List.of(text.getText("sandbox.api.xsrf")), Map.of())));
        }
    }
}
