/*
 * "Shared with my customer groups" on the user's own profile (templates/customergroups/profile-subscriptions.vm):
 * reads GET /me/subscriptions, and saves every change of the switch or the delivery mode at once with
 * PUT /me/subscriptions (only the changed member is sent). The form always shows what the server
 * answered; errors show the server's message. Helpers from customer-groups-common.js. Plain ES5, no
 * build step; every string is an i18n key that the jsI18n transformer replaces.
 */
(function () {
    'use strict';

    // DOM and REST helpers: customer-groups-common.js, listed before this script in its web-resource.
    var common = window.CustomerGroupsPage;
    if (!common) {
        return;
    }
    var byId = common.byId;
    var message = common.message;

    function wire(root) {
        var restBase = root.getAttribute('data-rest-base');
        var enabled = byId('cg-profile-enabled');
        var immediate = byId('cg-profile-mode-immediate');
        var digest = byId('cg-profile-mode-digest');
        var stateText = byId('cg-profile-state');
        var messages = byId('cg-profile-messages');
        var current = null;
        var busy = false;

        function api(method, body) {
            return common.api(restBase, method, '/me/subscriptions', body);
        }

        /** Shows the server's answer; the controls are usable once there is one and no save is running. */
        function render() {
            var ready = current !== null && !busy;
            enabled.disabled = !ready;
            if (current === null) {
                immediate.disabled = true;
                digest.disabled = true;
                return;
            }
            enabled.checked = !!current.enabled;
            byId('cg-profile-enabled-state').textContent = current.enabled
                ? AJS.I18n.getText('cg.ui.profile.on')
                : AJS.I18n.getText('cg.ui.profile.off');
            immediate.checked = current.mode !== 'DIGEST';
            digest.checked = current.mode === 'DIGEST';
            // Without mail there is nothing to deliver: the mode waits until mail is on again.
            immediate.disabled = !ready || !current.enabled;
            digest.disabled = !ready || !current.enabled;
            root.setAttribute('data-state', current.isDefault ? 'default' : 'chosen');
            root.setAttribute('data-enabled', current.enabled ? 'true' : 'false');
            root.setAttribute('data-mode', current.mode);
            var what = !current.enabled
                ? AJS.I18n.getText('cg.ui.profile.state.off')
                : (current.mode === 'DIGEST'
                    ? AJS.I18n.getText('cg.ui.profile.state.DIGEST')
                    : AJS.I18n.getText('cg.ui.profile.state.IMMEDIATE'));
            stateText.textContent = current.isDefault
                ? AJS.I18n.getText('cg.ui.profile.state.default', what)
                : AJS.I18n.getText('cg.ui.profile.state.chosen', what);
        }

        function save(change) {
            busy = true;
            render();
            api('PUT', change).then(function (data) {
                busy = false;
                current = data;
                render();
                message(messages, 'success', AJS.I18n.getText('cg.ui.profile.saved'));
            }, function (error) {
                busy = false;
                render();  // back to what the server has
                message(messages, 'error', error.message);
            });
        }

        enabled.addEventListener('change', function () {
            save({enabled: enabled.checked});
        });
        [immediate, digest].forEach(function (radio) {
            radio.addEventListener('change', function () {
                if (radio.checked) {
                    save({mode: radio.value});
                }
            });
        });

        api('GET').then(function (data) {
            current = data;
            render();
        }, function (error) {
            root.setAttribute('data-state', 'error');
            stateText.textContent = '';
            message(messages, 'error', error.message);
        });
    }

    /** "Verify my e-mail address": the state from GET /me/email-verification; the button POSTs for a link. */
    function wireVerify(root) {
        var restBase = root.getAttribute('data-rest-base');
        var state = byId('cg-verify-state');
        var send = byId('cg-verify-send');
        var messages = byId('cg-verify-messages');

        function render(data) {
            var hasEmail = !!data.email;
            root.setAttribute('data-state', !hasEmail ? 'no-email' : (data.verified ? 'verified' : 'unverified'));
            state.textContent = !hasEmail
                ? AJS.I18n.getText('cg.ui.verify.state.noemail')
                : (data.verified
                    ? AJS.I18n.getText('cg.ui.verify.state.verified', data.email)
                    : AJS.I18n.getText('cg.ui.verify.state.unverified', data.email));
            common.show(send, hasEmail && !data.verified);
        }

        send.addEventListener('click', function () {
            common.setBusy(send, true);
            common.api(restBase, 'POST', '/me/email-verification', {}).then(function (data) {
                common.setBusy(send, false);
                root.setAttribute('data-state', 'sent');
                message(messages, 'success', AJS.I18n.getText('cg.ui.verify.sent', data.sentTo));
            }, function (error) {
                common.setBusy(send, false);
                message(messages, 'error', error.message);
            });
        });

        common.api(restBase, 'GET', '/me/email-verification').then(render, function (error) {
            root.setAttribute('data-state', 'error');
            state.textContent = '';
            message(messages, 'error', error.message);
        });
    }

    function init() {
        var verify = byId('cg-verify-email');
        if (verify && verify.getAttribute('data-cg-ready') !== 'true') {
            verify.setAttribute('data-cg-ready', 'true');
            wireVerify(verify);
        }
        var root = byId('cg-profile-subscriptions');
        if (!root || root.getAttribute('data-cg-ready') === 'true') {
            return;
        }
        root.setAttribute('data-cg-ready', 'true');
        wire(root);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
