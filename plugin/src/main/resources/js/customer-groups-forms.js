/*
 * The project page's "Request form" and "Authorized reporters" views (issue 5), next to the catalog view of
 * js/customer-groups-project.js: view switching by address fragment (#forms, #authorized-reporters), the form
 * editor with its public address and iframe snippet, and the Restricted flag with its Authorized reporters
 * groups. Data from the REST API through window.CustomerGroupsPage (customer-groups-common.js); text is only
 * ever written with textContent. Plain ES5, no build step; every string is an i18n key (jsI18n transformer).
 */
(function () {
    'use strict';

    var VIEWS = {catalog: null, forms: 'cg-view-forms', 'authorized-reporters': 'cg-view-reporters'};
    var LINKS = {catalog: 'cg-view-link-catalog', forms: 'cg-view-link-forms', 'authorized-reporters': 'cg-view-link-reporters'};
    var PORTAL_FORM = '/plugins/servlet/customer-groups/portal/form/';

    function init() {
        var root = document.getElementById('cg-project');
        if (!root || !document.getElementById('cg-view-forms') || !window.CustomerGroupsPage) {
            return;
        }
        var P = window.CustomerGroupsPage;
        var restBase = root.getAttribute('data-rest-base');
        var projectKey = root.getAttribute('data-project-key');
        var contextPath = restBase.replace(/\/rest\/customer-groups\/1\.0$/, '');
        var loaded = {};

        function currentView() {
            var name = window.location.hash.replace(/^#/, '');
            return Object.prototype.hasOwnProperty.call(VIEWS, name) ? name : 'catalog';
        }

        function showView() {
            var name = currentView();
            root.classList.toggle('cg-view-other', name !== 'catalog');
            Object.keys(VIEWS).forEach(function (view) {
                if (VIEWS[view]) {
                    P.show(P.byId(VIEWS[view]), view === name);
                }
                var link = P.byId(LINKS[view]);
                if (view === name) {
                    link.setAttribute('aria-current', 'page');
                } else {
                    link.removeAttribute('aria-current');
                }
            });
            if (name === 'forms' && !loaded.forms) {
                loaded.forms = true;
                loadForm();
            }
            if (name === 'authorized-reporters' && !loaded.reporters) {
                loaded.reporters = true;
                loadReporters();
            }
        }

        // ----- Request form -----------------------------------------------------------------------------

        var formMessages = P.byId('cg-forms-messages');

        function publicUrl() {
            return window.location.origin + contextPath + PORTAL_FORM + encodeURIComponent(projectKey);
        }

        function attribute(value) {
            return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        }

        function showAddresses() {
            var url = publicUrl();
            P.byId('cg-forms-url').value = url;
            P.byId('cg-forms-open').href = url;
            P.byId('cg-forms-snippet').value = '<iframe src="' + attribute(url + '?embed=1') + '" title="'
                + attribute(AJS.I18n.getText('cg.ui.form.editor.embed.frametitle')) + '" width="100%" height="760"'
                + ' style="border:0"></iframe>';
        }

        function fillForm(data) {
            var form = data && data.form ? data.form : (data || {});
            var block = form.groupBlock || {};
            // Only a form saved as available is on: a project that never saved its form has none for reporters.
            P.byId('cg-forms-enabled').checked = form.enabled === true;
            P.byId('cg-forms-title-input').value = form.title || '';
            P.byId('cg-forms-intro').value = form.intro || '';
            P.byId('cg-forms-description-shown').checked = form.descriptionShown !== false;
            P.byId('cg-forms-block-enabled').checked = !!block.enabled;
            P.byId('cg-forms-block-label').value = block.label || '';
            P.byId('cg-forms-block-help').value = block.helpText || '';
            P.byId('cg-forms-block-required').checked = !!block.required;
            P.byId(block.multiple ? 'cg-forms-block-multiple' : 'cg-forms-block-single').checked = true;
            blockFieldsEnabled();
            var updated = P.byId('cg-forms-updated');
            updated.textContent = form.updatedAt
                ? AJS.I18n.getText('cg.ui.form.editor.updated', form.updatedByName || form.updatedBy || '',
                    new Date(form.updatedAt).toLocaleString())
                : AJS.I18n.getText('cg.ui.form.editor.never');
        }

        function blockFieldsEnabled() {
            var on = P.byId('cg-forms-block-enabled').checked;
            ['cg-forms-block-label', 'cg-forms-block-help', 'cg-forms-block-required', 'cg-forms-block-single',
                'cg-forms-block-multiple'].forEach(function (id) {
                P.byId(id).disabled = !on;
            });
        }

        function formBody() {
            return {
                enabled: P.byId('cg-forms-enabled').checked,
                title: P.byId('cg-forms-title-input').value,
                intro: P.byId('cg-forms-intro').value,
                descriptionShown: P.byId('cg-forms-description-shown').checked,
                groupBlock: {
                    enabled: P.byId('cg-forms-block-enabled').checked,
                    label: P.byId('cg-forms-block-label').value,
                    helpText: P.byId('cg-forms-block-help').value,
                    required: P.byId('cg-forms-block-required').checked,
                    multiple: P.byId('cg-forms-block-multiple').checked
                }
            };
        }

        var FORM_INPUTS = {title: 'cg-forms-title-input', intro: 'cg-forms-intro',
            'groupBlock.label': 'cg-forms-block-label', 'groupBlock.helpText': 'cg-forms-block-help'};

        /** A field error with the field's label in front ("Title: This text can have at most 200 characters."). */
        function fieldMessage(error) {
            var label = FORM_INPUTS[error.field]
                ? document.querySelector('label[for="' + FORM_INPUTS[error.field] + '"]') : null;
            return label ? label.textContent + ': ' + error.message : error.message;
        }

        function loadForm() {
            showAddresses();
            P.api(restBase, 'GET', '/forms/' + P.enc(projectKey) + '/definition').then(function (data) {
                fillForm(data);
                if (data.enabled !== true) {
                    P.message(formMessages, 'warning', AJS.I18n.getText('cg.ui.form.editor.off'));
                }
            }, function (error) {
                P.message(formMessages, 'error', error.message);
            });
        }

        P.byId('cg-forms-block-enabled').addEventListener('change', blockFieldsEnabled);
        P.byId('cg-forms-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var save = P.byId('cg-forms-save');
            P.setBusy(save, true);
            P.message(formMessages, 'info', '');
            P.api(restBase, 'PUT', '/forms/' + P.enc(projectKey), formBody()).then(function (data) {
                P.setBusy(save, false);
                fillForm(data);
                P.message(formMessages, data.enabled === true ? 'success' : 'warning', data.enabled === true
                    ? AJS.I18n.getText('cg.ui.form.editor.saved') : AJS.I18n.getText('cg.ui.form.editor.saved.off'));
            }, function (error) {
                // What the admin typed stays in the fields; every invalid text is named, not only the first.
                P.setBusy(save, false);
                P.message(formMessages, 'error', error.errors && error.errors.length
                    ? error.errors.map(fieldMessage).join(' ')
                    : fieldMessage(error));
            });
        });

        // ----- Authorized reporters ---------------------------------------------------------------------

        var reporterMessages = P.byId('cg-reporters-messages');
        var chosen = [];
        var searchTimer = null;
        var searchSeq = 0;

        function renderChosen() {
            var list = P.byId('cg-reporters-groups');
            P.clear(list);
            chosen.forEach(function (group) {
                var item = P.el('li', 'cg-reporters-group');
                item.setAttribute('data-group-id', String(group.id));
                item.appendChild(P.el('span', 'cg-reporters-group-name', group.name));
                var remove = P.el('button', 'aui-button aui-button-link cg-reporters-remove',
                    AJS.I18n.getText('cg.ui.restricted.remove'));
                remove.type = 'button';
                remove.setAttribute('aria-label', AJS.I18n.getText('cg.ui.restricted.remove.label', group.name));
                remove.addEventListener('click', function () {
                    chosen = chosen.filter(function (g) {
                        return g.id !== group.id;
                    });
                    renderChosen();
                    search();
                });
                item.appendChild(remove);
                list.appendChild(item);
            });
            P.show(P.byId('cg-reporters-empty'), chosen.length === 0);
        }

        function fillReporters(data) {
            P.byId('cg-reporters-restricted').checked = !!data.restricted;
            chosen = (data.groups || []).map(function (g) {
                return {id: g.id, name: g.name};
            });
            renderChosen();
            var hint = P.byId('cg-reporters-hint');
            hint.textContent = data.createPermissionHint || '';
            P.show(hint, !!data.createPermissionHint);
        }

        function loadReporters() {
            P.api(restBase, 'GET', '/projects/' + P.enc(projectKey) + '/authorized-reporters').then(fillReporters,
                function (error) {
                    P.message(reporterMessages, 'error', error.message);
                });
        }

        function search() {
            var query = P.byId('cg-reporters-search').value.trim();
            var results = P.byId('cg-reporters-results');
            var seq = ++searchSeq;
            if (!query) {
                P.clear(results);
                return;
            }
            P.api(restBase, 'GET', '/groups?limit=20&query=' + P.enc(query)).then(function (page) {
                if (seq !== searchSeq) {
                    return;
                }
                P.clear(results);
                var values = (page && page.values) || [];
                var shown = 0;
                values.forEach(function (group) {
                    if (chosen.some(function (g) {
                        return g.id === group.id;
                    })) {
                        return;
                    }
                    shown++;
                    var item = P.el('li', 'cg-reporters-result');
                    var pick = P.el('button', 'aui-button aui-button-link cg-reporters-pick', group.name);
                    pick.type = 'button';
                    pick.setAttribute('data-group-id', String(group.id));
                    pick.addEventListener('click', function () {
                        chosen.push({id: group.id, name: group.name});
                        renderChosen();
                        P.byId('cg-reporters-search').value = '';
                        P.clear(results);
                        P.byId('cg-reporters-search').focus();
                    });
                    item.appendChild(pick);
                    results.appendChild(item);
                });
                if (!shown) {
                    results.appendChild(P.el('li', 'cg-muted', AJS.I18n.getText('cg.ui.restricted.add.none')));
                }
            }, function (error) {
                if (seq === searchSeq) {
                    P.message(reporterMessages, 'error', error.message);
                }
            });
        }

        P.byId('cg-reporters-search').addEventListener('input', function () {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(search, 250);
        });
        P.byId('cg-reporters-search').addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
                clearTimeout(searchTimer);
                search();
            }
        });
        P.byId('cg-reporters-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var save = P.byId('cg-reporters-save');
            P.setBusy(save, true);
            P.message(reporterMessages, 'info', '');
            P.api(restBase, 'PUT', '/projects/' + P.enc(projectKey) + '/authorized-reporters', {
                restricted: P.byId('cg-reporters-restricted').checked,
                groupIds: chosen.map(function (g) {
                    return g.id;
                })
            }).then(function (data) {
                P.setBusy(save, false);
                fillReporters(data);
                P.message(reporterMessages, 'success', AJS.I18n.getText('cg.ui.restricted.saved'));
            }, function (error) {
                P.setBusy(save, false);
                P.message(reporterMessages, 'error', error.message);
            });
        });

        window.addEventListener('hashchange', showView);
        showView();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
