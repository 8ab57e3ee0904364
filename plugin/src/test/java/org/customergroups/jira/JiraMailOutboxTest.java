package org.customergroups.jira;

import com.atlassian.jira.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import org.customergroups.domain.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.MockedConstruction;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * What Jira's mail queue gets. Jira's {@link Email} and {@link SingleMailQueueItem} are created by the adapter with
 * {@code new}; their constructions are intercepted (platform-api declares them without behaviour), so the test sees
 * the address each was built with and every setter call.
 */
@ExtendWith(MockitoExtension.class)
class JiraMailOutboxTest {

    @Mock MailQueue queue;

    MockedConstruction<Email> emails;
    MockedConstruction<SingleMailQueueItem> items;
    final List<String> addresses = new ArrayList<>();
    final List<Object> itemEmails = new ArrayList<>();

    JiraMailOutbox outbox;

    @BeforeEach
    void setUp() {
        emails = mockConstruction(Email.class, (email, context) -> addresses.add((String) context.arguments().get(0)));
        items = mockConstruction(SingleMailQueueItem.class,
                (item, context) -> itemEmails.add(context.arguments().get(0)));
        outbox = new JiraMailOutbox(queue);
    }

    @AfterEach
    void tearDown() {
        items.close();
        emails.close();
    }

    static OutgoingMail mail(String to) {
        return new OutgoingMail(to, "Alice Example", "[HELP-1] Printer on fire", "<p>Hello <b>Alice</b></p>");
    }

    @Test
    void anHtmlMailToTheRecipientIsQueued() {
        outbox.send(mail("alice@example.com"));

        assertEquals(List.of("alice@example.com"), addresses, "one Jira Email, to the bare address");
        Email email = emails.constructed().get(0);
        InOrder order = inOrder(email, queue);
        order.verify(email).setSubject("[HELP-1] Printer on fire");
        order.verify(email).setBody("<p>Hello <b>Alice</b></p>");
        order.verify(email).setMimeType("text/html");
        ArgumentCaptor<MailQueueItem> queued = ArgumentCaptor.forClass(MailQueueItem.class);
        order.verify(queue).addItem(queued.capture());

        assertEquals(1, items.constructed().size());
        assertSame(items.constructed().get(0), queued.getValue(), "the queued item is the SingleMailQueueItem");
        assertSame(email, itemEmails.get(0), "the item wraps the Email that was filled in");
    }

    @Test
    void theAddressIsTrimmedAndEachMailIsItsOwnQueueItem() {
        outbox.send(mail("  alice@example.com "));
        outbox.send(mail("bob@example.com"));

        assertEquals(List.of("alice@example.com", "bob@example.com"), addresses);
        assertEquals(2, items.constructed().size());
        verify(queue).addItem(items.constructed().get(0));
        verify(queue).addItem(items.constructed().get(1));
    }

    @Test
    void aMailWithoutAddressIsNotQueued() {
        outbox.send(mail(""));
        outbox.send(mail("   "));
        outbox.send(mail(null));
        outbox.send(null);

        assertTrue(emails.constructed().isEmpty(), "no Email is built");
        assertTrue(items.constructed().isEmpty());
        verifyNoInteractions(queue);
    }

    @Test
    void aFailingMailQueueBecomesIllegalStateWithJirasExceptionAsCause() {
        RuntimeException jira = new RuntimeException("queue unavailable");
        doThrow(jira).when(queue).addItem(any());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> outbox.send(mail("alice@example.com")));

        assertSame(jira, e.getCause());
        assertTrue(e.getMessage().contains("queue a mail"), e.getMessage());
    }

    @Test
    void aFailureWhileBuildingTheMailIsWrappedTheSameWay() {
        emails.close();
        emails = mockConstruction(Email.class, (email, context) -> {
            throw new IllegalArgumentException("bad address");
        });

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> outbox.send(mail("not an address")));

        assertInstanceOf(RuntimeException.class, e.getCause());
        verifyNoInteractions(queue);
    }
}
