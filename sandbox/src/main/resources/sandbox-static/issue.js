/*
 * The sandbox issue page's comment box: posts {"body": text} as JSON to the sandbox's Jira REST API
 * (POST /rest/api/2/issue/{key}/comment, the signed-in session's cookie), with Jira's
 * "visibility": {"type": "role", "value": ...} when an agent ticks "Internal comment", and adds the
 * new comment to the list. The agents' transition buttons post {"transition": {"id": ...}} to
 * POST /rest/api/2/issue/{key}/transitions and reload the page. Every value goes into the page as
 * text, never as HTML.
 */
(function () {
    "use strict";

    function format(pattern, value) {
        return pattern.replace("{0}", value);
    }

    /** Jira's error shape: {"errorMessages": [...], "errors": {"field": "message"}}. */
    function messageOf(json, fallback) {
        if (json) {
            var messages = (json.errorMessages || []).slice();
            Object.keys(json.errors || {}).forEach(function (field) {
                messages.push(json.errors[field]);
            });
            if (messages.length) {
                return messages.join(" ");
            }
        }
        return fallback;
    }

    function shown(jiraDate) {
        // "2026-11-20T09:00:00.000+0000" (UTC) -> "2026-11-20 09:00", as the page writes dates.
        return jiraDate ? jiraDate.substring(0, 16).replace("T", " ") : "";
    }

    function commentItem(comment, internalText) {
        var item = document.createElement("li");
        item.className = comment.visibility ? "sbx-comment sbx-comment-internal" : "sbx-comment";
        item.id = "sbx-comment-" + comment.id;
        item.setAttribute("data-author", comment.author ? comment.author.name : "");
        if (comment.visibility) {
            item.setAttribute("data-internal", "true");
        }
        var meta = document.createElement("div");
        meta.className = "sbx-comment-meta";
        var author = document.createElement("span");
        author.className = "sbx-comment-author";
        author.textContent = comment.author ? (comment.author.displayName || comment.author.name) : "";
        var created = document.createElement("span");
        created.className = "sbx-comment-created";
        created.textContent = shown(comment.created);
        meta.appendChild(author);
        meta.appendChild(document.createTextNode(" "));
        meta.appendChild(created);
        if (comment.visibility) {
            var badge = document.createElement("span");
            badge.className = "sbx-internal-badge";
            badge.textContent = format(internalText, comment.visibility.value);
            meta.appendChild(document.createTextNode(" "));
            meta.appendChild(badge);
        }
        var body = document.createElement("div");
        body.className = "sbx-comment-body";
        body.textContent = comment.body;
        item.appendChild(meta);
        item.appendChild(body);
        return item;
    }

    /** POST JSON; resolves with the parsed answer (or null) when the status is {@code expected}, else rejects. */
    function post(url, payload, expected) {
        return fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: {"Content-Type": "application/json", "Accept": "application/json"},
            body: JSON.stringify(payload)
        }).then(function (response) {
            return response.json().catch(function () {
                return null;
            }).then(function (json) {
                if (response.status !== expected) {
                    throw new Error(messageOf(json, response.status + " " + response.statusText));
                }
                return json;
            });
        });
    }

    function initTransitions(page) {
        var box = document.getElementById("sbx-transitions");
        if (!box) {
            return;
        }
        var error = document.getElementById("sbx-transition-error");
        var url = box.getAttribute("data-rest-api") + "/issue/"
            + encodeURIComponent(page.getAttribute("data-issue-key")) + "/transitions";
        var buttons = box.querySelectorAll("button.sbx-transition");
        Array.prototype.forEach.call(buttons, function (button) {
            button.addEventListener("click", function () {
                error.hidden = true;
                Array.prototype.forEach.call(buttons, function (b) {
                    b.disabled = true;
                });
                post(url, {transition: {id: button.getAttribute("data-transition-id")}}, 204).then(function () {
                    window.location.reload();
                }).catch(function (e) {
                    error.textContent = format(box.getAttribute("data-error-text"), e.message);
                    error.hidden = false;
                    Array.prototype.forEach.call(buttons, function (b) {
                        b.disabled = false;
                    });
                });
            });
        });
    }

    function init() {
        var page = document.getElementById("sbx-issue");
        if (page) {
            initTransitions(page);
        }
        var form = document.getElementById("sbx-comment-form");
        if (!page || !form) {
            return;
        }
        var internal = document.getElementById("sbx-comment-internal");
        var textarea = document.getElementById("sbx-comment-body");
        var submit = document.getElementById("sbx-comment-submit");
        var error = document.getElementById("sbx-comment-error");
        var list = document.getElementById("sbx-comments");
        var empty = document.getElementById("sbx-comments-empty");
        var url = form.getAttribute("data-rest-api") + "/issue/"
            + encodeURIComponent(page.getAttribute("data-issue-key")) + "/comment";

        function showError(message) {
            error.textContent = message;
            error.hidden = false;
        }

        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var text = textarea.value;
            if (!text.trim()) {
                showError(form.getAttribute("data-empty-text"));
                return;
            }
            error.hidden = true;
            submit.disabled = true;
            var payload = {body: text};
            if (internal && internal.checked) {
                payload.visibility = {type: "role", value: internal.getAttribute("data-role")};
            }
            post(url, payload, 201).then(function (json) {
                if (!json) {
                    throw new Error("201");
                }
                list.appendChild(commentItem(json, form.getAttribute("data-internal-text")));
                empty.hidden = true;
                textarea.value = "";
                if (internal) {
                    internal.checked = false;
                }
            }).catch(function (e) {
                showError(format(form.getAttribute("data-error-text"), e.message));
            }).then(function () {
                submit.disabled = false;
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
