/*
 * The admin audit page (templates/customergroups/audit-admin.vm): searches GET /audit with the
 * filters, shows the entries in pages of 50, keeps the "Export CSV" link (GET /audit/export) on the
 * same filters, and reads and saves the retention setting (GET/PUT /audit/settings). The group filter
 * takes a group's id or its exact name (looked up with GET /groups). Errors show the server's
 * message. Data is only ever written with textContent; words come from customer-groups-audit-text.js,
 * DOM and REST helpers from customer-groups-common.js.
 * Plain ES5, no build step; every string is an i18n key that the jsI18n transformer replaces.
 */
(function () {
    'use strict';

    var PAGE_SIZE = 50;
    var GROUP_LOOKUP = 50;

    var root;
    var restBase;
    var state = {start: 0, total: 0, query: '', seq: 0};

    // ---------------------------------------------------------------------------------------------
    // helpers (customer-groups-common.js, listed before this script in its web-resource)

    var common = window.CustomerGroupsPage;
    if (!common) {
        return;
    }
    var byId = common.byId;
    var el = common.el;
    var clear = common.clear;
    var show = common.show;
    var enc = common.enc;
    var setBusy = common.setBusy;
    var message = common.message;

    function api(method, path, body) {
        return common.api(restBase, method, path, body);
    }

    // ---------------------------------------------------------------------------------------------
    // filters

    function value(id) {
        return byId(id).value.trim();
    }

    /**
     * The filters as REST query parameters, resolving a group name to its id first. Resolves with
     * "issue=...&group=..." (only the filled ones); rejects with an Error to show.
     */
    function filterQuery() {
        var params = [];
        function add(name, v) {
            if (v) {
                params.push(name + '=' + enc(v));
            }
        }
        add('issue', value('cg-audit-issue'));
        add('user', value('cg-audit-user'));
        add('project', value('cg-audit-project'));
        add('action', byId('cg-audit-action').value);
        add('from', value('cg-audit-from'));
        add('to', value('cg-audit-to'));
        var group = value('cg-audit-group');
        if (!group) {
            return Promise.resolve(params.join('&'));
        }
        if (/^\d+$/.test(group)) {
            params.push('group=' + enc(group));
            return Promise.resolve(params.join('&'));
        }
        return api('GET', '/groups?query=' + enc(group) + '&start=0&limit=' + GROUP_LOOKUP).then(function (page) {
            var wanted = group.toLowerCase();
            var match = (page.values || []).filter(function (g) {
                return String(g.name).toLowerCase() === wanted;
            })[0];
            if (!match) {
                throw new Error(AJS.I18n.getText('cg.ui.audit.group.unknown', group));
            }
            params.push('group=' + enc(match.id));
            return params.join('&');
        });
    }

    // ---------------------------------------------------------------------------------------------
    // results

    /**
     * Shows the entries from {@code start}: of the filters as typed, or, with {@code sameQuery} (Previous,
     * Next), of the search whose entries are shown, so that paging never picks up filters not yet searched.
     * The export link follows the entries shown.
     */
    function search(start, sameQuery) {
        var seq = ++state.seq;
        var button = byId('cg-audit-search');
        setBusy(button, true);
        show(byId('cg-audit-loading'), true);
        (sameQuery ? Promise.resolve(state.query) : filterQuery()).then(function (query) {
            if (seq !== state.seq) {
                return null;
            }
            return api('GET', '/audit?' + (query ? query + '&' : '') + 'start=' + start + '&limit=' + PAGE_SIZE)
                .then(function (page) {
                    if (seq === state.seq) {
                        state.query = query;
                        updateExport(query);
                        showPage(page);
                    }
                });
        }).then(function () {
            if (seq === state.seq) {
                setBusy(button, false);
                show(byId('cg-audit-loading'), false);
            }
        }, function (error) {
            if (seq === state.seq) {
                setBusy(button, false);
                show(byId('cg-audit-loading'), false);
                message(byId('cg-audit-messages'), 'error', error.message);
            }
        });
    }

    function updateExport(query) {
        byId('cg-audit-export').href = restBase + '/audit/export' + (query ? '?' + query : '');
    }

    function showPage(page) {
        var body = byId('cg-audit-body');
        var values = page.values || [];
        clear(body);
        message(byId('cg-audit-messages'), 'error', null);
        values.forEach(function (entry) {
            body.appendChild(row(entry));
        });
        state.start = page.start;
        state.total = page.total;
        show(byId('cg-audit-empty'), page.total === 0);
        show(byId('cg-audit-paging'), page.total > PAGE_SIZE);
        byId('cg-audit-prev').disabled = page.start <= 0;
        byId('cg-audit-next').disabled = page.start + values.length >= page.total;
        byId('cg-audit-range').textContent = values.length === 0
            ? ''
            : AJS.I18n.getText('cg.ui.audit.range', page.start + 1, page.start + values.length, page.total);
        byId('cg-audit-summary').textContent = AJS.I18n.getText('cg.ui.audit.count', page.total);
    }

    function cell(className, text, title) {
        var td = el('td', className, text);
        if (title) {
            td.title = title;
        }
        return td;
    }

    function who(user) {
        if (!user) {
            return '';
        }
        return user.displayName && user.username && user.displayName !== user.username
            ? AJS.I18n.getText('cg.ui.audit.user', user.displayName, user.username)
            : (user.displayName || user.username || user.key);
    }

    function row(entry) {
        var words = window.CustomerGroupsAudit;
        var tr = el('tr', 'cg-audit-row');
        tr.setAttribute('data-action', entry.action || '');
        tr.setAttribute('data-id', String(entry.id));
        tr.appendChild(cell('cg-audit-time', words.when(entry.at), entry.at));
        tr.appendChild(cell('cg-audit-actor', entry.actor ? who(entry.actor) : words.name(null)));
        tr.appendChild(cell('cg-audit-action', words.actionLabel(entry.action), words.sentence(entry)));
        tr.appendChild(cell('cg-audit-cause', words.causeLabel(entry.cause)));
        tr.appendChild(cell('cg-audit-project', entry.project ? entry.project.key : ''));
        tr.appendChild(cell('cg-audit-issue', entry.issue ? entry.issue.key : ''));
        var group = cell('cg-audit-group', entry.group ? entry.group.name : '',
            entry.group ? AJS.I18n.getText('cg.ui.audit.group.id', entry.group.id) : null);
        if (entry.group) {
            group.setAttribute('data-group-id', String(entry.group.id));
        }
        tr.appendChild(group);
        tr.appendChild(cell('cg-audit-user', who(entry.user)));
        tr.appendChild(cell('cg-audit-change', words.change(entry)));
        return tr;
    }

    function wireFilters() {
        byId('cg-audit-filters').addEventListener('submit', function (event) {
            event.preventDefault();
            search(0);
        });
        byId('cg-audit-clear').addEventListener('click', function () {
            ['cg-audit-issue', 'cg-audit-group', 'cg-audit-user', 'cg-audit-project', 'cg-audit-from', 'cg-audit-to']
                .forEach(function (id) {
                    byId(id).value = '';
                });
            byId('cg-audit-action').value = '';
            search(0);
            byId('cg-audit-issue').focus();
        });
        byId('cg-audit-prev').addEventListener('click', function () {
            search(Math.max(0, state.start - PAGE_SIZE), true);
        });
        byId('cg-audit-next').addEventListener('click', function () {
            search(state.start + PAGE_SIZE, true);
        });
    }

    // ---------------------------------------------------------------------------------------------
    // retention

    function showRetention(days) {
        byId('cg-audit-retention-days').value = String(days);
        byId('cg-audit-retention-state').textContent = days === 0
            ? AJS.I18n.getText('cg.ui.audit.retention.forever')
            : AJS.I18n.getText('cg.ui.audit.retention.current', days);
    }

    function wireRetention() {
        var form = byId('cg-audit-settings-form');
        var input = byId('cg-audit-retention-days');
        var save = byId('cg-audit-retention-save');
        var messages = byId('cg-audit-settings-messages');
        api('GET', '/audit/settings').then(function (settings) {
            showRetention(settings.retentionDays);
        }, function (error) {
            message(messages, 'error', error.message);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var text = input.value.trim();
            if (!/^\d+$/.test(text)) {
                message(messages, 'error', AJS.I18n.getText('cg.ui.audit.retention.invalid'));
                input.focus();
                return;
            }
            setBusy(save, true);
            api('PUT', '/audit/settings', {retentionDays: parseInt(text, 10)}).then(function (settings) {
                setBusy(save, false);
                showRetention(settings.retentionDays);
                message(messages, 'success', settings.retentionDays === 0
                    ? AJS.I18n.getText('cg.ui.audit.retention.saved.forever')
                    : AJS.I18n.getText('cg.ui.audit.retention.saved', settings.retentionDays));
            }, function (error) {
                setBusy(save, false);
                message(messages, 'error', error.message);  // what was typed stays in the field
                input.focus();
            });
        });
    }

    // ---------------------------------------------------------------------------------------------

    function init() {
        root = byId('cg-audit');
        if (!root || !window.CustomerGroupsAudit) {
            return;
        }
        restBase = root.getAttribute('data-rest-base');
        wireFilters();
        wireRetention();
        search(0);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
