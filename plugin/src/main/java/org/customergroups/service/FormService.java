package org.customergroups.service;

import org.customergroups.domain.AuditAction;
import org.customergroups.domain.AuditCause;
import org.customergroups.domain.AuditEntry;
import org.customergroups.domain.CatalogEntry;
import org.customergroups.domain.CustomerGroup;
import org.customergroups.domain.DomainException;
import org.customergroups.domain.GroupBlock;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;
import org.customergroups.domain.ProjectRef;
import org.customergroups.domain.RequestForm;
import org.customergroups.domain.ShareSource;
import org.customergroups.domain.TicketShare;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.CatalogStore;
import org.customergroups.port.CustomerGroupStore;
import org.customergroups.port.Directory;
import org.customergroups.port.FormStore;
import org.customergroups.port.IssueIndex;
import org.customergroups.port.Projects;
import org.customergroups.port.Requests;
import org.customergroups.port.ShareStore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Online request forms: the definition (project admins edit it; any signed-in user reads it) and submitting
 * it. Submitting checks the project's restriction, validates every field (INVALID naming the field) and the
 * Customer Group block against the same options the form offered (a forged group is 400), creates the ticket
 * with the reporter (Requests.create, which runs Auto-share), then shares it with the chosen groups (source FORM,
 * audit cause FORM) and records REQUEST_CREATED.
 */
public final class FormService {

    /** Jira's limits on a summary and on a text field. */
    public static final int MAX_SUMMARY = 255;
    public static final int MAX_DESCRIPTION = 32_767;

    private final FormStore forms;
    private final RestrictionService restrictions;
    private final Requests requests;
    private final Projects projects;
    private final CatalogStore catalog;
    private final CustomerGroupStore groups;
    private final Directory directory;
    private final ShareStore shares;
    private final IssueIndex index;
    private final GroupAccess access;
    private final AuditTrail audit;
    private final ShareNotices notices;
    private final Clock clock;

    public FormService(FormStore forms, RestrictionService restrictions, Requests requests, Projects projects,
                       CatalogStore catalog, CustomerGroupStore groups, Directory directory, ShareStore shares,
                       IssueIndex index, GroupAccess access, AuditTrail audit, ShareNotices notices, Clock clock) {
        this.forms = forms;
        this.restrictions = restrictions;
        this.requests = requests;
        this.projects = projects;
        this.catalog = catalog;
        this.groups = groups;
        this.directory = directory;
        this.shares = shares;
        this.index = index;
        this.access = access;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The form as the signed-in actor sees it. A form that is not enabled (never saved, or switched off) gives the
     * project's editors 404 "cg.error.form.disabled" and everyone else the unknown project's 404.
     */
    public FormView view(String actor, String projectKey) {
        UserSummary me = signedIn(actor);
        ProjectRef project = Lookups.project(projects, projectKey);
        RequestForm form = enabledForm(actor, project, projectKey);
        boolean canSubmit = restrictions.mayCreate(actor, project.id());
        List<CustomerGroup> options = form.groupBlock().enabled() ? options(project, me) : List.of();
        return new FormView(project, form, options, canSubmit, canSubmit ? null : "cg.error.restricted.not.authorized");
    }

    /** The stored definition for the admin's editor (project admins). */
    public RequestForm definition(String actor, String projectKey) {
        ProjectRef project = manageable(actor, projectKey);
        return stored(project);
    }

    /** {@link #definition} with who saved it last by display name (the editor's "Last saved by"). */
    public FormDefinition editorDefinition(String actor, String projectKey) {
        return withEditorName(definition(actor, projectKey));
    }

    /** {@link #save}, answered as {@link #editorDefinition}. */
    public FormDefinition saveDefinition(String actor, String projectKey, RequestForm changes) {
        return withEditorName(save(actor, projectKey, changes));
    }

    private FormDefinition withEditorName(RequestForm form) {
        String name = form.updatedBy() == null ? null
                : directory.userByKey(form.updatedBy()).map(UserSummary::displayName).orElse(null);
        return new FormDefinition(form, name);
    }

    /**
     * Replaces the project's form with {@code changes} (its project id, updatedBy and updatedAt are ignored). Texts
     * are stored stripped; every too-long text is reported at once. Records FORM_CHANGED when anything changed.
     */
    public RequestForm save(String actor, String projectKey, RequestForm changes) {
        ProjectRef project = manageable(actor, projectKey);
        if (changes == null) {
            throw DomainException.invalid(null, "cg.error.body.required");
        }
        GroupBlock b = changes.groupBlock();
        String title = changes.title().strip();
        String intro = changes.intro().strip();
        String label = b.label().strip();
        String help = b.helpText().strip();
        List<DomainException> problems = new ArrayList<>();
        tooLong(problems, "title", title, RequestForm.MAX_TITLE);
        tooLong(problems, "intro", intro, RequestForm.MAX_INTRO);
        tooLong(problems, "groupBlock.label", label, GroupBlock.MAX_LABEL);
        tooLong(problems, "groupBlock.helpText", help, GroupBlock.MAX_HELP);
        if (!problems.isEmpty()) {
            throw DomainException.invalidAll(problems);
        }
        RequestForm before = stored(project);
        RequestForm wanted = new RequestForm(project.id(), changes.enabled(), title, intro, changes.descriptionShown(),
                new GroupBlock(b.enabled(), label, help, b.required(), b.multiple()), actor, clock.instant());
        if (sameContent(before, wanted) && before.updatedAt() != null) {
            return before;
        }
        RequestForm saved = forms.put(wanted);
        audit.record(AuditEntry.of(AuditAction.FORM_CHANGED, AuditCause.MANUAL, actor, clock.instant())
                .project(project.id())
                .change(describe(before), describe(saved))
                .build());
        return saved;
    }

    /**
     * Creates the request as the actor. Refusals, in order: 401 anonymous; 404 unknown project or form not enabled
     * (as {@link #view}); 403 restricted project; 400 listing every invalid field (summary, description, groupIds).
     */
    public IssueRef submit(String actor, String projectKey, FormSubmission submission) {
        UserSummary me = signedIn(actor);
        ProjectRef project = Lookups.project(projects, projectKey);
        RequestForm form = enabledForm(actor, project, projectKey);
        restrictions.requireMayCreate(actor, project);
        FormSubmission s = submission == null ? new FormSubmission(null, null, null) : submission;

        List<DomainException> problems = new ArrayList<>();
        String summary = s.summary() == null ? "" : s.summary().strip();
        if (summary.isEmpty()) {
            problems.add(DomainException.invalid("summary", "cg.error.form.summary.required"));
        } else if (summary.length() > MAX_SUMMARY) {
            problems.add(DomainException.invalid("summary", "cg.error.form.summary.too.long", MAX_SUMMARY));
        } else if (summary.indexOf('\n') >= 0 || summary.indexOf('\r') >= 0) {
            problems.add(DomainException.invalid("summary", "cg.error.form.summary.line"));
        }
        // A form without the description field takes none: what is not shown cannot have been typed.
        String description = form.descriptionShown() && s.description() != null ? s.description().strip() : "";
        tooLong(problems, "description", description, MAX_DESCRIPTION);
        List<CustomerGroup> chosen = chosenGroups(problems, form.groupBlock(), project, me, s.groupIds());
        if (!problems.isEmpty()) {
            throw DomainException.invalidAll(problems);
        }

        IssueRef issue = requests.create(project.id(), actor, summary, description);
        Instant now = clock.instant();
        List<TicketShare> added = new ArrayList<>();
        for (CustomerGroup g : chosen) {
            // Auto-share may have shared it with the group already: that share stays as it is.
            TicketShare share = new TicketShare(issue.id(), issue.projectId(), g.id(), g.name(), issue.reporterKey(),
                    ShareSource.FORM, actor, now);
            if (shares.add(share)) {
                added.add(share);
            }
        }
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(AuditEntry.of(AuditAction.REQUEST_CREATED, AuditCause.FORM, actor, now)
                .project(issue.projectId()).issue(issue.id()).user(issue.reporterKey()).build());
        for (TicketShare t : added) {
            entries.add(AuditEntry.of(AuditAction.SHARE_ADDED, AuditCause.FORM, actor, now)
                    .project(t.projectId()).issue(t.issueId()).group(t.groupId(), t.groupName()).build());
        }
        if (!added.isEmpty()) {
            index.reindex(List.of(issue.id()));
        }
        audit.recordAll(entries);
        if (!added.isEmpty()) {
            notices.shared(issue.id(), actor, added.stream().map(TicketShare::groupId).toList());
        }
        return issue;
    }

    /** The Customer Group block's options: the project's catalog groups the user is a member of, by name. */
    List<CustomerGroup> options(ProjectRef project, UserSummary user) {
        List<Long> ids = new ArrayList<>();
        int start = 0;
        while (true) {
            Page<CatalogEntry> page = catalog.list(project.id(), new PageRequest(start, PageRequest.MAX_LIMIT));
            page.values().forEach(e -> ids.add(e.groupId()));
            start += page.values().size();
            if (page.values().isEmpty() || start >= page.total()) {
                break;
            }
        }
        return groups.findByIds(ids).stream()
                .filter(g -> directory.isMember(g.name(), user.username()))
                .sorted(Comparator.comparing((CustomerGroup g) -> g.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private List<CustomerGroup> chosenGroups(List<DomainException> problems, GroupBlock block, ProjectRef project,
                                             UserSummary me, List<Long> groupIds) {
        List<Long> ids = groupIds == null ? List.of() : groupIds;
        if (ids.stream().anyMatch(Objects::isNull)) {
            problems.add(DomainException.invalid("groupIds", "cg.error.form.group.id.invalid"));
            return List.of();
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        if (!block.enabled()) {
            if (!wanted.isEmpty()) {
                problems.add(DomainException.invalid("groupIds", "cg.error.form.group.block.off"));
            }
            return List.of();
        }
        if (wanted.isEmpty()) {
            if (block.required()) {
                problems.add(DomainException.invalid("groupIds", "cg.error.form.group.required"));
            }
            return List.of();
        }
        if (!block.multiple() && wanted.size() > 1) {
            problems.add(DomainException.invalid("groupIds", "cg.error.form.group.single"));
            return List.of();
        }
        Map<Long, CustomerGroup> offered = options(project, me).stream()
                .collect(Collectors.toMap(CustomerGroup::id, Function.identity()));
        List<Long> forged = wanted.stream().filter(id -> !offered.containsKey(id)).toList();
        if (!forged.isEmpty()) {
            problems.add(DomainException.invalid("groupIds", "cg.error.form.group.not.offered",
                    forged.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            return List.of();
        }
        return wanted.stream().map(offered::get).toList();
    }

    /**
     * The project's form if it is enabled. Only an enabled form makes a project public: for anyone who may not edit
     * the form, any other project answers exactly as an unknown key does (the key as typed), so the form URLs do
     * not reveal which projects exist.
     */
    private RequestForm enabledForm(String actor, ProjectRef project, String typedKey) {
        RequestForm form = stored(project);
        if (!form.enabled()) {
            if (!access.canManageCatalog(actor, project.id())) {
                throw Lookups.projectNotFound(typedKey);
            }
            throw DomainException.notFound("cg.error.form.disabled", project.key());
        }
        return form;
    }

    private RequestForm stored(ProjectRef project) {
        return forms.find(project.id()).orElse(RequestForm.initial(project.id()));
    }

    /** As Lookups.manageableProject, but a project without an enabled form is unknown to outsiders (see view). */
    private ProjectRef manageable(String actor, String projectKey) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        ProjectRef project = Lookups.project(projects, projectKey);
        if (!access.canManageCatalog(actor, project.id())) {
            if (!stored(project).enabled()) {
                throw Lookups.projectNotFound(projectKey);
            }
            throw DomainException.forbidden("cg.error.form.manage.forbidden", project.key());
        }
        return project;
    }

    private UserSummary signedIn(String actor) {
        if (actor == null) {
            throw DomainException.notAuthenticated();
        }
        return directory.userByKey(actor).orElseThrow(DomainException::notAuthenticated);
    }

    private static void tooLong(List<DomainException> problems, String field, String text, int max) {
        if (text.length() > max) {
            problems.add(DomainException.invalid(field, "cg.error.form.too.long", max));
        }
    }

    private static boolean sameContent(RequestForm a, RequestForm b) {
        return a.enabled() == b.enabled() && a.title().equals(b.title()) && a.intro().equals(b.intro())
                && a.descriptionShown() == b.descriptionShown() && a.groupBlock().equals(b.groupBlock());
    }

    /** The form's settings in one short line for the audit trail (texts by length: they may be long). */
    private static String describe(RequestForm f) {
        GroupBlock b = f.groupBlock();
        String text = (f.enabled() ? "enabled" : "disabled") + "; title: " + f.title()
                + "; intro: " + f.intro().length() + " chars; description " + (f.descriptionShown() ? "shown" : "hidden")
                + "; group block " + (b.enabled() ? "on (" + (b.required() ? "required" : "optional") + ", "
                + (b.multiple() ? "multiple" : "single") + ", label: " + b.label() + ")" : "off");
        return text.length() > AuditEntry.MAX_VALUE ? text.substring(0, AuditEntry.MAX_VALUE) : text;
    }
}
