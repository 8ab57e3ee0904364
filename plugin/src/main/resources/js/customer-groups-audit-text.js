/*
 * Audit entries in words, shared by the issue panel's History, the group sidebar's History tab and
 * the admin audit page (each of their web-resources lists this file before its own script). An entry
 * is one value of GET /audit: {at, actor, action, cause, project, issue, group, user, before, after}.
 * Every text is an i18n key that the jsI18n transformer replaces, so each key is written out once;
 * callers put the result into the page with textContent only, and listItem builds a History list's
 * item that way.
 */
(function () {
    'use strict';

    function name(user) {
        if (!user) {
            return AJS.I18n.getText('cg.ui.audit.system');
        }
        return user.displayName || user.username || user.key;
    }

    function unknown() {
        return AJS.I18n.getText('cg.ui.audit.unknown');
    }

    function groupName(entry) {
        return entry.group && entry.group.name ? entry.group.name : unknown();
    }

    function issueKey(entry) {
        return entry.issue && entry.issue.key ? entry.issue.key : unknown();
    }

    function projectKey(entry) {
        return entry.project && entry.project.key ? entry.project.key : unknown();
    }

    function userName(entry) {
        return entry.user ? name(entry.user) : unknown();
    }

    /** The actions' labels, as in the admin page's action filter; one literal key each for the jsI18n transformer. */
    var ACTION_LABELS = {
        GROUP_CREATED: AJS.I18n.getText('cg.ui.audit.action.GROUP_CREATED'),
        GROUP_UPDATED: AJS.I18n.getText('cg.ui.audit.action.GROUP_UPDATED'),
        GROUP_DELETED: AJS.I18n.getText('cg.ui.audit.action.GROUP_DELETED'),
        MEMBER_ADDED: AJS.I18n.getText('cg.ui.audit.action.MEMBER_ADDED'),
        MEMBER_REMOVED: AJS.I18n.getText('cg.ui.audit.action.MEMBER_REMOVED'),
        USER_UPGRADED: AJS.I18n.getText('cg.ui.audit.action.USER_UPGRADED'),
        CATALOG_ADDED: AJS.I18n.getText('cg.ui.audit.action.CATALOG_ADDED'),
        CATALOG_REMOVED: AJS.I18n.getText('cg.ui.audit.action.CATALOG_REMOVED'),
        AUTO_SHARE_CHANGED: AJS.I18n.getText('cg.ui.audit.action.AUTO_SHARE_CHANGED'),
        SHARE_ADDED: AJS.I18n.getText('cg.ui.audit.action.SHARE_ADDED'),
        SHARE_REMOVED: AJS.I18n.getText('cg.ui.audit.action.SHARE_REMOVED'),
        SUBSCRIPTION_CHANGED: AJS.I18n.getText('cg.ui.audit.action.SUBSCRIPTION_CHANGED'),
        SETTINGS_CHANGED: AJS.I18n.getText('cg.ui.audit.action.SETTINGS_CHANGED'),
        RULE_CHANGED: AJS.I18n.getText('cg.ui.audit.action.RULE_CHANGED'),
        EMAIL_VERIFIED: AJS.I18n.getText('cg.ui.audit.action.EMAIL_VERIFIED'),
        FORM_CHANGED: AJS.I18n.getText('cg.ui.audit.action.FORM_CHANGED'),
        RESTRICTION_CHANGED: AJS.I18n.getText('cg.ui.audit.action.RESTRICTION_CHANGED'),
        REQUEST_CREATED: AJS.I18n.getText('cg.ui.audit.action.REQUEST_CREATED')
    };

    /** The causes' labels. */
    var CAUSE_LABELS = {
        AUTO_SHARE: AJS.I18n.getText('cg.ui.audit.cause.AUTO_SHARE'),
        FORM: AJS.I18n.getText('cg.ui.audit.cause.FORM'),
        CASCADE: AJS.I18n.getText('cg.ui.audit.cause.CASCADE'),
        GROUP_DELETED: AJS.I18n.getText('cg.ui.audit.cause.GROUP_DELETED'),
        ISSUE_DELETED: AJS.I18n.getText('cg.ui.audit.cause.ISSUE_DELETED'),
        DIRECTORY: AJS.I18n.getText('cg.ui.audit.cause.DIRECTORY'),
        RULE: AJS.I18n.getText('cg.ui.audit.cause.RULE'),
        AUTO_JOIN: AJS.I18n.getText('cg.ui.audit.cause.AUTO_JOIN'),
        MANUAL: AJS.I18n.getText('cg.ui.audit.cause.MANUAL')
    };

    function label(labels, value) {
        return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : null;
    }

    /** The action's label, as in the admin page's action filter. */
    function actionLabel(action) {
        return label(ACTION_LABELS, action) || action || unknown();
    }

    /** Why it happened; '' for a change made by hand. */
    function causeLabel(cause) {
        return label(CAUSE_LABELS, cause) || cause || '';
    }

    /** "Sam Agent shared HELP-1 with Acme": who did what, without the cause. */
    function what(entry) {
        var actor = name(entry.actor);
        switch (entry.action) {
            case 'GROUP_CREATED':
                return AJS.I18n.getText('cg.ui.audit.text.GROUP_CREATED', actor, groupName(entry));
            case 'GROUP_UPDATED':
                return AJS.I18n.getText('cg.ui.audit.text.GROUP_UPDATED', actor, groupName(entry));
            case 'GROUP_DELETED':
                return AJS.I18n.getText('cg.ui.audit.text.GROUP_DELETED', actor, groupName(entry));
            case 'MEMBER_ADDED':
                return AJS.I18n.getText('cg.ui.audit.text.MEMBER_ADDED', actor, userName(entry), groupName(entry));
            case 'MEMBER_REMOVED':
                return AJS.I18n.getText('cg.ui.audit.text.MEMBER_REMOVED', actor, userName(entry), groupName(entry));
            case 'USER_UPGRADED':
                return AJS.I18n.getText('cg.ui.audit.text.USER_UPGRADED', actor, userName(entry));
            case 'CATALOG_ADDED':
                return AJS.I18n.getText('cg.ui.audit.text.CATALOG_ADDED', actor, groupName(entry), projectKey(entry));
            case 'CATALOG_REMOVED':
                return AJS.I18n.getText('cg.ui.audit.text.CATALOG_REMOVED', actor, groupName(entry), projectKey(entry));
            case 'AUTO_SHARE_CHANGED':
                return AJS.I18n.getText('cg.ui.audit.text.AUTO_SHARE_CHANGED', actor, groupName(entry), projectKey(entry));
            case 'SHARE_ADDED':
                return AJS.I18n.getText('cg.ui.audit.text.SHARE_ADDED', actor, issueKey(entry), groupName(entry));
            case 'SHARE_REMOVED':
                return AJS.I18n.getText('cg.ui.audit.text.SHARE_REMOVED', actor, issueKey(entry), groupName(entry));
            case 'SUBSCRIPTION_CHANGED':
                return AJS.I18n.getText('cg.ui.audit.text.SUBSCRIPTION_CHANGED', actor, userName(entry));
            case 'SETTINGS_CHANGED':
                return AJS.I18n.getText('cg.ui.audit.text.SETTINGS_CHANGED', actor);
            case 'RULE_CHANGED':
                return AJS.I18n.getText('cg.ui.audit.text.RULE_CHANGED', actor, groupName(entry));
            case 'EMAIL_VERIFIED':
                return AJS.I18n.getText('cg.ui.audit.text.EMAIL_VERIFIED', actor, userName(entry));
            case 'FORM_CHANGED':
                return AJS.I18n.getText('cg.ui.audit.text.FORM_CHANGED', actor, projectKey(entry));
            case 'RESTRICTION_CHANGED':
                return AJS.I18n.getText('cg.ui.audit.text.RESTRICTION_CHANGED', actor, projectKey(entry));
            case 'REQUEST_CREATED':
                return AJS.I18n.getText('cg.ui.audit.text.REQUEST_CREATED', actor, issueKey(entry), userName(entry));
            default:
                return AJS.I18n.getText('cg.ui.audit.text.other', actor, actionLabel(entry.action));
        }
    }

    /** The whole line: "Sam Agent shared HELP-1 with Acme (Auto-share)". */
    function sentence(entry) {
        var text = what(entry);
        if (entry.cause && entry.cause !== 'MANUAL') {
            return AJS.I18n.getText('cg.ui.audit.with.cause', text, causeLabel(entry.cause));
        }
        return text;
    }

    /** "Before: x, after: y" (or one of them), '' when the entry records neither. */
    function change(entry) {
        var before = entry.before === null || entry.before === undefined ? '' : String(entry.before);
        var after = entry.after === null || entry.after === undefined ? '' : String(entry.after);
        if (before && after) {
            return AJS.I18n.getText('cg.ui.audit.change.both', before, after);
        }
        if (before) {
            return AJS.I18n.getText('cg.ui.audit.change.before', before);
        }
        if (after) {
            return AJS.I18n.getText('cg.ui.audit.change.after', after);
        }
        return '';
    }

    /** "12 Mar 2025, 14:05" in the page's language; the ISO text itself if the browser cannot read it. */
    function when(iso) {
        var date = new Date(iso);
        if (!iso || isNaN(date.getTime())) {
            return iso || '';
        }
        try {
            return date.toLocaleString(document.documentElement.lang || undefined, {
                year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
            });
        } catch (e) {
            return date.toLocaleString();
        }
    }

    function node(tag, className, text) {
        var n = document.createElement(tag);
        n.className = className;
        n.textContent = text;
        return n;
    }

    /**
     * One entry of a History list (issue panel, group sidebar): an li of class {prefix}-item with the
     * sentence ({prefix}-text), the time ({prefix}-meta, the ISO time as its title) and, when the entry
     * records one, the change ({prefix}-change). Text only.
     */
    function listItem(entry, prefix) {
        var item = node('li', prefix + '-item', '');
        item.setAttribute('data-action', entry.action || '');
        item.setAttribute('data-cause', entry.cause || '');
        item.appendChild(node('div', prefix + '-text', sentence(entry)));
        var meta = node('div', 'cg-muted ' + prefix + '-meta', when(entry.at));
        meta.title = entry.at || '';
        item.appendChild(meta);
        var changed = change(entry);
        if (changed) {
            item.appendChild(node('div', 'cg-muted ' + prefix + '-change', changed));
        }
        return item;
    }

    window.CustomerGroupsAudit = {
        actionLabel: actionLabel,
        causeLabel: causeLabel,
        name: name,
        sentence: sentence,
        change: change,
        when: when,
        listItem: listItem
    };
}());
