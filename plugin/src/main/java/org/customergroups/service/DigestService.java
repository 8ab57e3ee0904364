package org.customergroups.service;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.DigestEntry;
import org.customergroups.domain.IssueRef;
import org.customergroups.domain.MailItem;
import org.customergroups.domain.Notice;
import org.customergroups.domain.UserSummary;
import org.customergroups.port.DigestStore;
import org.customergroups.port.Directory;
import org.customergroups.port.Issues;
import org.customergroups.port.Links;
import org.customergroups.port.MailOutbox;
import org.customergroups.port.MailTemplates;
import org.customergroups.port.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daily digest: sends every waiting subscriber one mail with their waiting notices, then removes them.
 * Run once a day, on one node of the cluster at a time (Jira: a RUN_ONCE_PER_CLUSTER job).
 * <ul>
 *   <li>A run walks the waiting users once, in key order, with a keyset cursor: each user gets at most one mail
 *       per run. Whatever still waits for a user already passed (new notices, the rest over the cap, a failed
 *       mail) waits for the next run.</li>
 *   <li>At most {@link #MAX_PER_MAIL} notices per mail, oldest first; the rest waits for the next run.</li>
 *   <li>Only what was sent is deleted: when the mail cannot be handed to the outbox, the notices wait.</li>
 *   <li>Notices of issues that are gone, or (standard users) that the user may no longer browse, are dropped
 *       unsent; the issue's current key is used (it may have moved since).</li>
 *   <li>Users who no longer exist or have no e-mail address lose their waiting notices.</li>
 * </ul>
 */
public final class DigestService {

    public static final int MAX_PER_MAIL = 200;
    static final int USERS_PER_PAGE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);

    private final DigestStore digests;
    private final Directory directory;
    private final Issues issues;
    private final Permissions permissions;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;

    public DigestService(DigestStore digests, Directory directory, Issues issues, Permissions permissions,
                         MailTemplates templates, MailOutbox outbox, Links links) {
        this.digests = digests;
        this.directory = directory;
        this.issues = issues;
        this.permissions = permissions;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
    }

    /** Sends the waiting digests; returns the number of mails sent. */
    public int sendDigests() {
        int sent = 0;
        String after = null;
        while (true) {
            List<String> users = digests.waitingUsers(after, USERS_PER_PAGE);
            for (String userKey : users) {
                if (sendTo(userKey)) {
                    sent++;
                }
            }
            if (users.size() < USERS_PER_PAGE) {
                return sent;
            }
            after = users.get(users.size() - 1);
        }
    }

    /** Mails the user's digest; true when a mail was handed to the outbox. */
    private boolean sendTo(String userKey) {
        try {
            Optional<UserSummary> user = directory.userByKey(userKey)
                    .filter(u -> u.email() != null && !u.email().isBlank());
            if (user.isEmpty()) {
                dropAll(userKey);
                return false;
            }
            List<DigestEntry> entries = digests.of(userKey, MAX_PER_MAIL);
            List<MailItem> items = new ArrayList<>();
            for (DigestEntry e : entries) {
                current(user.get(), e.notice()).ifPresent(n -> items.add(
                        new MailItem(n, NotificationService.linkFor(links, user.get(), n.issueKey()))));
            }
            if (!items.isEmpty()) {
                outbox.send(templates.digest(user.get(), items));
            }
            digests.delete(entries.stream().map(DigestEntry::id).toList());
            return !items.isEmpty();
        } catch (RuntimeException e) {
            LOG.warn("Customer Groups: the digest for user {} failed; its notices wait for the next run", userKey, e);
            return false;
        }
    }

    /** The notice with the issue's current key; empty when the user should no longer hear of the issue. */
    private Optional<Notice> current(UserSummary user, Notice n) {
        Optional<IssueRef> issue = issues.byId(n.issueId());
        if (issue.isEmpty()
                || (user.type() != AccountType.REPORTER && !permissions.canBrowseIssue(user.key(), n.issueId()))) {
            return Optional.empty();
        }
        String key = issue.get().key();
        return Optional.of(key.equals(n.issueKey()) ? n : new Notice(n.kind(), n.issueId(), key, n.summary(),
                n.actorName(), n.comment(), n.fromStatus(), n.toStatus(), n.groupName(), n.at()));
    }

    /** Deletes everything waiting for a user who cannot get mail, a bounded batch at a time. */
    private void dropAll(String userKey) {
        while (true) {
            List<DigestEntry> batch = digests.of(userKey, MAX_PER_MAIL);
            if (batch.isEmpty() || digests.delete(batch.stream().map(DigestEntry::id).toList()) == 0) {
                return;
            }
        }
    }
}
