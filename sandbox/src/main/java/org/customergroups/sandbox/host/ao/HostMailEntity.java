package org.customergroups.sandbox.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One mail the plugin handed to the host's mail queue (Jira's MailQueue): the sandbox keeps it
 * instead of sending it. {@code TO_USER} is the username of the account with the recipient's
 * address, null when no account has it.
 */
@Table("MAIL")
public interface HostMailEntity extends Entity {

    String TO_ADDRESS = "TO_ADDRESS";
    String TO_NAME = "TO_NAME";
    String TO_USER = "TO_USER";
    String SUBJECT = "SUBJECT";
    String BODY = "BODY";
    String QUEUED = "QUEUED";

    @NotNull
    String getToAddress();

    void setToAddress(String toAddress);

    String getToName();

    void setToName(String toName);

    @Indexed
    String getToUser();

    void setToUser(String toUser);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    Date getQueued();

    void setQueued(Date queued);
}
