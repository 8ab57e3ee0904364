/*
 * The reporter portal's two actions (templates portal-request.vm and portal-form.vm): post a comment and submit
 * a request form, both to the REST API with Jira's XSRF header. The pages themselves are rendered by the server;
 * this script never writes HTML (textContent only) and never clears what was typed unless it was saved.
 * Plain ES5, no build step; every string is an i18n key that the jsI18n transformer replaces.
 */
(function () {
    'use strict';

    var common = window.CustomerGroupsPage; // customer-groups-common.js, listed first in the web-resource
    var byId = common.byId;
    var el = common.el;
    var clear = common.clear;
    var setBusy = common.setBusy;

    function text(node, value) {
        node.textContent = value === undefined || value === null ? '' : String(value);
    }

    /**
     * POSTs JSON to the REST API at {@code restBase}; resolves with {status, data}, rejects with common.api's Error
     * (the server's message, status and error body as data).
     */
    function post(restBase, path, body) {
        return common.api(restBase, 'POST', path, body, true);
    }

    /** An AUI message in {@code container} (no close button: the next send clears it); no value clears it. */
    function showMessage(container, type, value) {
        clear(container);
        if (!value) {
            return;
        }
        var box = el('div', 'aui-message aui-message-' + type);
        box.setAttribute('role', type === 'error' ? 'alert' : 'status');
        box.appendChild(el('p', null, value));
        container.appendChild(box);
    }

    /** Why a call failed, in words for the reporter: the server's message, or what to do about a lost session. */
    function reason(error) {
        if (error.status === 401) {
            return AJS.I18n.getText('cg.ui.portal.error.session');
        }
        return error.message;
    }

    /** Every {field, message} of an error body: the errors list when there is one, else the single field. */
    function fieldErrors(data) {
        if (data && data.errors && data.errors.length) {
            return data.errors;
        }
        return data && data.message ? [{field: data.field, message: data.message}] : [];
    }

    function initComments(page) {
        var form = byId('cg-portal-comment-form');
        if (!form) {
            return;
        }
        var input = byId('cg-portal-comment-body');
        var error = byId('cg-portal-comment-error');
        var messages = byId('cg-portal-comment-messages');
        var submit = byId('cg-portal-comment-submit');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            text(error, '');
            showMessage(messages, 'error', '');
            var body = input.value;
            if (!body.trim()) {
                text(error, AJS.I18n.getText('cg.ui.portal.comment.empty'));
                input.focus();
                return;
            }
            setBusy(submit, true);
            post(page.getAttribute('data-rest-base'), '/portal/requests/'
                + common.enc(page.getAttribute('data-issue-key')) + '/comments', {body: body})
                .then(function (result) {
                    // Comments are listed oldest first, a page at a time: open the page holding the new one.
                    var limit = parseInt(page.getAttribute('data-comments-limit'), 10) || 50;
                    var total = (parseInt(page.getAttribute('data-comments-total'), 10) || 0) + 1;
                    var start = Math.floor((total - 1) / limit) * limit;
                    var id = result.data && result.data.id !== undefined ? '#cg-comment-' + result.data.id : '';
                    var target = page.getAttribute('data-request-url') + '?commentsStart=' + start;
                    if (window.location.pathname + window.location.search === target) {
                        // Same address: only the fragment would change, which does not load the page again.
                        window.location.hash = id;
                        window.location.reload();
                    } else {
                        window.location.assign(target + id);
                    }
                }, function (failure) {
                    setBusy(submit, false);
                    if (failure.status === 400) {
                        text(error, failure.message);
                        input.focus();
                    } else {
                        showMessage(messages, 'error', reason(failure));
                    }
                });
        });
    }

    function initForm(page) {
        var form = byId('cg-portal-form');
        if (!form) {
            return;
        }
        var messages = byId('cg-portal-form-messages');
        var submit = byId('cg-form-submit');
        var errorSlots = form.querySelectorAll('.error[data-field]');

        function clearErrors() {
            for (var i = 0; i < errorSlots.length; i++) {
                text(errorSlots[i], '');
            }
            showMessage(messages, 'error', '');
        }

        function slotFor(field) {
            var name = field === 'groups' || field === 'groupId' || (field && field.indexOf('group') === 0)
                ? 'groupIds' : field;
            for (var i = 0; i < errorSlots.length; i++) {
                if (errorSlots[i].getAttribute('data-field') === name) {
                    return errorSlots[i];
                }
            }
            return null;
        }

        function chosenGroups() {
            var ids = [];
            var inputs = form.querySelectorAll('input[name="groupIds"]');
            for (var i = 0; i < inputs.length; i++) {
                if (inputs[i].checked && inputs[i].value) {
                    ids.push(parseInt(inputs[i].value, 10));
                }
            }
            return ids;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            var description = byId('cg-form-description');
            var body = {
                summary: byId('cg-form-summary').value,
                description: description ? description.value : '',
                groupIds: chosenGroups()
            };
            setBusy(submit, true);
            post(page.getAttribute('data-rest-base'), '/forms/'
                + common.enc(page.getAttribute('data-project-key')) + '/requests', body)
                .then(function (result) {
                    var created = result.data || {};
                    if (page.getAttribute('data-embed') === 'true') {
                        // Inside someone else's page: say it worked and link to the request in a new window.
                        form.setAttribute('hidden', '');
                        text(byId('cg-portal-form-done-text'), AJS.I18n.getText('cg.ui.form.done', created.key));
                        var link = byId('cg-portal-form-done-link');
                        link.href = created.url;
                        text(link, AJS.I18n.getText('cg.ui.form.done.link', created.key));
                        byId('cg-portal-form-done').removeAttribute('hidden');
                    } else {
                        window.location.assign(created.url);
                    }
                }, function (failure) {
                    setBusy(submit, false);
                    if (failure.status !== 400) {
                        showMessage(messages, 'error', reason(failure));
                        return;
                    }
                    var errors = fieldErrors(failure.data);
                    var unplaced = [];
                    var first = null;
                    for (var i = 0; i < errors.length; i++) {
                        var slot = slotFor(errors[i].field);
                        if (slot) {
                            text(slot, errors[i].message);
                            first = first || slot;
                        } else {
                            unplaced.push(errors[i].message);
                        }
                    }
                    showMessage(messages, 'error', unplaced.length ? unplaced.join(' ')
                        : AJS.I18n.getText('cg.ui.form.invalid'));
                    var field = first && first.parentNode.querySelector('input, textarea');
                    if (field) {
                        field.focus();
                    }
                });
        });
    }

    function init() {
        var request = byId('cg-portal-request');
        if (request) {
            initComments(request);
        }
        var formPage = byId('cg-portal-form-page');
        if (formPage) {
            initForm(formPage);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
