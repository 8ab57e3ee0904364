package org.customergroups.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    private final Html html = new Html();

    @Test
    void escapesEveryCharacterThatCanBreakOutOfTextOrAttributes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                html.escapeHtml("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void keepsUnicodeAndRendersNullAsNothing() {
        assertEquals("Ünïcødé – 日本", html.escapeHtml("Ünïcødé – 日本"));
        assertEquals("", html.escapeHtml(null));
        assertEquals("42", html.escapeHtml(42));
    }
}
