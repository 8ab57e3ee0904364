/*
 * Jira's global group browser (Administration > User management > Groups): adds a "Helpdesk" badge
 * to the rows whose group is a customer group. Loaded on every admin page (context atl.admin), so it
 * does nothing unless the page has the group browser table. One REST call per 100 names
 * (GET /groups?name=...&name=...); names are only ever written with textContent.
 */
(function () {
    'use strict';

    var BATCH = 100;

    /** The group name of a row's link: the "name" (or "groupName") parameter of its address. */
    function groupNameOf(link) {
        var match = /[?&](?:name|groupName)=([^&#]*)/.exec(link.getAttribute('href') || '');
        if (!match) {
            return null;
        }
        try {
            return decodeURIComponent(match[1].replace(/\+/g, ' '));
        } catch (ignored) {
            return null;
        }
    }

    /** name (lower case) -> the links naming that group in the group browser. */
    function groupLinks() {
        var table = document.getElementById('group_browser_table')
            || document.querySelector('table.group-browser, table[data-group-browser]');
        if (!table) {
            return null;
        }
        var links = {};
        Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
            var link = row.querySelector('a[href*="ViewGroup.jspa"], a[href*="EditGroup"], a[href*="name="]');
            var name = link ? groupNameOf(link) : null;
            if (name && !row.querySelector('.cg-helpdesk-badge')) {
                var key = name.toLowerCase();
                (links[key] = links[key] || []).push(link);
            }
        });
        return links;
    }

    function badge() {
        var span = document.createElement('span');
        span.className = 'aui-lozenge aui-lozenge-subtle aui-lozenge-complete cg-helpdesk-badge';
        span.textContent = AJS.I18n.getText('cg.page.badge.helpdesk');
        span.title = AJS.I18n.getText('cg.page.badge.helpdesk.title');
        return span;
    }

    function mark(links, names) {
        var query = names.map(function (name) {
            return 'name=' + encodeURIComponent(name);
        }).join('&');
        fetch(AJS.contextPath() + '/rest/customer-groups/1.0/groups?' + query + '&limit=' + BATCH, {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            return response.ok ? response.json() : {values: []};
        }).then(function (page) {
            (page.values || []).forEach(function (group) {
                (links[String(group.name).toLowerCase()] || []).forEach(function (link) {
                    if (link.parentNode.querySelector('.cg-helpdesk-badge')) {
                        return;
                    }
                    link.parentNode.insertBefore(badge(), link.nextSibling);
                    link.parentNode.insertBefore(document.createTextNode(' '), link.nextSibling);
                });
            });
        }).catch(function () {
            // The badge is decoration: without it the group browser works as before.
        });
    }

    function init() {
        var links = groupLinks();
        if (!links) {
            return;
        }
        var names = Object.keys(links).map(function (key) {
            return groupNameOf(links[key][0]);
        });
        for (var i = 0; i < names.length; i += BATCH) {
            mark(links, names.slice(i, i + BATCH));
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
