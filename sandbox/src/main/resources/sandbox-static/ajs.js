/*
 * Sandbox stand-in for the few parts of Jira's AJS (com.atlassian.auiplugin:ajs) the plugin uses.
 * Not AUI: just enough for the plugin's scripts to run outside Jira.
 */
(function (window, document) {
    'use strict';

    var AJS = window.AJS || {};
    // This file is served at <context path>/sandbox/ajs.js: the context path is what precedes it.
    var script = document.currentScript;
    var contextPath = script ? script.src.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\/sandbox\/ajs\.js.*$/, '') : '';

    /* MessageFormat-style: {0} takes the first argument; '' is one quote; text in single quotes is literal. */
    AJS.format = function (pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        var text = String(pattern);
        var out = '';
        var quoted = false;
        var i = 0;
        while (i < text.length) {
            var c = text.charAt(i);
            if (c === "'") {
                if (text.charAt(i + 1) === "'") {
                    out += "'";
                    i += 2;
                } else {
                    quoted = !quoted;
                    i += 1;
                }
                continue;
            }
            if (c === '{' && !quoted) {
                var end = text.indexOf('}', i);
                var index = end > i ? parseInt(text.substring(i + 1, end), 10) : NaN;
                if (!isNaN(index)) {
                    out += index < args.length ? String(args[index]) : '{' + index + '}';
                    i = end + 1;
                    continue;
                }
            }
            out += c;
            i += 1;
        }
        return out;
    };

    AJS.I18n = AJS.I18n || {};
    /* The jsI18n transform replaces these calls when the file is served; a call it missed shows its key. */
    AJS.I18n.getText = function (key) {
        return String(key);
    };

    AJS.contextPath = function () {
        return contextPath;
    };

    AJS.escapeHtml = function (value) {
        return String(value).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
        });
    };

    window.AJS = AJS;
}(window, document));
