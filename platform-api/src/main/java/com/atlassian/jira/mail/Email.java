package com.atlassian.jira.mail;

/**
 * Declaration of Jira's e-mail (class extending atlassian-mail's {@link com.atlassian.mail.Email}): on construction
 * Jira adds its fingerprint header, drops the Precedence header when configured and sets Jira's mail encoding;
 * {@code setSubject} removes line breaks (it overrides the superclass method with the same return type,
 * {@code com.atlassian.mail.Email}). Behaviour-free: tests intercept construction (Mockito {@code mockConstruction}).
 * Unconfirmed for 10.3: shape from the Jira source of the class in public code (Jira 6/7 era: public
 * {@code Email(String to)} and {@code Email(String to, String cc, String bcc)}); no 10.x page read.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/mail/Email.html">Email (Jira "server" javadoc, not opened)</a>
 */
public class Email extends com.atlassian.mail.Email {

    public Email(String to) {
        super(to);
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }

    @Override
    public com.atlassian.mail.Email setSubject(String subject) {
        throw new UnsupportedOperationException("platform-api declaration: provided by Jira at runtime");
    }
}
