package com.atlassian.mail;

/**
 * Declaration of atlassian-mail's e-mail (class; in atlassian-mail it also has the cc/bcc constructor, headers,
 * multipart and getters, not declared here). Only the constructor and the chainable setters the plugin calls: each
 * setter returns {@code Email} (part of the JVM descriptor). Behaviour-free: tests intercept construction
 * (Mockito {@code mockConstruction}).
 * Unconfirmed for 10.3: checked against the atlassian-mail 1.3.23 and 1.9 javadoc ("Methods in com.atlassian.mail that
 * return Email": setBody, setMimeType, setSubject, ...); the atlassian-mail version shipped with Jira 10.3 was not
 * inspected.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html">Email (atlassian-mail 1.3.23)</a>
 * @see <a href="https://docs.atlassian.com/atlassian-mail/1.9/apidocs/com/atlassian/mail/class-use/Email.html">Uses of Email (atlassian-mail 1.9)</a>
 */
public class Email {

    public Email(String to) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
