/*
 * The "Customer Groups" panel of the issue view (templates/customergroups/issue-shares-panel.vm):
 * the customer groups the ticket is shared with (who shared it, when, and how: by an agent, by
 * Auto-share or from the request form), and for agents a type-ahead over the project's catalog to
 * share it with one more group, and a Remove button (with confirmation) per group. Agents also get
 * the ticket's History (its audit trail, GET /audit?issue=, 10 entries at a time, worded by
 * customer-groups-audit-text.js) and "Why can this user see this ticket?" (GET
 * /issues/{key}/access/{username}). Everything comes
 * from the REST API at data-rest-base, which checks each call; errors show the server's message.
 * Data is only ever written with textContent. Plain ES5, no build step; every string is an i18n
 * key that the jsI18n transformer replaces.
 */
(function () {
    'use strict';

    var PICK_SIZE = 10;
    var HISTORY_SIZE = 10;
    var TYPE_AHEAD_MS = 250;

    // ---------------------------------------------------------------------------------------------
    // helpers

    var common = window.CustomerGroupsPage; // customer-groups-common.js, listed first in the web-resource
    var byId = common.byId;
    var el = common.el;
    var clear = common.clear;
    var show = common.show;
    var enc = common.enc;
    var setBusy = common.setBusy;
    var message = common.message;

    /** "12 Mar 2025, 14:05": customer-groups-audit-text.js, listed before this script in its web-resource. */
    function when(iso) {
        return window.CustomerGroupsAudit.when(iso);
    }

    function sourceLabel(source) {
        if (source === 'AUTO') {
            return AJS.I18n.getText('cg.issue.panel.source.AUTO');
        }
        if (source === 'FORM') {
            return AJS.I18n.getText('cg.issue.panel.source.FORM');
        }
        return AJS.I18n.getText('cg.issue.panel.source.AGENT');
    }

    // ---------------------------------------------------------------------------------------------

    /** Wires one rendered panel; its elements are found by id (the issue view has one panel). */
    function wirePanel(root) {
        var restBase = root.getAttribute('data-rest-base');
        var issueKey = root.getAttribute('data-issue-key');
        var messages = byId('cg-issue-shares-messages');
        var form = byId('cg-issue-share-form');          // absent for users who may not edit the issue
        var input = byId('cg-issue-share-input');
        var options = byId('cg-issue-share-options');
        var status = byId('cg-issue-share-status');
        var submit = byId('cg-issue-share-submit');
        var dialog = byId('cg-issue-unshare-dialog');
        var candidates = [];        // the options shown: {groupId, groupName, shared}
        var active = -1;            // index into candidates of the highlighted option
        var chosen = null;          // the candidate picked from the list
        var searchSeq = 0;          // answers to older searches are ignored
        var searchTimer = null;     // the type-ahead's pending search
        var pendingRemoval = null;  // the share the confirmation is about
        var returnFocus = null;

        function api(method, path, body, withStatus) {
            return common.api(restBase, method, path, body, withStatus);
        }

        function sharesPath() {
            return '/issues/' + enc(issueKey) + '/shares';
        }

        // the list ----------------------------------------------------------------------------------

        function load() {
            return api('GET', sharesPath()).then(function (data) {
                show(byId('cg-issue-shares-loading'), false);
                var list = byId('cg-issue-shares-list');
                clear(list);
                (data.shares || []).forEach(function (share) {
                    list.appendChild(shareItem(share, !!data.canEdit && !!form));
                });
                show(byId('cg-issue-shares-empty'), !data.shares || data.shares.length === 0);
            }, function (error) {
                show(byId('cg-issue-shares-loading'), false);
                message(messages, 'error', error.message);
            });
        }

        function shareItem(share, canEdit) {
            var item = el('li', 'cg-issue-share');
            item.setAttribute('data-group-id', String(share.groupId));
            item.setAttribute('data-group-name', share.groupName);
            item.setAttribute('data-source', share.source);

            var head = el('div', 'cg-issue-share-head');
            head.appendChild(el('span', 'cg-issue-share-name', share.groupName));
            head.appendChild(document.createTextNode(' '));
            var source = el('span', 'aui-lozenge aui-lozenge-subtle cg-issue-share-source', sourceLabel(share.source));
            source.title = AJS.I18n.getText('cg.issue.panel.source.title');
            head.appendChild(source);
            if (canEdit) {
                var remove = el('button', 'aui-button aui-button-link cg-issue-unshare', AJS.I18n.getText('cg.issue.panel.remove'));
                remove.type = 'button';
                remove.setAttribute('aria-label', AJS.I18n.getText('cg.issue.panel.remove.label', share.groupName));
                remove.addEventListener('click', function () {
                    confirmRemoval(share, remove);
                });
                head.appendChild(remove);
            }
            item.appendChild(head);

            var who = share.sharedBy ? (share.sharedBy.displayName || share.sharedBy.username) : null;
            var meta = el('div', 'cg-muted cg-issue-share-meta', who
                ? AJS.I18n.getText('cg.issue.panel.shared.by', who, when(share.sharedAt))
                : AJS.I18n.getText('cg.issue.panel.shared.on', when(share.sharedAt)));
            meta.title = share.sharedAt || '';
            item.appendChild(meta);
            return item;
        }

        // removing a share ----------------------------------------------------------------------------

        function confirmRemoval(share, trigger) {
            pendingRemoval = share;
            returnFocus = trigger;
            byId('cg-issue-unshare-title').textContent = AJS.I18n.getText('cg.issue.panel.remove.title', share.groupName);
            byId('cg-issue-unshare-text').textContent =
                AJS.I18n.getText('cg.issue.panel.remove.confirm', share.groupName, issueKey);
            message(byId('cg-issue-unshare-messages'), 'error', null);
            show(dialog, true);
            byId('cg-issue-unshare-submit').focus();
        }

        function closeDialog() {
            show(dialog, false);
            pendingRemoval = null;
            var target = returnFocus && document.body.contains(returnFocus) ? returnFocus : input;
            returnFocus = null;
            if (target) {
                target.focus();
            }
        }

        function wireDialog() {
            byId('cg-issue-unshare-cancel').addEventListener('click', closeDialog);
            dialog.addEventListener('click', function (event) {
                if (event.target === dialog) {
                    closeDialog();
                }
            });
            dialog.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    event.stopPropagation();
                    closeDialog();
                } else if (event.key === 'Tab') {
                    keepFocusIn(event);
                }
            });
            byId('cg-issue-unshare-form').addEventListener('submit', function (event) {
                event.preventDefault();
                var share = pendingRemoval;
                if (!share) {
                    return;
                }
                var button = byId('cg-issue-unshare-submit');
                setBusy(button, true);
                api('DELETE', sharesPath() + '/' + enc(share.groupId)).then(function () {
                    setBusy(button, false);
                    returnFocus = input;
                    closeDialog();
                    message(messages, 'success', AJS.I18n.getText('cg.issue.panel.remove.done', share.groupName));
                    refreshHistory();
                    return load();
                }, function (error) {
                    setBusy(button, false);
                    message(byId('cg-issue-unshare-messages'), 'error', error.message);
                });
            });
        }

        /** Tab and Shift+Tab stay within the open dialog. */
        function keepFocusIn(event) {
            var focusable = Array.prototype.filter.call(dialog.querySelectorAll('button, input'), function (node) {
                return !node.disabled;
            });
            if (focusable.length === 0) {
                return;
            }
            var first = focusable[0];
            var last = focusable[focusable.length - 1];
            if (event.shiftKey && document.activeElement === first) {
                event.preventDefault();
                last.focus();
            } else if (!event.shiftKey && document.activeElement === last) {
                event.preventDefault();
                first.focus();
            }
        }

        // the type-ahead ------------------------------------------------------------------------------

        function openList(open) {
            show(options, open);
            input.setAttribute('aria-expanded', open ? 'true' : 'false');
            if (!open) {
                setActive(-1);
            }
        }

        function setActive(index) {
            active = index;
            Array.prototype.forEach.call(options.children, function (option, i) {
                var on = i === index;
                option.classList.toggle('cg-active', on);
                option.setAttribute('aria-selected', on ? 'true' : 'false');
                if (on && option.scrollIntoView) {
                    option.scrollIntoView({block: 'nearest'});
                }
            });
            if (index >= 0 && options.children[index]) {
                input.setAttribute('aria-activedescendant', options.children[index].id);
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function search() {
            var query = input.value.trim();
            var seq = ++searchSeq;
            api('GET', sharesPath() + '/candidates?query=' + enc(query) + '&start=0&limit=' + PICK_SIZE)
                .then(function (page) {
                    if (seq !== searchSeq || document.activeElement !== input) {
                        return;  // a newer search is on its way, or the user has moved on
                    }
                    candidates = page.values || [];
                    clear(options);
                    candidates.forEach(function (candidate, i) {
                        options.appendChild(optionItem(candidate, i));
                    });
                    setActive(-1);  // a new list: nothing highlighted yet
                    if (candidates.length === 0) {
                        status.textContent = AJS.I18n.getText('cg.issue.panel.add.none');
                    } else if (page.total > candidates.length) {
                        status.textContent = AJS.I18n.getText('cg.issue.panel.add.narrow', candidates.length, page.total);
                    } else {
                        status.textContent = AJS.I18n.getText('cg.issue.panel.add.count', candidates.length);
                    }
                    openList(candidates.length > 0);
                }, function (error) {
                    if (seq === searchSeq) {
                        openList(false);
                        message(messages, 'error', error.message);
                    }
                });
        }

        function optionItem(candidate, index) {
            var option = el('li', 'cg-issue-share-option');
            option.id = 'cg-issue-share-option-' + index;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.setAttribute('data-group-id', String(candidate.groupId));
            option.setAttribute('data-group-name', candidate.groupName);
            option.appendChild(el('span', 'cg-issue-share-option-name', candidate.groupName));
            if (candidate.defaultGroup) {
                // The same badge as the project page's group lists.
                var badge = el('span', 'aui-lozenge aui-lozenge-subtle aui-lozenge-success cg-default-badge',
                    AJS.I18n.getText('cg.ui.default.badge'));
                badge.title = AJS.I18n.getText('cg.ui.default.badge.title');
                option.appendChild(document.createTextNode(' '));
                option.appendChild(badge);
            }
            if (candidate.shared) {
                option.setAttribute('aria-disabled', 'true');
                option.classList.add('cg-shared');
                option.appendChild(document.createTextNode(' '));
                option.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle cg-issue-already',
                    AJS.I18n.getText('cg.issue.panel.add.already')));
            }
            // mousedown, not click: the input keeps the focus, so the list is not closed first.
            option.addEventListener('mousedown', function (event) {
                event.preventDefault();
                choose(index);
            });
            option.addEventListener('mousemove', function () {
                if (active !== index) {
                    setActive(index);
                }
            });
            return option;
        }

        /** No search is pending any more, and an answer still on its way is ignored. */
        function stopSearching() {
            clearTimeout(searchTimer);
            searchSeq++;
        }

        function choose(index) {
            var candidate = candidates[index];
            if (!candidate) {
                return;
            }
            if (candidate.shared) {
                setActive(index);
                status.textContent = AJS.I18n.getText('cg.issue.panel.add.already.shared', candidate.groupName);
                return;
            }
            stopSearching();
            chosen = candidate;
            input.value = candidate.groupName;
            openList(false);
            submit.disabled = false;
            status.textContent = AJS.I18n.getText('cg.issue.panel.add.chosen', candidate.groupName);
        }

        function wireTypeAhead() {
            function typed() {
                clearTimeout(searchTimer);
                searchTimer = setTimeout(search, TYPE_AHEAD_MS);
            }
            input.addEventListener('input', function () {
                if (chosen && input.value !== chosen.groupName) {
                    chosen = null;
                }
                submit.disabled = !chosen && input.value.trim() === '';
                typed();
            });
            input.addEventListener('click', function () {
                if (options.hasAttribute('hidden') && !chosen) {
                    search();
                }
            });
            input.addEventListener('blur', function () {
                openList(false);
                if (!chosen) {
                    status.textContent = '';  // what the last search found no longer matters
                }
            });
            input.addEventListener('keydown', function (event) {
                var open = !options.hasAttribute('hidden');
                if (event.key === 'ArrowDown') {
                    event.preventDefault();
                    if (!open) {
                        search();
                    } else if (candidates.length > 0) {
                        setActive(active < candidates.length - 1 ? active + 1 : 0);
                    }
                } else if (event.key === 'ArrowUp') {
                    if (open && candidates.length > 0) {
                        event.preventDefault();
                        setActive(active > 0 ? active - 1 : candidates.length - 1);
                    }
                } else if (event.key === 'Enter') {
                    if (open && active >= 0) {
                        event.preventDefault();  // picks the option; a second Enter shares
                        choose(active);
                    }
                } else if (event.key === 'Escape') {
                    if (open) {
                        event.preventDefault();
                        event.stopPropagation();
                        openList(false);
                    }
                }
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var name = input.value.trim();
                if (!chosen && !name) {
                    return;
                }
                // A group picked from the list goes by id; a name typed in full goes by name (the server
                // answers 404 when the project's catalog has no such group).
                var body = chosen ? {groupId: chosen.groupId} : {group: name};
                stopSearching();
                openList(false);
                setBusy(submit, true);
                api('POST', sharesPath(), body, true).then(function (answer) {
                    var groupName = answer.data && answer.data.groupName ? answer.data.groupName : name;
                    setBusy(submit, false);
                    chosen = null;
                    input.value = '';
                    submit.disabled = true;
                    status.textContent = '';
                    // 201: shared now; 200: it already was (not an error).
                    message(messages, 'success', answer.status === 201
                        ? AJS.I18n.getText('cg.issue.panel.add.done', groupName)
                        : AJS.I18n.getText('cg.issue.panel.add.already.shared', groupName));
                    refreshHistory();
                    return load();
                }, function (error) {
                    setBusy(submit, false);
                    submit.disabled = false;
                    message(messages, 'error', error.message);  // what was typed stays in the field
                    input.focus();
                });
            });
        }

        // History and "Why can this user see this ticket?" (agents only) -----------------------------

        var trail = {start: 0, total: 0, loaded: false, seq: 0};  // the History list's paging

        /** A disclosure button: opens and closes the section it controls; {@code onOpen} runs on each opening. */
        function wireToggle(button, onOpen) {
            var body = byId(button.getAttribute('aria-controls'));
            button.addEventListener('click', function () {
                var open = button.getAttribute('aria-expanded') !== 'true';
                button.setAttribute('aria-expanded', open ? 'true' : 'false');
                show(body, open);
                if (open && onOpen) {
                    onOpen();
                }
            });
        }

        function historyOpen() {
            var toggle = byId('cg-issue-history-toggle');
            return !!toggle && toggle.getAttribute('aria-expanded') === 'true';
        }

        /** After a change on this panel: an open History shows it at once, a closed one reloads when opened. */
        function refreshHistory() {
            trail.loaded = false;
            if (historyOpen()) {
                loadHistory(false);
            }
        }

        function loadHistory(append) {
            var list = byId('cg-issue-history-list');
            var more = byId('cg-issue-history-more');
            var start = append ? trail.start : 0;
            var seq = ++trail.seq;
            show(byId('cg-issue-history-loading'), !append);
            setBusy(more, true);
            api('GET', '/audit?issue=' + enc(issueKey) + '&start=' + start + '&limit=' + HISTORY_SIZE).then(function (page) {
                if (seq !== trail.seq) {
                    return;  // a newer load is on its way
                }
                setBusy(more, false);
                show(byId('cg-issue-history-loading'), false);
                message(byId('cg-issue-history-messages'), 'error', null);
                if (!append) {
                    clear(list);
                }
                (page.values || []).forEach(function (entry) {
                    list.appendChild(window.CustomerGroupsAudit.listItem(entry, 'cg-issue-history'));
                });
                trail.start = page.start + (page.values || []).length;
                trail.total = page.total;
                trail.loaded = true;
                show(more, trail.start < trail.total);
                show(byId('cg-issue-history-empty'), trail.total === 0);
            }, function (error) {
                if (seq !== trail.seq) {
                    return;
                }
                setBusy(more, false);
                show(byId('cg-issue-history-loading'), false);
                message(byId('cg-issue-history-messages'), 'error', error.message);
            });
        }

        function wireHistory() {
            wireToggle(byId('cg-issue-history-toggle'), function () {
                if (!trail.loaded) {
                    loadHistory(false);
                }
            });
            byId('cg-issue-history-more').addEventListener('click', function () {
                loadHistory(true);
            });
        }

        function pathText(path, who, data) {
            if (path.kind === 'REPORTER') {
                return AJS.I18n.getText('cg.ui.issue.access.path.REPORTER', who);
            }
            if (path.kind === 'JIRA_PERMISSION') {
                return AJS.I18n.getText('cg.ui.issue.access.path.JIRA_PERMISSION', who);
            }
            if (path.kind === 'SHARED_GROUP') {
                var group = path.group && path.group.name ? path.group.name : AJS.I18n.getText('cg.ui.audit.unknown');
                var source = sourceLabel(path.source);
                if (path.sharedBy) {
                    return AJS.I18n.getText('cg.ui.issue.access.path.SHARED_GROUP.by', group,
                        window.CustomerGroupsAudit.name(path.sharedBy), when(path.sharedAt), source);
                }
                return AJS.I18n.getText('cg.ui.issue.access.path.SHARED_GROUP', group, when(path.sharedAt), source);
            }
            if (path.kind === 'CUSTOMER_ADMIN') {
                var adminGroup = path.group && path.group.name ? path.group.name
                    : AJS.I18n.getText('cg.ui.audit.unknown');
                // Whether Jira's own view lets them in, too: else the portal, and the optional setup step if missing.
                var view = data.jiraBrowse ? AJS.I18n.getText('cg.ui.issue.access.path.CUSTOMER_ADMIN.jira')
                    : (data.setup && data.setup.adminsReady
                        ? AJS.I18n.getText('cg.ui.issue.access.path.CUSTOMER_ADMIN.portal')
                        : AJS.I18n.getText('cg.ui.issue.access.path.CUSTOMER_ADMIN.setup'));
                return AJS.I18n.getText('cg.ui.issue.access.path.CUSTOMER_ADMIN', who, adminGroup) + ' ' + view;
            }
            return path.kind;
        }

        /** The explainer's answer: can see or not, each way in, and a warning when sharing is not set up. */
        function showAccess(data, username) {
            var result = byId('cg-issue-access-result');
            var paths = byId('cg-issue-access-paths');
            var user = data.user || {};
            var who = user.displayName
                ? AJS.I18n.getText('cg.ui.issue.access.who', user.displayName, user.username || username)
                : (user.username || username);
            result.setAttribute('data-can-see', data.canSee ? 'true' : 'false');
            result.setAttribute('data-username', user.username || username);
            byId('cg-issue-access-verdict').textContent = data.canSee
                ? AJS.I18n.getText('cg.ui.issue.access.can', who, issueKey)
                : AJS.I18n.getText('cg.ui.issue.access.cannot', who, issueKey);
            byId('cg-issue-access-verdict').className = 'cg-issue-access-verdict '
                + (data.canSee ? 'cg-issue-access-yes' : 'cg-issue-access-no');
            clear(paths);
            (data.paths || []).forEach(function (path) {
                var item = el('li', 'cg-issue-access-path', pathText(path, who, data));
                item.setAttribute('data-kind', path.kind);
                if (path.group && path.group.id !== undefined && path.group.id !== null) {
                    item.setAttribute('data-group-id', String(path.group.id));
                }
                paths.appendChild(item);
            });
            show(paths, paths.children.length > 0);
            var setup = data.setup || {};
            show(byId('cg-issue-access-setup'), setup.complete === false);
            show(result, true);
        }

        function wireAccess() {
            var accessForm = byId('cg-issue-access-form');
            var user = byId('cg-issue-access-user');
            var check = byId('cg-issue-access-submit');
            var accessMessages = byId('cg-issue-access-messages');
            var seq = 0;
            wireToggle(byId('cg-issue-access-toggle'), function () {
                user.focus();
            });
            accessForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var username = user.value.trim();
                show(byId('cg-issue-access-result'), false);
                if (!username) {
                    message(accessMessages, 'error', AJS.I18n.getText('cg.ui.issue.access.required'));
                    user.focus();
                    return;
                }
                var mine = ++seq;
                message(accessMessages, 'error', null);
                setBusy(check, true);
                api('GET', '/issues/' + enc(issueKey) + '/access/' + enc(username)).then(function (data) {
                    if (mine !== seq) {
                        return;
                    }
                    setBusy(check, false);
                    showAccess(data, username);
                }, function (error) {
                    if (mine !== seq) {
                        return;
                    }
                    setBusy(check, false);
                    message(accessMessages, 'error', error.message);
                    user.focus();
                });
            });
        }

        if (!issueKey) {
            show(byId('cg-issue-shares-loading'), false);  // a panel without an issue: nothing to show
            return;
        }
        load();
        if (form) {
            wireTypeAhead();
            wireDialog();
        }
        if (byId('cg-issue-history')) {
            wireHistory();
            wireAccess();
        }
    }

    /** Every panel on the page that is not wired yet (the issue view can re-draw its panels). */
    function initAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.cg-issue-shares'), function (root) {
            if (root.getAttribute('data-cg-ready') === 'true') {
                return;
            }
            root.setAttribute('data-cg-ready', 'true');
            wirePanel(root);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
    // Jira's issue view (and the issue navigator's detail view) swap in new content without a page load.
    if (window.JIRA && window.JIRA.Events && window.JIRA.Events.NEW_CONTENT_ADDED && typeof window.JIRA.bind === 'function') {
        window.JIRA.bind(window.JIRA.Events.NEW_CONTENT_ADDED, initAll);
    }
}());
