package org.customergroups.sandbox.rest.api;

import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.sandbox.SandboxHost;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.time.Clock;

/**
 * The sandbox's subset of Jira's own REST API v2, served at {@code /rest/api/2} with Jira's paths and
 * JSON shapes, so that the same calls can later run against a real Jira with the plugin installed:
 * <ul>
 *   <li>{@code POST /issue}, {@code GET /issue/{idOrKey}}, {@code GET|POST /issue/{idOrKey}/comment}
 *   ({@link IssueApi});</li>
 *   <li>{@code POST /group/user?groupname=}, {@code DELETE /group/user?groupname=&username=} ({@link GroupApi});</li>
 *   <li>{@code GET /myself} ({@link MyselfApi});</li>
 *   <li>{@code POST|GET|PUT /user}, {@code GET /user/properties}, {@code GET|PUT|DELETE /user/properties/{key}}
 *   ({@link UserApi}).</li>
 * </ul>
 * Errors are Jira's {@code {"errorMessages": [...], "errors": {...}}}; requests need a signed-in
 * user (401 otherwise) and JSON bodies ({@link XsrfCheck}).
 */
public final class JiraRestApplication {

    public static final String MOUNT = "/rest/api/2";

    private JiraRestApplication() {
    }

    public static ResourceConfig build(SandboxHost host, I18nResolver text, Clock clock) {
        ApiContext api = new ApiContext(host, text,
                new JiraJson(host.applicationProperties().getBaseUrl(UrlMode.CANONICAL)), clock);
        ResourceConfig config = new ResourceConfig();
        config.register(new IssueApi(api));
        config.register(new GroupApi(api));
        config.register(new MyselfApi(api));
        config.register(new UserApi(api));
        config.register(new XsrfCheck(text));
        config.register(new JiraRestExceptionMapper(text));
        config.register(JacksonFeature.withoutExceptionMappers());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        return config;
    }
}
