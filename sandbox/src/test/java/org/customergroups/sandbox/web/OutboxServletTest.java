package org.customergroups.sandbox.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The document an outbox frame shows: the mail's own, its links opening a new tab. */
class OutboxServletTest {

    @Test
    void theBaseTargetGoesIntoTheMailsHead() {
        assertEquals("<!DOCTYPE html><html><HEAD lang=\"en\"><base target=\"_blank\"><title>t</title></HEAD><body>b</body></html>",
                OutboxServlet.frame("<!DOCTYPE html><html><HEAD lang=\"en\"><title>t</title></HEAD><body>b</body></html>"));
    }

    @Test
    void aFragmentIsWrappedInADocument() {
        assertEquals("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><base target=\"_blank\"></head><body><p>hi</p>"
                + "<header>x</header></body></html>", OutboxServlet.frame("<p>hi</p><header>x</header>"));
        assertEquals("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><base target=\"_blank\"></head><body></body></html>",
                OutboxServlet.frame(null));
    }
}
