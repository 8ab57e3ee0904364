/*
 * The project settings page "Customer Groups" (templates/customergroups/project-customer-groups.vm):
 * the project's catalog, the New / Add existing dialogs, and the sidebar of the selected group
 * (Members, Projects, Settings, History: the group's audit trail, worded by customer-groups-audit-text.js).
 * Everything comes from the REST API at data-rest-base, which checks
 * each call; errors show the server's message. Data is only ever written with textContent.
 * Plain ES5, no build step; every string is an i18n key that the jsI18n transformer replaces.
 */
(function () {
    'use strict';

    var PAGE_SIZE = 25;
    var PICK_SIZE = 20;
    var TYPE_AHEAD_MS = 250;

    var root;
    var restBase;
    var projectKey;
    var canUpgrade;

    var catalog = {start: 0, total: 0, entries: {}};  // entries: groupId -> catalog entry
    var selected = null;                              // the catalog entry shown in the sidebar
    var members = {start: 0, total: 0, query: ''};
    var projectsTab = {start: 0, total: 0};
    var historyTab = {start: 0, total: 0, seq: 0};
    var confirmAction = null;

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

    function debounce(fn, ms) {
        var timer = null;
        return function () {
            var args = arguments;
            clearTimeout(timer);
            timer = setTimeout(function () {
                fn.apply(null, args);
            }, ms);
        };
    }

    function api(method, path, body) {
        return common.api(restBase, method, path, body);
    }

    function pageMessage(type, text) {
        message(byId('cg-messages'), type, text);
    }

    function lozenge(text, modifier) {
        return el('span', 'aui-lozenge aui-lozenge-subtle ' + (modifier || ''), text);
    }

    function helpdeskBadge() {
        var badge = lozenge(AJS.I18n.getText('cg.page.badge.helpdesk'), 'aui-lozenge-complete cg-helpdesk-badge');
        badge.title = AJS.I18n.getText('cg.page.badge.helpdesk.title');
        return badge;
    }

    function typeLabel(type) {
        return type === 'REPORTER'
            ? AJS.I18n.getText('cg.page.user.type.REPORTER')
            : AJS.I18n.getText('cg.page.user.type.STANDARD');
    }

    /** "A, B" from catalog entries (or groups); '' for none. */
    function groupNames(entries) {
        return (entries || []).map(function (e) {
            return e.group ? e.group.name : e.name;
        }).join(', ');
    }

    function userNames(users) {
        return (users || []).map(function (u) {
            return u.username;
        }).join(', ');
    }

    // ---------------------------------------------------------------------------------------------
    // dialogs

    function openDialog(dialog) {
        show(dialog, true);
        message(dialog.querySelector('.cg-dialog-messages'), 'error', null);
        var first = dialog.querySelector('input:not([type=hidden]), select, textarea, button[type=submit]');
        if (first) {
            first.focus();
        }
    }

    function closeDialog(dialog) {
        show(dialog, false);
    }

    function dialogError(dialog, text) {
        message(dialog.querySelector('.cg-dialog-messages'), 'error', text);
    }

    function wireDialogs() {
        var dialogs = root.querySelectorAll('.cg-backdrop');
        Array.prototype.forEach.call(dialogs, function (dialog) {
            Array.prototype.forEach.call(dialog.querySelectorAll('.cg-dialog-cancel'), function (cancel) {
                cancel.addEventListener('click', function () {
                    closeDialog(dialog);
                });
            });
            dialog.addEventListener('click', function (event) {
                if (event.target === dialog) {
                    closeDialog(dialog);
                }
            });
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                Array.prototype.forEach.call(dialogs, closeDialog);
            }
        });
    }

    function confirmDialog(title, text, button, action) {
        var dialog = byId('cg-confirm-dialog');
        byId('cg-confirm-title').textContent = title;
        byId('cg-confirm-text').textContent = text;
        byId('cg-confirm-submit').textContent = button;
        confirmAction = action;
        openDialog(dialog);
    }

    function wireConfirm() {
        var dialog = byId('cg-confirm-dialog');
        byId('cg-confirm-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var submit = byId('cg-confirm-submit');
            if (!confirmAction) {
                return;
            }
            setBusy(submit, true);
            confirmAction().then(function () {
                setBusy(submit, false);
                confirmAction = null;
                closeDialog(dialog);
            }, function (error) {
                setBusy(submit, false);
                dialogError(dialog, error.message);
            });
        });
    }

    // ---------------------------------------------------------------------------------------------
    // catalog table

    function loadCatalog(append) {
        var start = append ? catalog.start : 0;
        show(byId('cg-catalog-loading'), true);
        return api('GET', '/projects/' + enc(projectKey) + '/catalog?start=' + start + '&limit=' + PAGE_SIZE)
            .then(function (page) {
                var body = byId('cg-catalog-body');
                if (!append) {
                    clear(body);
                    catalog.entries = {};
                }
                page.values.forEach(function (entry) {
                    catalog.entries[entry.group.id] = entry;
                    body.appendChild(catalogRow(entry));
                });
                catalog.start = page.start + page.values.length;
                catalog.total = page.total;
                show(byId('cg-catalog-more'), catalog.start < catalog.total);
                show(byId('cg-catalog-empty'), catalog.total === 0);
                show(byId('cg-catalog-loading'), false);
                if (selected && catalog.entries[selected.group.id]) {
                    selected = catalog.entries[selected.group.id];  // the sidebar follows the fresh entry
                }
                markSelectedRow();
            }, function (error) {
                show(byId('cg-catalog-loading'), false);
                pageMessage('error', error.message);
            });
    }

    function catalogRow(entry) {
        var group = entry.group;
        var row = el('tr', 'cg-catalog-row');
        row.setAttribute('data-group-id', String(group.id));
        row.setAttribute('data-group-name', group.name);

        var name = el('td', 'cg-group-name');
        var link = el('a', 'cg-group-link', group.name);
        link.href = '#';
        link.addEventListener('click', function (event) {
            event.preventDefault();
            openSidebar(group.id);
        });
        name.appendChild(link);
        name.appendChild(document.createTextNode(' '));
        name.appendChild(helpdeskBadge());
        markDefault(name, group);
        if (group.description) {
            name.appendChild(el('div', 'cg-muted cg-group-description', group.description));
        }
        row.appendChild(name);

        row.appendChild(el('td', 'cg-number cg-member-count', group.memberCount));

        var share = el('td', 'cg-autoshare-cell');
        share.appendChild(autoShareToggle(entry));
        row.appendChild(share);

        var actions = el('td', 'cg-actions');
        var remove = el('button', 'aui-button aui-button-link cg-remove-group', AJS.I18n.getText('cg.page.remove'));
        remove.type = 'button';
        remove.setAttribute('aria-label', AJS.I18n.getText('cg.page.remove.label', group.name));
        remove.addEventListener('click', function () {
            confirmRemoveGroup(group);
        });
        actions.appendChild(remove);
        row.appendChild(actions);
        return row;
    }

    function autoShareToggle(entry) {
        var label = el('label', 'cg-toggle');
        var box = el('input', 'cg-autoshare');
        box.type = 'checkbox';
        box.setAttribute('role', 'switch');
        box.checked = !!entry.autoShare;
        box.setAttribute('aria-label', AJS.I18n.getText('cg.page.autoshare.label', entry.group.name));
        var state = el('span', 'cg-toggle-state', entry.autoShare
            ? AJS.I18n.getText('cg.page.autoshare.on')
            : AJS.I18n.getText('cg.page.autoshare.off'));
        box.addEventListener('change', function () {
            setAutoShare(entry.group.id, box.checked, box);
        });
        label.appendChild(box);
        label.appendChild(state);
        return label;
    }

    /** Sets Auto-share; every control showing it (row toggle, sidebar checkbox) follows the server's answer. */
    function setAutoShare(groupId, on, control) {
        control.disabled = true;
        return api('PUT', '/projects/' + enc(projectKey) + '/catalog/' + enc(groupId), {autoShare: on})
            .then(function (entry) {
                control.disabled = false;
                var known = catalog.entries[groupId];
                if (known) {
                    known.autoShare = entry.autoShare;
                }
                showAutoShare(groupId, entry.autoShare);
                pageMessage('success', entry.autoShare
                    ? AJS.I18n.getText('cg.page.autoshare.enabled', known ? known.group.name : '')
                    : AJS.I18n.getText('cg.page.autoshare.disabled', known ? known.group.name : ''));
            }, function (error) {
                control.disabled = false;
                var known = catalog.entries[groupId];
                showAutoShare(groupId, known ? known.autoShare : !on);
                pageMessage('error', error.message);
            });
    }

    function showAutoShare(groupId, on) {
        var row = rowOf(groupId);
        if (row) {
            row.querySelector('.cg-autoshare').checked = on;
            row.querySelector('.cg-toggle-state').textContent = on
                ? AJS.I18n.getText('cg.page.autoshare.on')
                : AJS.I18n.getText('cg.page.autoshare.off');
        }
        if (selected && selected.group.id === groupId) {
            byId('cg-settings-autoshare').checked = on;
        }
    }

    function rowOf(groupId) {
        return byId('cg-catalog-body').querySelector('tr[data-group-id="' + Number(groupId) + '"]');
    }

    function markSelectedRow() {
        Array.prototype.forEach.call(byId('cg-catalog-body').rows, function (row) {
            var on = selected !== null && row.getAttribute('data-group-id') === String(selected.group.id);
            row.classList.toggle('cg-selected', on);
            if (on) {
                row.setAttribute('aria-current', 'true');
            } else {
                row.removeAttribute('aria-current');
            }
        });
    }

    function confirmRemoveGroup(group) {
        confirmDialog(AJS.I18n.getText('cg.page.remove.title'),
            AJS.I18n.getText('cg.page.remove.confirm', group.name),
            AJS.I18n.getText('cg.page.remove'),
            function () {
                return api('DELETE', '/projects/' + enc(projectKey) + '/catalog/' + enc(group.id)).then(function () {
                    if (selected && selected.group.id === group.id) {
                        closeSidebar();
                    }
                    pageMessage('success', AJS.I18n.getText('cg.page.remove.done', group.name));
                    return loadCatalog(false);
                });
            });
    }

    /** Re-reads one group (after member changes) and updates its row and the sidebar header. */
    function refreshGroup(groupId) {
        return api('GET', '/groups/' + enc(groupId)).then(function (group) {
            var entry = catalog.entries[groupId];
            if (entry) {
                entry.group = group;
            }
            var row = rowOf(groupId);
            if (row) {
                row.querySelector('.cg-member-count').textContent = String(group.memberCount);
            }
            return group;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // "New customer group"

    function wireNewGroup() {
        var dialog = byId('cg-new-group-dialog');
        var input = byId('cg-new-group-name');
        byId('cg-new-group').addEventListener('click', function () {
            openDialog(dialog);
        });
        byId('cg-new-group-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var name = input.value.trim();
            if (!name) {
                dialogError(dialog, AJS.I18n.getText('cg.page.new.group.required'));
                input.focus();
                return;
            }
            var submit = byId('cg-new-group-submit');
            setBusy(submit, true);
            api('POST', '/projects/' + enc(projectKey) + '/catalog', {name: name}).then(function (entry) {
                setBusy(submit, false);
                input.value = '';
                closeDialog(dialog);
                pageMessage('success', AJS.I18n.getText('cg.page.new.group.done', entry.group.name));
                return loadCatalog(false);
            }, function (error) {
                setBusy(submit, false);
                dialogError(dialog, error.message);  // the typed name stays in the field
                input.focus();
            });
        });
    }

    // ---------------------------------------------------------------------------------------------
    // "Add existing group"

    var existing = {query: '', start: 0, total: 0, chosen: {}};

    function wireAddExisting() {
        var dialog = byId('cg-add-existing-dialog');
        var search = byId('cg-add-existing-search');
        byId('cg-add-existing').addEventListener('click', function () {
            existing.chosen = {};
            search.value = '';
            updateExistingSelection();
            openDialog(dialog);
            searchExisting(false);
        });
        search.addEventListener('input', debounce(function () {
            searchExisting(false);
        }, TYPE_AHEAD_MS));
        byId('cg-add-existing-more').addEventListener('click', function () {
            searchExisting(true);
        });
        byId('cg-add-existing-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var ids = Object.keys(existing.chosen).map(Number);
            if (ids.length === 0) {
                return;
            }
            var submit = byId('cg-add-existing-submit');
            setBusy(submit, true);
            api('POST', '/projects/' + enc(projectKey) + '/catalog', {groupIds: ids}).then(function (result) {
                setBusy(submit, false);
                closeDialog(dialog);
                var texts = [];
                var added = groupNames(result.added);
                var already = groupNames(result.alreadyInCatalog);
                if (added) {
                    texts.push(AJS.I18n.getText('cg.page.add.existing.added', added));
                }
                if (already) {
                    texts.push(AJS.I18n.getText('cg.page.add.existing.already.there', already));
                }
                pageMessage('success', texts.join(' '));
                return loadCatalog(false);
            }, function (error) {
                setBusy(submit, false);
                updateExistingSelection();
                dialogError(dialog, error.message);
            });
        });
    }

    function searchExisting(append) {
        var dialog = byId('cg-add-existing-dialog');
        var query = byId('cg-add-existing-search').value.trim();
        var start = append ? existing.start : 0;
        existing.query = query;
        api('GET', '/groups?query=' + enc(query) + '&start=' + start + '&limit=' + PICK_SIZE).then(function (page) {
            if (existing.query !== query) {
                return;  // a newer search is on its way
            }
            var list = byId('cg-add-existing-results');
            if (!append) {
                clear(list);
            }
            page.values.forEach(function (group) {
                list.appendChild(existingItem(group));
            });
            if (!append && page.values.length === 0) {
                list.appendChild(el('li', 'cg-muted cg-pick-empty', AJS.I18n.getText('cg.page.add.existing.none')));
            }
            existing.start = page.start + page.values.length;
            existing.total = page.total;
            show(byId('cg-add-existing-more'), existing.start < existing.total);
            message(dialog.querySelector('.cg-dialog-messages'), 'error', null);
        }, function (error) {
            dialogError(dialog, error.message);
        });
    }

    function existingItem(group) {
        var item = el('li', 'cg-pick-item');
        item.setAttribute('data-group-id', String(group.id));
        var label = el('label');
        var box = el('input');
        box.type = 'checkbox';
        box.value = String(group.id);
        var inCatalog = Object.prototype.hasOwnProperty.call(catalog.entries, group.id);
        box.checked = inCatalog || Object.prototype.hasOwnProperty.call(existing.chosen, group.id);
        box.disabled = inCatalog;
        box.addEventListener('change', function () {
            if (box.checked) {
                existing.chosen[group.id] = group.name;
            } else {
                delete existing.chosen[group.id];
            }
            updateExistingSelection();
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' '));
        label.appendChild(el('span', 'cg-pick-name', group.name));
        label.appendChild(document.createTextNode(' '));
        label.appendChild(helpdeskBadge());
        markDefault(label, group);
        label.appendChild(document.createTextNode(' '));
        label.appendChild(el('span', 'cg-muted', AJS.I18n.getText('cg.page.member.count', group.memberCount)));
        if (inCatalog) {
            label.appendChild(document.createTextNode(' '));
            label.appendChild(lozenge(AJS.I18n.getText('cg.page.add.existing.already')));
        }
        item.appendChild(label);
        return item;
    }

    function updateExistingSelection() {
        var names = Object.keys(existing.chosen).map(function (id) {
            return existing.chosen[id];
        });
        byId('cg-add-existing-selected').textContent = names.length === 0
            ? ''
            : AJS.I18n.getText('cg.page.selected', names.length, names.join(', '));
        byId('cg-add-existing-submit').disabled = names.length === 0;
    }

    // ---------------------------------------------------------------------------------------------
    // sidebar

    function openSidebar(groupId) {
        var entry = catalog.entries[groupId];
        if (!entry) {
            return;
        }
        selected = entry;
        var sidebar = byId('cg-sidebar');
        show(sidebar, true);
        sidebar.setAttribute('data-group-id', String(groupId));
        byId('cg-sidebar-title').textContent = entry.group.name;
        byId('cg-sidebar-description').textContent = entry.group.description || '';
        ['cg-members-messages', 'cg-projects-messages', 'cg-settings-messages', 'cg-history-messages'].forEach(function (id) {
            message(byId(id), 'error', null);
        });
        markSelectedRow();
        byId('cg-members-search').value = '';
        // The History tab loads when opened: never show the previous group's entries under this one.
        historyTab.seq++;
        clear(byId('cg-history-list'));
        show(byId('cg-history-more'), false);
        show(byId('cg-history-empty'), false);
        fillSettings(entry);
        selectTab('members');
        loadMembers(false);
        refreshGroup(groupId).then(function (group) {
            if (selected && selected.group.id === group.id) {
                byId('cg-sidebar-title').textContent = group.name;
                byId('cg-sidebar-description').textContent = group.description || '';
                fillSettings(selected);
            }
        }, function (error) {
            message(byId('cg-settings-messages'), 'error', error.message);
        });
    }

    function closeSidebar() {
        selected = null;
        show(byId('cg-sidebar'), false);
        markSelectedRow();
    }

    function selectTab(name) {
        ['members', 'projects', 'settings', 'history'].forEach(function (tab) {
            var on = tab === name;
            var link = byId('cg-tab-link-' + tab);
            link.parentNode.classList.toggle('active-tab', on);
            link.setAttribute('aria-selected', on ? 'true' : 'false');
            var pane = byId('cg-tab-' + tab);
            pane.classList.toggle('active-pane', on);
            show(pane, on);
        });
        if (name === 'projects') {
            loadProjects(false);
        } else if (name === 'history') {
            loadHistory(false);
        }
    }

    function wireSidebar() {
        byId('cg-sidebar-close').addEventListener('click', closeSidebar);
        Array.prototype.forEach.call(root.querySelectorAll('.cg-tabs .tabs-menu a'), function (link) {
            link.addEventListener('click', function (event) {
                event.preventDefault();
                selectTab(link.getAttribute('data-tab'));
            });
        });
    }

    // Members tab ---------------------------------------------------------------------------------

    function loadMembers(append) {
        if (!selected) {
            return;
        }
        var groupId = selected.group.id;
        var query = byId('cg-members-search').value.trim();
        var start = append ? members.start : 0;
        members.query = query;
        api('GET', '/groups/' + enc(groupId) + '/members?query=' + enc(query) + '&start=' + start + '&limit=' + PAGE_SIZE)
            .then(function (page) {
                if (!selected || selected.group.id !== groupId || members.query !== query) {
                    return;
                }
                var body = byId('cg-members-body');
                if (!append) {
                    clear(body);
                }
                page.values.forEach(function (user) {
                    body.appendChild(memberRow(groupId, user));
                });
                members.start = page.start + page.values.length;
                members.total = page.total;
                show(byId('cg-members-more'), members.start < members.total);
                show(byId('cg-members-empty'), members.total === 0);
            }, function (error) {
                message(byId('cg-members-messages'), 'error', error.message);
            });
    }

    function memberRow(groupId, user) {
        var row = el('tr', 'cg-member-row');
        row.setAttribute('data-username', user.username);
        var who = el('td', 'cg-member');
        who.appendChild(el('strong', null, user.displayName || user.username));
        who.appendChild(el('div', 'cg-muted', user.email
            ? AJS.I18n.getText('cg.page.member.identity', user.username, user.email)
            : user.username));
        row.appendChild(who);
        var type = el('td', 'cg-member-type');
        type.appendChild(lozenge(typeLabel(user.type), user.type === 'REPORTER' ? 'aui-lozenge-moved' : ''));
        row.appendChild(type);
        var actions = el('td', 'cg-actions');
        if (canUpgrade && user.type === 'REPORTER') {
            var upgrade = el('button', 'aui-button aui-button-link cg-upgrade-user', AJS.I18n.getText('cg.page.member.upgrade'));
            upgrade.type = 'button';
            upgrade.addEventListener('click', function () {
                confirmUpgrade(user);
            });
            actions.appendChild(upgrade);
        }
        if (!membersReadOnly(selected ? selected.group : null)) {  // computed members: no Remove
            var remove = el('button', 'aui-button aui-button-link cg-remove-member', AJS.I18n.getText('cg.page.remove'));
            remove.type = 'button';
            remove.setAttribute('aria-label', AJS.I18n.getText('cg.page.member.remove.label', user.username));
            remove.addEventListener('click', function () {
                confirmRemoveMember(groupId, user);
            });
            actions.appendChild(remove);
        }
        row.appendChild(actions);
        return row;
    }

    function confirmRemoveMember(groupId, user) {
        var groupName = selected ? selected.group.name : '';
        confirmDialog(AJS.I18n.getText('cg.page.member.remove.title'),
            AJS.I18n.getText('cg.page.member.remove.confirm', user.displayName || user.username, groupName),
            AJS.I18n.getText('cg.page.remove'),
            function () {
                return api('DELETE', '/groups/' + enc(groupId) + '/members/' + enc(user.username)).then(function () {
                    message(byId('cg-members-messages'), 'success',
                        AJS.I18n.getText('cg.page.member.remove.done', user.username));
                    loadMembers(false);
                    refreshGroup(groupId).then(null, function () {
                        return null;
                    });
                });
            });
    }

    function confirmUpgrade(user) {
        confirmDialog(AJS.I18n.getText('cg.page.member.upgrade.title'),
            AJS.I18n.getText('cg.page.member.upgrade.confirm', user.displayName || user.username),
            AJS.I18n.getText('cg.page.member.upgrade'),
            function () {
                return api('POST', '/users/' + enc(user.username) + '/upgrade').then(function () {
                    message(byId('cg-members-messages'), 'success',
                        AJS.I18n.getText('cg.page.member.upgrade.done', user.username));
                    loadMembers(false);
                });
            });
    }

    // "Add members" dialog ------------------------------------------------------------------------

    var picker = {query: '', chosen: {}};

    function wireMembers() {
        byId('cg-members-search').addEventListener('input', debounce(function () {
            loadMembers(false);
        }, TYPE_AHEAD_MS));
        byId('cg-members-more').addEventListener('click', function () {
            loadMembers(true);
        });

        var dialog = byId('cg-add-members-dialog');
        byId('cg-add-members').addEventListener('click', function () {
            if (!selected) {
                return;
            }
            picker.chosen = {};
            byId('cg-user-search').value = '';
            updatePickerSelection();
            byId('cg-add-members-title').textContent = AJS.I18n.getText('cg.page.members.add.title.group', selected.group.name);
            openDialog(dialog);
            searchUsers();
        });
        byId('cg-user-search').addEventListener('input', debounce(searchUsers, TYPE_AHEAD_MS));
        byId('cg-user-type').addEventListener('change', searchUsers);
        byId('cg-add-members-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var usernames = Object.keys(picker.chosen);
            if (!selected || usernames.length === 0) {
                return;
            }
            var groupId = selected.group.id;
            var submit = byId('cg-add-members-submit');
            setBusy(submit, true);
            api('POST', '/groups/' + enc(groupId) + '/members', {usernames: usernames}).then(function (result) {
                setBusy(submit, false);
                closeDialog(dialog);
                var texts = [];
                var added = userNames(result.added);
                var already = userNames(result.alreadyMembers);
                if (added) {
                    texts.push(AJS.I18n.getText('cg.page.members.added', added));
                }
                if (already) {
                    texts.push(AJS.I18n.getText('cg.page.members.already', already));
                }
                message(byId('cg-members-messages'), 'success', texts.join(' '));
                loadMembers(false);
                refreshGroup(groupId).then(null, function () {
                    return null;
                });
            }, function (error) {
                setBusy(submit, false);
                updatePickerSelection();
                dialogError(dialog, error.message);
            });
        });
    }

    function searchUsers() {
        var dialog = byId('cg-add-members-dialog');
        var query = byId('cg-user-search').value.trim();
        var type = byId('cg-user-type').value;
        var key = query + '\u0000' + type;
        picker.query = key;
        api('GET', '/users?query=' + enc(query) + (type ? '&type=' + enc(type) : '') + '&start=0&limit=' + PICK_SIZE)
            .then(function (page) {
                if (picker.query !== key) {
                    return;
                }
                var list = byId('cg-user-results');
                clear(list);
                page.values.forEach(function (user) {
                    list.appendChild(userItem(user));
                });
                if (page.values.length === 0) {
                    list.appendChild(el('li', 'cg-muted cg-pick-empty', AJS.I18n.getText('cg.page.members.add.none')));
                } else if (page.total > page.values.length) {
                    list.appendChild(el('li', 'cg-muted cg-pick-more',
                        AJS.I18n.getText('cg.page.members.add.narrow', page.values.length, page.total)));
                }
                message(dialog.querySelector('.cg-dialog-messages'), 'error', null);
            }, function (error) {
                dialogError(dialog, error.message);
            });
    }

    function userItem(user) {
        var item = el('li', 'cg-pick-item');
        item.setAttribute('data-username', user.username);
        var label = el('label');
        var box = el('input');
        box.type = 'checkbox';
        box.value = user.username;
        box.checked = Object.prototype.hasOwnProperty.call(picker.chosen, user.username);
        box.addEventListener('change', function () {
            if (box.checked) {
                picker.chosen[user.username] = user.displayName || user.username;
            } else {
                delete picker.chosen[user.username];
            }
            updatePickerSelection();
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' '));
        label.appendChild(el('span', 'cg-pick-name', user.displayName || user.username));
        label.appendChild(document.createTextNode(' '));
        label.appendChild(el('span', 'cg-muted', user.email
            ? AJS.I18n.getText('cg.page.member.identity', user.username, user.email)
            : user.username));
        label.appendChild(document.createTextNode(' '));
        label.appendChild(lozenge(typeLabel(user.type)));
        item.appendChild(label);
        return item;
    }

    function updatePickerSelection() {
        var names = Object.keys(picker.chosen).map(function (username) {
            return picker.chosen[username];
        });
        byId('cg-user-selected').textContent = names.length === 0
            ? ''
            : AJS.I18n.getText('cg.page.selected', names.length, names.join(', '));
        byId('cg-add-members-submit').disabled = names.length === 0;
    }

    // Projects tab --------------------------------------------------------------------------------

    function loadProjects(append) {
        if (!selected) {
            return;
        }
        var groupId = selected.group.id;
        var start = append ? projectsTab.start : 0;
        api('GET', '/groups/' + enc(groupId) + '/projects?start=' + start + '&limit=' + PAGE_SIZE).then(function (page) {
            if (!selected || selected.group.id !== groupId) {
                return;
            }
            var body = byId('cg-projects-body');
            if (!append) {
                clear(body);
            }
            page.values.forEach(function (project) {
                var row = el('tr', 'cg-project-row');
                row.setAttribute('data-project-key', project.key);
                var name = el('td');
                name.appendChild(el('strong', null, project.name));
                name.appendChild(document.createTextNode(' '));
                name.appendChild(el('span', 'cg-muted', project.key));
                if (project.key === projectKey) {
                    name.appendChild(document.createTextNode(' '));
                    name.appendChild(lozenge(AJS.I18n.getText('cg.page.projects.this')));
                }
                row.appendChild(name);
                row.appendChild(el('td', null, project.autoShare
                    ? AJS.I18n.getText('cg.page.autoshare.on')
                    : AJS.I18n.getText('cg.page.autoshare.off')));
                body.appendChild(row);
            });
            if (!append && page.values.length === 0) {
                var empty = el('tr');
                var cell = el('td', 'cg-muted', AJS.I18n.getText('cg.page.projects.none'));
                cell.colSpan = 2;
                empty.appendChild(cell);
                body.appendChild(empty);
            }
            projectsTab.start = page.start + page.values.length;
            projectsTab.total = page.total;
            show(byId('cg-projects-more'), projectsTab.start < projectsTab.total);
        }, function (error) {
            message(byId('cg-projects-messages'), 'error', error.message);
        });
    }

    // History tab ---------------------------------------------------------------------------------

    function loadHistory(append) {
        if (!selected) {
            return;
        }
        var groupId = selected.group.id;
        var start = append ? historyTab.start : 0;
        var seq = ++historyTab.seq;
        api('GET', '/audit?group=' + enc(groupId) + '&start=' + start + '&limit=' + PAGE_SIZE).then(function (page) {
            if (seq !== historyTab.seq || !selected || selected.group.id !== groupId) {
                return;  // another group, or a newer load
            }
            var list = byId('cg-history-list');
            if (!append) {
                clear(list);
            }
            (page.values || []).forEach(function (entry) {
                list.appendChild(window.CustomerGroupsAudit.listItem(entry, 'cg-history'));
            });
            historyTab.start = page.start + (page.values || []).length;
            historyTab.total = page.total;
            show(byId('cg-history-more'), historyTab.start < historyTab.total);
            show(byId('cg-history-empty'), historyTab.total === 0);
            message(byId('cg-history-messages'), 'error', null);
        }, function (error) {
            if (seq === historyTab.seq) {
                message(byId('cg-history-messages'), 'error', error.message);
            }
        });
    }

    // Settings tab --------------------------------------------------------------------------------

    function fillSettings(entry) {
        var group = entry.group;
        var settings = group.settings || {};
        byId('cg-settings-autoshare').checked = !!entry.autoShare;
        byId('cg-settings-description').value = group.description || '';
        byId('cg-settings-domains').value = (settings.autoJoinDomains || []).join(', ');
        byId('cg-settings-twofactor').checked = !!settings.twoFactorRequired;
        byId('cg-settings-view').value = settings.viewPolicy || 'AGENTS_OF_USING_PROJECTS';
        byId('cg-settings-update').value = settings.updatePolicy || 'PROJECT_ADMINS_OF_USING_PROJECTS';
        var fixed = group.kind === 'DEFAULT';
        show(byId('cg-settings-default-note'), fixed);
        Array.prototype.forEach.call(byId('cg-global-settings-form').elements, function (field) {
            field.disabled = fixed;
        });
        show(byId('cg-delete-group-section'), !fixed);  // default groups cannot be deleted
        fillMembership(group);
    }

    /**
     * Deleting the customer group (not just removing it from this project): the confirmation says how
     * many projects use it and how many tickets lose their share, from GET /groups/{id}/usage.
     */
    function confirmDeleteGroup(group, button) {
        setBusy(button, true);
        api('GET', '/groups/' + enc(group.id) + '/usage').then(function (usage) {
            setBusy(button, false);
            confirmDialog(AJS.I18n.getText('cg.page.delete.confirm.title', group.name),
                AJS.I18n.getText('cg.page.delete.confirm', group.name, usage.projects, usage.sharedTickets),
                AJS.I18n.getText('cg.page.delete.submit'),
                function () {
                    return api('DELETE', '/groups/' + enc(group.id)).then(function () {
                        if (selected && selected.group.id === group.id) {
                            closeSidebar();
                        }
                        pageMessage('success', AJS.I18n.getText('cg.page.delete.done', group.name));
                        return loadCatalog(false);
                    });
                });
        }, function (error) {
            setBusy(button, false);
            message(byId('cg-settings-messages'), 'error', error.message);
        });
    }

    function wireSettings() {
        var autoShare = byId('cg-settings-autoshare');
        autoShare.addEventListener('change', function () {
            if (selected) {
                setAutoShare(selected.group.id, autoShare.checked, autoShare);
            }
        });
        byId('cg-project-settings-form').addEventListener('submit', function (event) {
            event.preventDefault();
        });
        var deleteButton = byId('cg-delete-group');
        deleteButton.addEventListener('click', function () {
            if (selected) {
                confirmDeleteGroup(selected.group, deleteButton);
            }
        });
        byId('cg-global-settings-form').addEventListener('submit', function (event) {
            event.preventDefault();
            if (!selected) {
                return;
            }
            var groupId = selected.group.id;
            var domains = byId('cg-settings-domains').value.split(/[\s,;]+/).filter(function (d) {
                return d.length > 0;
            });
            var body = {
                description: byId('cg-settings-description').value,
                settings: {
                    autoJoinDomains: domains,
                    twoFactorRequired: byId('cg-settings-twofactor').checked,
                    viewPolicy: byId('cg-settings-view').value,
                    updatePolicy: byId('cg-settings-update').value
                }
            };
            var save = byId('cg-settings-save');
            setBusy(save, true);
            api('PUT', '/groups/' + enc(groupId), body).then(function (group) {
                setBusy(save, false);
                var entry = catalog.entries[groupId];
                if (entry) {
                    entry.group = group;
                }
                if (selected && selected.group.id === groupId) {
                    byId('cg-sidebar-description').textContent = group.description || '';
                    fillSettings(selected);
                }
                message(byId('cg-settings-messages'), 'success', AJS.I18n.getText('cg.page.settings.saved', group.name));
            }, function (error) {
                setBusy(save, false);
                message(byId('cg-settings-messages'), 'error', error.message);  // the form keeps what was typed
            });
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Membership rule and auto-join (issue 6): the Settings tab's kind (Static / Dynamic), the rule
    // editor with live validation (POST /rules/check) and a paged preview (POST /groups/{id}/rule/preview),
    // saving or removing the rule, auto-join of existing users with preview, domain collisions, the
    // Default badge and the read-only Members tab of dynamic and computed default groups.

    var RULE_CHECK_MS = 400;
    var rule = {groupId: null, saved: null, checkSeq: 0, previewSeq: 0, text: null, joins: 0, leaves: 0};
    var autoJoin = {groupId: null, start: 0, total: 0, seq: 0, noDomains: false};

    function isDefault(group) {
        return !!group && (group.kind === 'DEFAULT' || !!group.defaultGroup);
    }

    /**
     * Whether the caller may change the group's rule and auto-join (the server's update policy; the rule and
     * auto-join previews need it too, as they list users a viewer does not see). This page is for the project's
     * admins and Jira admins (canUpgrade), and a group in the catalog counts this project as a using project.
     */
    function canUpdateGroup(group) {
        return canUpgrade || !(group && group.settings && group.settings.updatePolicy === 'JIRA_ADMINS');
    }

    /** Members that the server computes: a dynamic group's, and those of Customers and Verified Customers. */
    function membersReadOnly(group) {
        if (!group) {
            return false;
        }
        return group.kind === 'DYNAMIC'
            || (isDefault(group) && group.defaultGroup !== 'CUSTOMER_ADMINS' && !!group.defaultGroup);
    }

    function defaultBadge(group) {
        var badge = lozenge(AJS.I18n.getText('cg.ui.default.badge'), 'aui-lozenge-success cg-default-badge');
        badge.title = AJS.I18n.getText('cg.ui.default.badge.title');
        return badge;
    }

    /** Appends the Default badge to {@code node} for a default group. */
    function markDefault(node, group) {
        if (isDefault(group)) {
            node.appendChild(document.createTextNode(' '));
            node.appendChild(defaultBadge(group));
        }
    }

    function ruleUserItem(user) {
        var item = el('li', 'cg-rule-user');
        item.setAttribute('data-username', user.username);
        item.appendChild(el('span', 'cg-pick-name', user.displayName || user.username));
        item.appendChild(document.createTextNode(' '));
        item.appendChild(el('span', 'cg-muted', user.email
            ? AJS.I18n.getText('cg.page.member.identity', user.username, user.email)
            : user.username));
        return item;
    }

    function fillUserList(list, page, append) {
        if (!append) {
            clear(list);
        }
        (page.values || []).forEach(function (user) {
            list.appendChild(ruleUserItem(user));
        });
        if (!append && (page.values || []).length === 0) {
            list.appendChild(el('li', 'cg-muted cg-rule-none', AJS.I18n.getText('cg.ui.rule.none')));
        }
    }

    /** The Members tab of the selected group: read-only note, no Add button for computed members. */
    function showMembersMode(group) {
        var note = byId('cg-members-readonly');
        var readOnly = membersReadOnly(group);
        if (group.kind === 'DYNAMIC') {
            note.textContent = AJS.I18n.getText('cg.ui.rule.members.dynamic', group.rule || '');
        } else if (group.defaultGroup === 'CUSTOMERS') {
            note.textContent = AJS.I18n.getText('cg.ui.default.members.CUSTOMERS');
        } else if (group.defaultGroup === 'VERIFIED_CUSTOMERS') {
            note.textContent = AJS.I18n.getText('cg.ui.default.members.VERIFIED_CUSTOMERS');
        } else {
            note.textContent = '';
        }
        show(note, readOnly);
        show(byId('cg-add-members'), !readOnly);
        byId('cg-members-table').setAttribute('data-read-only', readOnly ? 'true' : 'false');
    }

    /** Called by fillSettings: the membership and auto-join sections follow the group's kind. */
    function fillMembership(group) {
        var fresh = rule.groupId !== group.id;
        var savedRule = group.rule || null;
        showMembersMode(group);
        var fixed = isDefault(group);
        var dynamic = group.kind === 'DYNAMIC';
        var readOnly = !fixed && !canUpdateGroup(group);
        var note = byId('cg-rule-default-note');
        note.textContent = fixed ? AJS.I18n.getText('cg.ui.default.note', group.name)
            : readOnly ? AJS.I18n.getText('cg.ui.rule.readonly', group.name) : '';
        show(note, fixed || readOnly);
        byId('cg-rule-kind-static').disabled = fixed || readOnly;
        byId('cg-rule-kind-dynamic').disabled = fixed || readOnly;
        ['cg-rule-preview-button', 'cg-rule-save', 'cg-rule-make-static-button'].forEach(function (id) {
            byId(id).disabled = readOnly;
        });
        byId('cg-rule-form').setAttribute('data-read-only', readOnly ? 'true' : 'false');
        if (fresh || rule.saved !== savedRule) {
            // Another group, or the server's rule changed: start from what is saved.
            rule.groupId = group.id;
            rule.saved = savedRule;
            rule.text = null;
            byId('cg-rule-kind-static').checked = !dynamic;
            byId('cg-rule-kind-dynamic').checked = dynamic;
            byId('cg-rule-text').value = savedRule || '';
            resetRuleStatus();
            hideRulePreview();
        }
        showRuleKind(group);
        byId('cg-rule-form').setAttribute('data-kind', group.kind);
        show(byId('cg-settings-domains-dynamic'), dynamic);
        if (dynamic) {
            byId('cg-settings-domains').disabled = true;
        }
        fillAutoJoin(group, fresh);
    }

    /** What the kind radios ask for, against what the group is: editor, "make static", or nothing. */
    function showRuleKind(group) {
        var fixed = isDefault(group);
        var wantsDynamic = byId('cg-rule-kind-dynamic').checked;
        show(byId('cg-rule-kind'), !fixed);
        show(byId('cg-rule-editor'), !fixed && wantsDynamic);
        show(byId('cg-rule-make-static'), !fixed && !wantsDynamic && group.kind === 'DYNAMIC');
    }

    function resetRuleStatus() {
        rule.checkSeq++;
        var status = byId('cg-rule-status');
        clear(status);
        status.setAttribute('data-state', 'empty');
        byId('cg-rule-text').removeAttribute('aria-invalid');
    }

    function hideRulePreview() {
        rule.previewSeq++;
        show(byId('cg-rule-preview'), false);
        clear(byId('cg-rule-joins'));
        clear(byId('cg-rule-leaves'));
    }

    /** Shows the server's verdict: the canonical form, or the message with the line and a caret under the column. */
    function showRuleCheck(text, check) {
        var status = byId('cg-rule-status');
        var area = byId('cg-rule-text');
        clear(status);
        if (check.valid) {
            status.setAttribute('data-state', 'valid');
            area.removeAttribute('aria-invalid');
            status.appendChild(el('p', 'cg-rule-valid', AJS.I18n.getText('cg.ui.rule.valid', check.canonical)));
            return;
        }
        status.setAttribute('data-state', 'invalid');
        status.setAttribute('data-line', String(check.line));
        status.setAttribute('data-column', String(check.column));
        area.setAttribute('aria-invalid', 'true');
        status.appendChild(el('p', 'cg-rule-error', check.message));
        var lines = text.split(/\r\n|\r|\n/);
        var line = lines[(check.line || 1) - 1];
        if (line !== undefined) {
            var where = el('div', 'cg-rule-where');
            where.appendChild(el('span', 'cg-rule-where-label',
                AJS.I18n.getText('cg.ui.rule.invalid.at', check.line, check.column)));
            var caret = new Array(Math.max(0, (check.column || 1) - 1) + 1).join(' ') + '^';
            var pre = el('pre', 'cg-rule-caret', line + '\n' + caret);
            pre.setAttribute('aria-hidden', 'true');
            where.appendChild(pre);
            status.appendChild(where);
        }
    }

    function checkRule() {
        var text = byId('cg-rule-text').value;
        var seq = ++rule.checkSeq;
        if (!text.trim()) {
            resetRuleStatus();
            return;
        }
        var status = byId('cg-rule-status');
        status.setAttribute('data-state', 'checking');
        api('POST', '/rules/check', {rule: text}).then(function (check) {
            if (seq === rule.checkSeq) {
                showRuleCheck(text, check);
            }
        }, function (error) {
            if (seq === rule.checkSeq) {
                status.setAttribute('data-state', 'error');
                clear(status);
                status.appendChild(el('p', 'cg-rule-error', error.message));
            }
        });
    }

    /** One preview page; {@code which} is 'joins', 'leaves' or null (both from the start). */
    function previewRule(which) {
        if (!selected) {
            return Promise.resolve(null);
        }
        var groupId = selected.group.id;
        var text = which ? rule.text : byId('cg-rule-text').value;
        var seq = which ? rule.previewSeq : ++rule.previewSeq;
        var body = {
            rule: text,
            joinsStart: which === 'joins' ? rule.joins : 0,
            leavesStart: which === 'leaves' ? rule.leaves : 0,
            limit: PAGE_SIZE
        };
        return api('POST', '/groups/' + enc(groupId) + '/rule/preview', body).then(function (preview) {
            if (seq !== rule.previewSeq || !selected || selected.group.id !== groupId) {
                return null;
            }
            rule.text = text;
            if (which !== 'leaves') {
                fillUserList(byId('cg-rule-joins'), preview.joins, which === 'joins');
                rule.joins = preview.joins.start + preview.joins.values.length;
                show(byId('cg-rule-joins-more'), rule.joins < preview.joins.total);
            }
            if (which !== 'joins') {
                fillUserList(byId('cg-rule-leaves'), preview.leaves, which === 'leaves');
                rule.leaves = preview.leaves.start + preview.leaves.values.length;
                show(byId('cg-rule-leaves-more'), rule.leaves < preview.leaves.total);
            }
            byId('cg-rule-preview-summary').textContent = AJS.I18n.getText('cg.ui.rule.preview.summary',
                preview.joins.total, preview.leaves.total, preview.scanned);
            show(byId('cg-rule-preview'), true);
            message(byId('cg-rule-messages'), 'error', null);
            return preview;
        });
    }

    function afterGroupChange(group) {
        var entry = catalog.entries[group.id];
        if (entry) {
            entry.group = group;
        }
        var row = rowOf(group.id);
        if (row) {
            row.querySelector('.cg-member-count').textContent = String(group.memberCount);
        }
        if (selected && selected.group.id === group.id) {
            fillSettings(selected);
            loadMembers(false);
        }
    }

    /** Save: a preview first (who joins and leaves now), then the confirmation, then PUT /groups/{id}/rule. */
    function saveRule() {
        if (!selected) {
            return;
        }
        var group = selected.group;
        var button = byId('cg-rule-save');
        setBusy(button, true);
        previewRule(null).then(function (preview) {
            setBusy(button, false);
            if (!preview) {
                return;
            }
            confirmDialog(AJS.I18n.getText('cg.ui.rule.save.title', group.name),
                AJS.I18n.getText('cg.ui.rule.save.confirm', preview.canonical, preview.joins.total, preview.leaves.total),
                AJS.I18n.getText('cg.ui.rule.save'),
                function () {
                    return api('PUT', '/groups/' + enc(group.id) + '/rule', {rule: rule.text}).then(function (result) {
                        var r = result.reconciled || {};
                        afterGroupChange(result.group);
                        message(byId('cg-rule-messages'), 'success',
                            AJS.I18n.getText('cg.ui.rule.saved', r.joined || 0, r.left || 0, r.sharesRemoved || 0));
                    });
                });
        }, function (error) {
            setBusy(button, false);
            message(byId('cg-rule-messages'), 'error', error.message);  // the rule stays as typed
        });
    }

    function makeStatic() {
        if (!selected) {
            return;
        }
        var group = selected.group;
        confirmDialog(AJS.I18n.getText('cg.ui.rule.static.title', group.name),
            AJS.I18n.getText('cg.ui.rule.static.confirm', group.name),
            AJS.I18n.getText('cg.ui.rule.static.button'),
            function () {
                return api('DELETE', '/groups/' + enc(group.id) + '/rule').then(function (saved) {
                    afterGroupChange(saved);
                    message(byId('cg-rule-messages'), 'success', AJS.I18n.getText('cg.ui.rule.static.done', saved.name));
                });
            });
    }

    // auto-join of existing users

    function fillAutoJoin(group, fresh) {
        var section = byId('cg-autojoin-section');
        var usable = group.kind === 'STATIC';
        show(section, usable);
        if (fresh) {
            autoJoin.groupId = group.id;
            autoJoin.seq++;
            show(byId('cg-autojoin-result'), false);
            message(byId('cg-autojoin-messages'), 'error', null);
        }
        var domains = (group.settings && group.settings.autoJoinDomains) || [];
        byId('cg-autojoin-preview').disabled = !usable || domains.length === 0 || !canUpdateGroup(group);
        if (usable && domains.length === 0) {
            autoJoin.noDomains = true;
            message(byId('cg-autojoin-messages'), 'info', AJS.I18n.getText('cg.ui.autojoin.nodomains'));
        } else if (autoJoin.noDomains) {
            autoJoin.noDomains = false;
            message(byId('cg-autojoin-messages'), 'info', null);
        }
        var collisions = byId('cg-autojoin-collisions');
        if (!usable || domains.length === 0) {
            clear(collisions);
            show(collisions, false);
            return;
        }
        var groupId = group.id;
        api('GET', '/auto-join/collisions').then(function (all) {
            if (selected && selected.group.id === groupId) {
                showCollisions(groupId, all || []);
            }
        }, function (error) {
            message(byId('cg-autojoin-messages'), 'error', error.message);
        });
    }

    /** A warning per domain this group shares with other groups (reported, never resolved silently). */
    function showCollisions(groupId, collisions) {
        var list = byId('cg-autojoin-collisions');
        clear(list);
        collisions.forEach(function (collision) {
            var claimed = (collision.groups || []).some(function (g) {
                return g.id === groupId;
            });
            if (!claimed) {
                return;
            }
            var others = (collision.groups || []).filter(function (g) {
                return g.id !== groupId;
            }).map(function (g) {
                return g.name;
            }).join(', ');
            var item = el('li', 'aui-message aui-message-warning cg-autojoin-collision',
                AJS.I18n.getText('cg.ui.autojoin.collision', collision.domain, others));
            item.setAttribute('data-domain', collision.domain);
            list.appendChild(item);
        });
        show(list, list.children.length > 0);
    }

    function previewAutoJoin(append) {
        if (!selected) {
            return;
        }
        var groupId = selected.group.id;
        var start = append ? autoJoin.start : 0;
        var seq = append ? autoJoin.seq : ++autoJoin.seq;
        var button = byId('cg-autojoin-preview');
        setBusy(button, true);
        api('GET', '/groups/' + enc(groupId) + '/auto-join/preview?start=' + start + '&limit=' + PAGE_SIZE).then(function (preview) {
            setBusy(button, false);
            if (seq !== autoJoin.seq || !selected || selected.group.id !== groupId) {
                return;
            }
            fillUserList(byId('cg-autojoin-joins'), preview.joins, append);
            autoJoin.start = preview.joins.start + preview.joins.values.length;
            autoJoin.total = preview.joins.total;
            show(byId('cg-autojoin-more'), autoJoin.start < autoJoin.total);
            byId('cg-autojoin-summary').textContent = AJS.I18n.getText('cg.ui.autojoin.summary',
                preview.joins.total, preview.scanned);
            var apply = byId('cg-autojoin-apply');
            apply.textContent = AJS.I18n.getText('cg.ui.autojoin.apply', preview.joins.total);
            show(apply, preview.joins.total > 0);
            showCollisions(groupId, preview.collisions || []);
            show(byId('cg-autojoin-result'), true);
            message(byId('cg-autojoin-messages'), 'error', null);
        }, function (error) {
            setBusy(button, false);
            message(byId('cg-autojoin-messages'), 'error', error.message);
        });
    }

    function applyAutoJoin() {
        if (!selected) {
            return;
        }
        var group = selected.group;
        var button = byId('cg-autojoin-apply');
        setBusy(button, true);
        api('POST', '/groups/' + enc(group.id) + '/auto-join/apply').then(function (result) {
            setBusy(button, false);
            show(byId('cg-autojoin-result'), false);
            message(byId('cg-autojoin-messages'), 'success',
                AJS.I18n.getText('cg.ui.autojoin.applied', result.joined, group.name));
            loadMembers(false);
            refreshGroup(group.id).then(null, function () {
                return null;
            });
        }, function (error) {
            setBusy(button, false);
            message(byId('cg-autojoin-messages'), 'error', error.message);
        });
    }

    function wireMembership() {
        var area = byId('cg-rule-text');
        area.addEventListener('input', debounce(checkRule, RULE_CHECK_MS));
        area.addEventListener('input', function () {
            rule.previewSeq++;  // a preview of older text is no longer what would be saved
            show(byId('cg-rule-preview'), false);
        });
        [byId('cg-rule-kind-static'), byId('cg-rule-kind-dynamic')].forEach(function (radio) {
            radio.addEventListener('change', function () {
                if (selected) {
                    showRuleKind(selected.group);
                }
                if (radio.checked && radio.value === 'DYNAMIC') {
                    area.focus();
                }
            });
        });
        byId('cg-rule-preview-button').addEventListener('click', function () {
            var button = byId('cg-rule-preview-button');
            setBusy(button, true);
            previewRule(null).then(function () {
                setBusy(button, false);
            }, function (error) {
                setBusy(button, false);
                message(byId('cg-rule-messages'), 'error', error.message);
            });
        });
        ['joins', 'leaves'].forEach(function (which) {
            byId('cg-rule-' + which + '-more').addEventListener('click', function () {
                previewRule(which).then(null, function (error) {
                    message(byId('cg-rule-messages'), 'error', error.message);
                });
            });
        });
        byId('cg-rule-form').addEventListener('submit', function (event) {
            event.preventDefault();
            saveRule();
        });
        byId('cg-rule-make-static-button').addEventListener('click', makeStatic);
        byId('cg-autojoin-preview').addEventListener('click', function () {
            previewAutoJoin(false);
        });
        byId('cg-autojoin-more').addEventListener('click', function () {
            previewAutoJoin(true);
        });
        byId('cg-autojoin-apply').addEventListener('click', applyAutoJoin);
    }

    // ---------------------------------------------------------------------------------------------
    // sharing setup: whether the project's permission scheme lets members of shared groups in

    function loadSharingSetup() {
        return api('GET', '/projects/' + enc(projectKey) + '/sharing-setup').then(showSharingSetup, function (error) {
            var section = byId('cg-sharing-setup');
            section.setAttribute('data-state', 'error');
            byId('cg-sharing-setup-box').className = 'aui-message aui-message-warning cg-setup-box';
            byId('cg-sharing-setup-summary').textContent = AJS.I18n.getText('cg.setup.error', error.message);
        });
    }

    function showSharingSetup(setup) {
        var section = byId('cg-sharing-setup');
        var box = byId('cg-sharing-setup-box');
        var field = setup.fieldName || AJS.I18n.getText('cg.setup.field.default');
        var scheme = setup.schemeName || AJS.I18n.getText('cg.setup.scheme.unknown');
        var hasField = setup.fieldId !== null && setup.fieldId !== undefined && setup.fieldId !== '';
        var missing = byId('cg-sharing-setup-missing');
        var steps = byId('cg-sharing-setup-steps');
        clear(missing);
        clear(steps);
        section.setAttribute('data-state', setup.ready ? 'ready' : 'incomplete');
        box.className = 'aui-message ' + (setup.ready ? 'aui-message-success' : 'aui-message-warning') + ' cg-setup-box';
        showAdminsSetup(setup, scheme);
        if (setup.ready) {
            byId('cg-sharing-setup-summary').textContent = AJS.I18n.getText('cg.setup.ready', scheme, field);
            show(missing, false);
            show(byId('cg-sharing-setup-fix'), false);
            return;
        }
        byId('cg-sharing-setup-summary').textContent = AJS.I18n.getText('cg.setup.not.ready');
        function add(list, className, text) {
            list.appendChild(el('li', className, text));
        }
        if (!hasField) {
            add(missing, 'cg-setup-missing-field', AJS.I18n.getText('cg.setup.missing.field'));
        }
        if (!setup.browseGranted) {
            add(missing, 'cg-setup-missing-browse', AJS.I18n.getText('cg.setup.missing.browse', scheme, field));
        }
        if (!setup.addCommentsGranted) {
            add(missing, 'cg-setup-missing-comments', AJS.I18n.getText('cg.setup.missing.comments', scheme, field));
        }
        if (!hasField) {
            add(steps, 'cg-setup-step-field', AJS.I18n.getText('cg.setup.step.field'));
        }
        if (!hasField || !setup.browseGranted || !setup.addCommentsGranted) {
            add(steps, 'cg-setup-step-grant', AJS.I18n.getText('cg.setup.step.grant', scheme, field));
        }
        if (!hasField) {
            add(steps, 'cg-setup-step-reindex', AJS.I18n.getText('cg.setup.step.reindex'));
        }
        show(missing, missing.children.length > 0);
        show(byId('cg-sharing-setup-fix'), steps.children.length > 0);
    }

    /**
     * The optional customer-admin step: whether licensed customer admins open their customers' tickets in Jira (the
     * Customer Admins field granted Browse Projects). It never changes whether sharing is ready.
     */
    function showAdminsSetup(setup, scheme) {
        var part = byId('cg-sharing-setup-admins');
        if (!part) {
            return;
        }
        var fix = byId('cg-sharing-setup-admins-fix');
        var hasField = setup.adminsFieldId !== null && setup.adminsFieldId !== undefined && setup.adminsFieldId !== '';
        var field = setup.adminsFieldName || AJS.I18n.getText('cg.setup.admins.field.default');
        part.setAttribute('data-state', setup.adminsReady ? 'ready' : 'incomplete');
        if (setup.adminsReady) {
            byId('cg-sharing-setup-admins-status').textContent = AJS.I18n.getText('cg.setup.admins.ready', scheme, field);
            fix.textContent = '';
            show(fix, false);
        } else {
            byId('cg-sharing-setup-admins-status').textContent = AJS.I18n.getText('cg.setup.admins.not.ready');
            fix.textContent = hasField
                ? AJS.I18n.getText('cg.setup.admins.fix.grant', scheme, field)
                : AJS.I18n.getText('cg.setup.admins.fix.field', scheme);
            show(fix, true);
        }
        show(part, true);
    }

    // ---------------------------------------------------------------------------------------------

    function init() {
        root = byId('cg-project');
        if (!root) {
            return;
        }
        restBase = root.getAttribute('data-rest-base');
        projectKey = root.getAttribute('data-project-key');
        canUpgrade = root.getAttribute('data-can-upgrade') === 'true';
        wireDialogs();
        wireConfirm();
        wireNewGroup();
        wireAddExisting();
        wireSidebar();
        wireMembers();
        wireSettings();
        wireMembership();
        byId('cg-catalog-more').addEventListener('click', function () {
            loadCatalog(true);
        });
        byId('cg-projects-more').addEventListener('click', function () {
            loadProjects(true);
        });
        byId('cg-history-more').addEventListener('click', function () {
            loadHistory(true);
        });
        loadCatalog(false);
        loadSharingSetup();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
