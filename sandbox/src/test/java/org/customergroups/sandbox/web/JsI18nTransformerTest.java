package org.customergroups.sandbox.web;

import org.customergroups.sandbox.host.BundleI18nResolver;
import org.junit.jupiter.api.Test;

import java.util.ListResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsI18nTransformerTest {

    private final JsI18nTransformer transformer = new JsI18nTransformer(new BundleI18nResolver(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][]{
                    {"a.plain", "Checked just now."},
                    {"a.quote", "Don''t \"panic\" </script>"},
                    {"a.arg", "Failed: {0}"}};
        }
    }));

    @Test
    void callWithoutArgumentsBecomesTheFinishedMessage() {
        assertEquals("x = \"Checked just now.\";", transformer.transform("x = AJS.I18n.getText('a.plain');"));
        assertEquals("x = \"Checked just now.\";", transformer.transform("x = AJS.I18n.getText( \"a.plain\" );"));
    }

    @Test
    void messageIsFormattedAndQuotedSafely() {
        assertEquals("\"Don't \\\"panic\\\" \\u003c/script\\u003e\"", transformer.transform("AJS.I18n.getText('a.quote')"));
    }

    @Test
    void callWithArgumentsBecomesAjsFormatOfThePattern() {
        assertEquals("AJS.format(\"Failed: {0}\", e.message)", transformer.transform("AJS.I18n.getText('a.arg', e.message)"));
    }

    @Test
    void unknownKeyBecomesTheKey() {
        assertEquals("\"no.such\"", transformer.transform("AJS.I18n.getText('no.such')"));
    }

    @Test
    void otherCodeIsUntouched() {
        String js = "var s = AJS.I18n.getText(key); // dynamic keys cannot be transformed";
        assertEquals(js, transformer.transform(js));
    }
}
