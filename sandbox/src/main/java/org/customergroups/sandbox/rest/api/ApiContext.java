package org.customergroups.sandbox.rest.api;

import com.atlassian.sal.api.message.I18nResolver;
import org.customergroups.domain.ProjectRef;
import org.customergroups.sandbox.SandboxHost;
import org.customergroups.sandbox.host.HostComment;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostUser;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the API's resources share: the host, the sandbox's strings, the JSON shapes and the clock. */
record ApiContext(SandboxHost host, I18nResolver text, JiraJson json, Clock clock) {

    /** The signed-in caller; anonymous callers get Jira's 401. */
    HostUser caller() {
        return host.currentUser().get()
                .orElseThrow(() -> JiraRestException.of(401, text.getText("sandbox.api.not.authenticated")));
    }

    /**
     * The issue by id or key (ignoring case), if the caller may see it. An issue the caller may not
     * see is "Issue Does Not Exist", exactly as an unknown one, so its existence does not leak.
     */
    HostIssue visibleIssue(HostUser caller, String idOrKey) {
        Optional<HostIssue> issue = idOrKey.matches("[0-9]{1,18}")
                ? host.projects().findIssue(Long.parseLong(idOrKey))
                : host.projects().findIssue(idOrKey.toUpperCase(Locale.ROOT));
        return issue.filter(i -> host.sandboxPermissions().canBrowseIssue(caller.username(), i.id()))
                .orElseThrow(() -> JiraRestException.of(404, text.getText("sandbox.api.issue.not.found")));
    }

    Map<String, Object> user(String username) {
        return json.user(username, host.directory().findUser(username).orElse(null));
    }

    Map<String, Object> comment(HostComment comment) {
        return json.comment(comment, user(comment.author()));
    }

    ProjectRef project(String key) {
        return host.sandboxProjects().byKey(key).orElseThrow();
    }
}
