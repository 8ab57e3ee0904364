package org.customergroups.web;

import org.customergroups.domain.AccountType;
import org.customergroups.domain.MailItem;
import org.customergroups.domain.Notice;
import org.customergroups.domain.NoticeKind;
import org.customergroups.domain.OutgoingMail;
import org.customergroups.domain.UserSummary;
import org.customergroups.rest.BundleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notification mail rendered by the real templates with a real Velocity 1.7 engine (strict references) and the
 * real i18n bundle: the wording of each event, the link button, the footer, the digest, and hostile summaries,
 * comments, names and links, which must come out as text and never as markup or mail headers.
 */
class MailRendererTest {

    private static final Instant AT = Instant.parse("2025-03-12T14:05:00Z");
    private static final String LINK = "https://jira.example.com/browse/HELP-1";
    private static final UserSummary BOB =
            new UserSummary("bob-key", "bob", "Bob Baker", "bob@acme.example", AccountType.STANDARD);

    private final MailRenderer mail = new MailRenderer(new ProjectCustomerGroupsServletTest.VelocityRenderer(),
            new BundleText());

    private static Notice notice(NoticeKind kind, String summary, String actor, String comment, String from,
                                 String to, String group) {
        return new Notice(kind, 10_001L, "HELP-1", summary, actor, comment, from, to, group, AT);
    }

    private static MailItem created() {
        return new MailItem(notice(NoticeKind.CREATED, "Printer on fire", "Alice Able", null, null, null, null), LINK);
    }

    @Test
    void aCreatedTicketSaysWhoCreatedItAndLinksToIt() {
        OutgoingMail m = mail.notice(BOB, created());
        assertEquals("bob@acme.example", m.toAddress());
        assertEquals("Bob Baker", m.toName());
        assertEquals("[HELP-1] New ticket: Printer on fire", m.subject());
        String body = m.htmlBody();
        assertTrue(body.contains("<title>[HELP-1] New ticket: Printer on fire</title>"), body);
        assertTrue(body.contains("Hello Bob Baker,"), body);
        assertTrue(body.contains(">Alice Able created HELP-1.</p>"), body);
        assertTrue(body.contains(">HELP-1: Printer on fire</p>"), body);
        assertTrue(body.contains(">2025-03-12 14:05 UTC</p>"), body);
        assertTrue(body.contains("href=\"" + LINK + "\""), body);
        assertTrue(body.contains(">Open HELP-1</a>"), body);
        assertFalse(body.contains("cg-mail-comment"), body);
        assertFooter(body);
        assertNoLeftovers(body);
    }

    @Test
    void aCommentShowsItsText() {
        OutgoingMail m = mail.notice(BOB, new MailItem(notice(NoticeKind.COMMENTED, "Printer on fire", "Sam Agent",
                "Please restart it.\nThen call us.", null, null, null), LINK));
        assertEquals("[HELP-1] New comment by Sam Agent: Printer on fire", m.subject());
        assertTrue(m.htmlBody().contains(">Sam Agent added a comment to HELP-1:</p>"), m.htmlBody());
        // Line breaks are kept by white-space: pre-wrap, not by markup.
        assertTrue(m.htmlBody().contains("white-space:pre-wrap;\">Please restart it.\nThen call us.</div>"), m.htmlBody());
        assertNoLeftovers(m.htmlBody());
    }

    @Test
    void aStatusChangeNamesBothStatuses() {
        OutgoingMail m = mail.notice(BOB, new MailItem(notice(NoticeKind.STATUS_CHANGED, "Printer on fire", "Sam Agent",
                null, "Open", "In Progress", null), LINK));
        assertEquals("[HELP-1] Status changed: Printer on fire", m.subject());
        assertTrue(m.htmlBody().contains(">Sam Agent changed the status of HELP-1 from Open to In Progress.</p>"),
                m.htmlBody());
        assertNoLeftovers(m.htmlBody());
    }

    @Test
    void aStatusChangeShowsThePublicCommentMadeWithTheTransition() {
        OutgoingMail m = mail.notice(BOB, new MailItem(notice(NoticeKind.STATUS_CHANGED, "Printer on fire", "Sam Agent",
                "Fixed the fuser.", "In Progress", "Done", null), LINK));
        assertEquals("[HELP-1] Status changed: Printer on fire", m.subject());
        assertTrue(m.htmlBody().contains(">Sam Agent changed the status of HELP-1 from In Progress to Done.</p>"),
                m.htmlBody());
        assertTrue(m.htmlBody().contains("white-space:pre-wrap;\">Fixed the fuser.</div>"), m.htmlBody());
        assertNoLeftovers(m.htmlBody());
    }

    @Test
    void aShareNamesTheGroup() {
        OutgoingMail m = mail.notice(BOB, new MailItem(notice(NoticeKind.SHARED, "Printer on fire", "Sam Agent",
                null, null, null, "Acme"), LINK));
        assertEquals("[HELP-1] Shared with your customer group: Printer on fire", m.subject());
        assertTrue(m.htmlBody().contains(">Sam Agent shared HELP-1 with your customer group Acme.</p>"), m.htmlBody());
        assertNoLeftovers(m.htmlBody());
    }

    @Test
    void withoutAnActorJiraDidIt() {
        OutgoingMail m = mail.notice(BOB, new MailItem(notice(NoticeKind.SHARED, "Printer on fire", null,
                null, null, null, "Acme"), LINK));
        assertTrue(m.htmlBody().contains(">Jira shared HELP-1 with your customer group Acme.</p>"), m.htmlBody());
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindRendersWithASubjectAndTheFooter(NoticeKind kind) {
        OutgoingMail m = mail.notice(BOB, new MailItem(notice(kind, "S", "A", "c", "x", "y", "G"), LINK));
        assertTrue(m.subject().startsWith("[HELP-1] "), m.subject());
        assertFooter(m.htmlBody());
        assertNoLeftovers(m.htmlBody());
    }

    @Test
    void aRecipientWithoutADisplayNameIsGreetedByUsername() {
        UserSummary carol = new UserSummary("carol-key", "carol", null, "carol@globex.example", AccountType.REPORTER);
        assertTrue(mail.notice(carol, created()).htmlBody().contains("Hello carol,"));
    }

    @Test
    void hostileSummariesCommentsAndNamesAreTextNeverMarkup() {
        String summary = "<script>alert(1)</script> \"Quotes\" & 'Söhne' – 日本";
        String comment = "<img src=x onerror=alert(2)>\n</div><a href=\"javascript:alert(3)\">click</a>";
        String actor = "<b onmouseover=alert(4)>Eve</b>";
        String group = "Acme\"><svg onload=alert(5)>";
        UserSummary recipient = new UserSummary("k", "u", "<i>Mallory</i>", "m@example.com", AccountType.STANDARD);
        String link = "https://jira.example.com/browse/HELP-1?a=\"><script>alert(6)</script>";

        for (NoticeKind kind : NoticeKind.values()) {
            String body = mail.notice(recipient, new MailItem(notice(kind, summary, actor, comment, "<s>Open</s>",
                    "<u>Done</u>", group), link)).htmlBody();
            assertNoMarkupFromData(body);
            assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Quotes&quot; &amp; &#39;Söhne&#39; – 日本"),
                    body);
            assertTrue(body.contains("Hello &lt;i&gt;Mallory&lt;/i&gt;,"), body);
            assertTrue(body.contains("href=\"https://jira.example.com/browse/HELP-1?a=&quot;&gt;&lt;script&gt;alert(6)"
                    + "&lt;/script&gt;\""), body);
        }
        String commented = mail.notice(recipient, new MailItem(notice(NoticeKind.COMMENTED, summary, actor, comment,
                null, null, null), link)).htmlBody();
        assertTrue(commented.contains("&lt;img src=x onerror=alert(2)&gt;\n&lt;/div&gt;&lt;a href=&quot;javascript:"
                + "alert(3)&quot;&gt;click&lt;/a&gt;</div>"), commented);
        assertTrue(commented.contains("&lt;b onmouseover=alert(4)&gt;Eve&lt;/b&gt; added a comment"), commented);
        String shared = mail.notice(recipient, new MailItem(notice(NoticeKind.SHARED, summary, actor, null,
                null, null, group), link)).htmlBody();
        assertTrue(shared.contains("your customer group Acme&quot;&gt;&lt;svg onload=alert(5)&gt;."), shared);
        String status = mail.notice(recipient, new MailItem(notice(NoticeKind.STATUS_CHANGED, summary, actor, null,
                "<s>Open</s>", "<u>Done</u>", null), link)).htmlBody();
        assertTrue(status.contains("from &lt;s&gt;Open&lt;/s&gt; to &lt;u&gt;Done&lt;/u&gt;."), status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>",
            "/relative/HELP-1", ""})
    void onlyHttpLinksBecomeButtons(String link) {
        String body = mail.notice(BOB, new MailItem(created().notice(), link)).htmlBody();
        assertFalse(body.contains("cg-mail-button"), body);
        assertFalse(body.toLowerCase().contains("javascript:"), body);
        assertFalse(body.contains("data:text"), body);
        assertFalse(body.contains("href="), body);
        assertFooter(body);
    }

    @Test
    void aNullLinkLeavesTheButtonOut() {
        assertFalse(mail.notice(BOB, new MailItem(created().notice(), null)).htmlBody().contains("href="));
    }

    @Test
    void subjectsAreOneLineSoASummaryCannotAddHeaders() {
        String summary = "Printer\r\nBcc: everyone@example.com\r\n\r\n<b>x</b>\u2028y\tz";
        OutgoingMail m = mail.notice(BOB, new MailItem(notice(NoticeKind.CREATED, summary, "A", null, null, null,
                null), LINK));
        assertEquals("[HELP-1] New ticket: Printer Bcc: everyone@example.com <b>x</b> y z", m.subject());
        assertFalse(m.subject().contains("\r") || m.subject().contains("\n"), m.subject());
        // In the body's title it is escaped like everything else.
        assertTrue(m.htmlBody().contains("<title>[HELP-1] New ticket: Printer Bcc: everyone@example.com "
                + "&lt;b&gt;x&lt;/b&gt; y z</title>"), m.htmlBody());
    }

    @Test
    void longSubjectsAreCut() {
        String subject = MailRenderer.subject("x".repeat(500));
        assertEquals(MailRenderer.MAX_SUBJECT, subject.length());
        assertTrue(subject.endsWith("\u2026"));
        // A surrogate pair is never split.
        String emoji = MailRenderer.subject("a".repeat(MailRenderer.MAX_SUBJECT - 2) + "\uD83D\uDE00\uD83D\uDE00");
        assertFalse(Character.isHighSurrogate(emoji.charAt(emoji.length() - 2)), emoji);
    }

    @Test
    void theDigestListsEveryEventOldestFirstWithItsOwnLink() {
        List<MailItem> items = List.of(
                created(),
                new MailItem(notice(NoticeKind.COMMENTED, "Printer on fire", "Sam Agent", "Restarted.", null, null,
                        null), LINK),
                new MailItem(new Notice(NoticeKind.SHARED, 10_002L, "HELP-2", "VPN down", "Sam Agent", null, null,
                        null, "Acme", AT.plusSeconds(3600)), "https://jira.example.com/browse/HELP-2"));
        OutgoingMail m = mail.digest(BOB, items);
        assertEquals("bob@acme.example", m.toAddress());
        assertEquals("Daily digest: 3 update(s) on tickets shared with your customer groups", m.subject());
        String body = m.htmlBody();
        assertTrue(body.contains("since the last digest (3 update(s)), oldest first:"), body);
        int created = body.indexOf("Alice Able created HELP-1.");
        int commented = body.indexOf("Sam Agent added a comment to HELP-1:");
        int shared = body.indexOf("Sam Agent shared HELP-2 with your customer group Acme.");
        assertTrue(created > 0 && commented > created && shared > commented, body);
        assertTrue(body.contains(">Restarted.</div>"), body);
        assertTrue(body.contains(">2025-03-12 15:05 UTC</p>"), body);
        assertEquals(3, count(body, "class=\"cg-mail-item\""), body);
        assertTrue(body.contains("href=\"https://jira.example.com/browse/HELP-2\""), body);
        assertTrue(body.contains(">Open HELP-2</a>"), body);
        assertTrue(body.contains("set to a daily digest in your profile settings."), body);
        assertTrue(body.contains("open your profile settings and change &quot;Shared with my customer groups&quot;."),
                body);
        assertNoLeftovers(body);
    }

    @Test
    void theDigestEscapesToo() {
        OutgoingMail m = mail.digest(BOB, List.of(new MailItem(notice(NoticeKind.COMMENTED, "<script>s</script>",
                "<b>A</b>", "<img src=x onerror=alert(1)>", null, null, null), "javascript:alert(2)")));
        assertNoMarkupFromData(m.htmlBody());
        assertFalse(m.htmlBody().contains("javascript:"), m.htmlBody());
        assertTrue(m.htmlBody().contains("&lt;img src=x onerror=alert(1)&gt;"), m.htmlBody());
    }

    // ---------------------------------------------------------------------------------------------

    private static void assertFooter(String body) {
        assertTrue(body.contains("because the ticket is shared with a customer group you are a member of, and "
                + "&quot;Shared with my customer groups&quot; is turned on in your profile settings."), body);
        assertTrue(body.contains("To stop these mails, or to get one daily digest instead, open your profile settings "
                + "and change &quot;Shared with my customer groups&quot;."), body);
    }

    /** The only tags are the templates' own; no attribute value holds a bracket (none was broken out of). */
    private static void assertNoMarkupFromData(String body) {
        for (String tag : new String[]{"<script", "<img", "<svg", "<b ", "<b>", "<i>", "<s>", "<u>", "<a href=\"javascript"}) {
            assertFalse(body.contains(tag), () -> tag + " in:\n" + body);
        }
        Matcher attributes = Pattern.compile("\\s([a-z-]+)=\"([^\"]*)\"").matcher(body);
        while (attributes.find()) {
            assertFalse(attributes.group(2).contains("<") || attributes.group(2).contains(">"), attributes.group());
            assertFalse(attributes.group(1).startsWith("on"), attributes.group());
        }
    }

    private static void assertNoLeftovers(String body) {
        assertFalse(body.contains("$html") || body.contains("$i18n") || body.contains("$item")
                || body.contains("$!") || body.contains("${"), () -> "unrendered reference in:\n" + body);
        assertFalse(body.contains("cg.mail."), () -> "an i18n key without a message in:\n" + body);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
