/*
 * DOM, message and REST helpers of the plugin's page scripts, as window.CustomerGroupsPage. Every
 * web-resource with a page script lists this file before its own script. Text is only ever written with textContent. Plain ES5, no
 * build step; every string is an i18n key that the jsI18n transformer replaces.
 */
(function () {
    'use strict';

    function byId(id) {
        return document.getElementById(id);
    }

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    function show(node, visible) {
        if (visible) {
            node.removeAttribute('hidden');
        } else {
            node.setAttribute('hidden', '');
        }
    }

    function enc(value) {
        return encodeURIComponent(String(value));
    }

    function setBusy(button, busy) {
        button.disabled = busy;
        button.setAttribute('aria-busy', busy ? 'true' : 'false');
    }

    /** An AUI message in {@code container}: type error, success, info or warning; no text clears it. */
    function message(container, type, text) {
        clear(container);
        if (!text) {
            return;
        }
        var box = el('div', 'aui-message aui-message-' + type + ' cg-message');
        box.setAttribute('role', type === 'error' ? 'alert' : 'status');
        box.appendChild(el('p', null, text));
        var close = el('button', 'aui-button aui-button-subtle cg-message-close', '\u00d7');
        close.type = 'button';
        close.setAttribute('aria-label', AJS.I18n.getText('cg.ui.common.message.close'));
        close.addEventListener('click', function () {
            clear(container);
        });
        box.appendChild(close);
        container.appendChild(box);
    }

    /**
     * Calls the REST API under {@code restBase}; resolves with the JSON body (null for 204), or with
     * {status, data} when {@code withStatus} is set; rejects with an Error carrying the server's
     * message, the HTTP status, the field at fault, every {field, message} of a 400 and the error body
     * itself ({@code data}, {} when there was none). JSON bodies only, with Jira's X-Atlassian-Token
     * header.
     */
    function api(restBase, method, path, body, withStatus) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(restBase + path, options).then(function (response) {
            return response.text().then(function (text) {
                var data = null;
                if (text) {
                    try {
                        data = JSON.parse(text);
                    } catch (ignored) {
                        data = null;
                    }
                }
                if (!response.ok) {
                    var error = new Error(data && data.message
                        ? data.message
                        : AJS.I18n.getText('cg.ui.common.error.status', response.status));
                    error.status = response.status;
                    error.field = data ? data.field : null;
                    // A 400 naming several fields lists them all ({field, message} each).
                    error.errors = data && data.errors ? data.errors : [];
                    error.data = data || {};
                    throw error;
                }
                return withStatus ? {status: response.status, data: data} : data;
            });
        }, function () {
            throw new Error(AJS.I18n.getText('cg.ui.common.error.network'));
        });
    }

    window.CustomerGroupsPage = {
        byId: byId,
        el: el,
        clear: clear,
        show: show,
        enc: enc,
        setBusy: setBusy,
        message: message,
        api: api
    };
}());
