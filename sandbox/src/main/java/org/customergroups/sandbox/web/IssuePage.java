package org.customergroups.sandbox.web;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.customergroups.sandbox.host.CustomerGroupsField;
import org.customergroups.sandbox.host.HostComment;
import org.customergroups.sandbox.host.HostDirectory;
import org.customergroups.sandbox.host.HostIssue;
import org.customergroups.sandbox.host.HostProject;
import org.customergroups.sandbox.host.HostProjects;
import org.customergroups.sandbox.host.HostUser;
import org.customergroups.sandbox.host.ProjectRole;
import org.customergroups.sandbox.host.SandboxPermissions;
import org.customergroups.sandbox.host.Workflow;
import org.customergroups.sandbox.host.jira.JiraObjects;
import org.customergroups.sandbox.host.jira.SandboxCustomField;
import org.customergroups.sandbox.host.jira.SandboxJiraIssue;
import org.customergroups.sandbox.plugin.PluginDescriptor;
import org.customergroups.sandbox.rest.api.JiraRestApplication;
import org.customergroups.sandbox.wiring.ConstructorInjector;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /browse/HELP-1}: Jira's issue view, sandbox-sized, for users who may browse the issue (404
 * otherwise, exactly as for an unknown key, so existence does not leak). It shows the issue's
 * fields, the Customer Groups field rendered by the plugin's own {@code view} template, the
 * comments with a comment box (posting to the sandbox's REST API), for the issue's agents also the
 * internal comments, an "Internal comment" choice and the workflow's transition buttons (both
 * through the REST API as well), the plugin's web panels of
 * {@value #RIGHT_CONTEXT} and, in the head, the plugin's web resources of context
 * {@value #RESOURCE_CONTEXT}. The plugin's panels are created once, by constructor injection, and
 * get Jira's panel context ({@code issue}, {@code project}, {@code user}).
 */
public final class IssuePage {

    public static final String RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    public static final String RESOURCE_CONTEXT = "jira.view.issue";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A comment as the page shows it. */
    public record CommentRow(HostComment comment, String authorName, String created) {
    }

    private final HostProjects projects;
    private final HostDirectory directory;
    private final SandboxPermissions permissions;
    private final JiraObjects jira;
    private final CustomerGroupsField field;
    private final TemplateRenderer renderer;
    private final PageRenderer pages;
    private final WebPanels panels;

    public IssuePage(HostProjects projects, HostDirectory directory, SandboxPermissions permissions, JiraObjects jira,
                     CustomerGroupsField field, TemplateRenderer renderer, I18nResolver pluginText,
                     PluginDescriptor plugin, ConstructorInjector injector, PageRenderer pages) {
        this.projects = projects;
        this.directory = directory;
        this.permissions = permissions;
        this.jira = jira;
        this.field = field;
        this.renderer = renderer;
        this.pages = pages;
        this.panels = new WebPanels(plugin.webPanels(RIGHT_CONTEXT), injector, renderer, pluginText);
    }

    /** The issue page for {@code user}, or the not-found page. */
    public void show(HttpServletResponse resp, HostUser user, String key, String contextPath) throws IOException {
        Optional<HostIssue> found = projects.findIssue(key.toUpperCase(Locale.ROOT))
                .filter(i -> permissions.canBrowseIssue(user.username(), i.id()));
        if (found.isEmpty()) {
            pages.render(resp, HttpServletResponse.SC_NOT_FOUND, "not-found.vm", Map.of());
            return;
        }
        HostIssue issue = found.get();
        SandboxJiraIssue jiraIssue = jira.issue(issue);
        HostProject project = projects.findProject(issue.projectKey()).orElseThrow();
        Object value = field.valueOf(jiraIssue);
        // Edit Issues: who may transition the issue and read and write internal comments.
        boolean agent = permissions.canEditIssue(user.username(), issue.id());

        Map<String, Object> model = new HashMap<>();
        model.put("issue", issue);
        model.put("project", project);
        model.put("reporter", directory.findUser(issue.reporter()).map(HostUser::displayName).orElse(issue.reporter()));
        model.put("created", SHOWN.format(issue.created()));
        model.put("updated", SHOWN.format(issue.updated()));
        model.put("fieldDeclared", field.declared());
        model.put("fieldId", CustomerGroupsField.FIELD_ID);
        model.put("fieldName", CustomerGroupsField.FIELD_NAME);
        model.put("fieldHasValue", value != null);
        model.put("fieldHtml", fieldView(jiraIssue, value));
        model.put("comments", comments(issue, agent));
        model.put("agent", agent);
        model.put("transitions", agent ? Workflow.from(issue.status()) : List.of());
        model.put("internalRole", ProjectRole.AGENT.jiraName());
        model.put("panels", panels(jiraIssue, user));
        model.put("restApi", contextPath + JiraRestApplication.MOUNT);
        model.put("resourceContext", RESOURCE_CONTEXT);
        pages.render(resp, HttpServletResponse.SC_OK, "issue.vm", model);
    }

    /**
     * The field's {@code view} template with Jira's parameters for field templates ({@code $value},
     * {@code $customField}, {@code $issue}, {@code $fieldLayoutItem}, which the sandbox does not have)
     * and the type's own {@code getVelocityParameters}.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private String fieldView(SandboxJiraIssue issue, Object value) throws IOException {
        Optional<SandboxCustomField> customField = field.field();
        Optional<String> template = field.module().flatMap(m -> m.velocity("view"));
        if (customField.isEmpty() || template.isEmpty()) {
            return "";
        }
        CustomFieldType type = customField.get().getCustomFieldType();
        Map<String, Object> context = new HashMap<>();
        context.put("customField", customField.get());
        context.put("issue", issue);
        context.put("value", value);
        context.put("fieldLayoutItem", null);
        Map<String, Object> own = type.getVelocityParameters(issue, customField.get(), null);
        if (own != null) {
            context.putAll(own);
        }
        return render(template.get(), context).strip();
    }

    private List<WebPanels.PanelRow> panels(SandboxJiraIssue issue, HostUser user) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("project", issue.getProjectObject());
        context.put("user", jira.user(user.username()));
        return panels.render(context);
    }

    /** The comments, internal ones for agents only. */
    private List<CommentRow> comments(HostIssue issue, boolean agent) {
        return projects.comments(issue.id()).stream()
                .filter(c -> agent || !c.internal())
                .map(c -> new CommentRow(c, directory.findUser(c.author()).map(HostUser::displayName).orElse(c.author()),
                        SHOWN.format(c.created())))
                .toList();
    }

    private String render(String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }

    /** Whether a {@code /browse/} path names an issue ({@code HELP-12}) rather than a project. */
    public static boolean isIssueKey(String key) {
        return key.matches("[A-Za-z][A-Za-z0-9_]*-[0-9]+");
    }
}
