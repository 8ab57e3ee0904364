/* About page: "Check again" asks the health endpoint and updates the status cells. */
(function () {
    'use strict';

    function init() {
        var section = document.getElementById('cg-about');
        var button = document.getElementById('cg-recheck');
        if (!section || !button) {
            return;
        }
        var result = document.getElementById('cg-recheck-result');
        button.addEventListener('click', function () {
            result.textContent = AJS.I18n.getText('cg.about.checking');
            fetch(section.getAttribute('data-rest-base') + '/health', {
                credentials: 'same-origin',
                headers: {'Accept': 'application/json'}
            }).then(function (response) {
                return response.json().then(function (body) {
                    if (!response.ok) {
                        throw new Error(body.message);
                    }
                    return body;
                });
            }).then(function (health) {
                var status = document.getElementById('cg-database-status');
                status.setAttribute('data-status', health.database.status);
                status.textContent = health.database.status === 'UP'
                    ? AJS.I18n.getText('cg.about.status.UP')
                    : AJS.I18n.getText('cg.about.status.DOWN');
                document.getElementById('cg-group-count').textContent =
                    health.database.customerGroups === null ? '' : String(health.database.customerGroups);
                result.textContent = AJS.I18n.getText('cg.about.checked');
            }).catch(function (error) {
                result.textContent = AJS.I18n.getText('cg.about.check.failed', error.message);
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
