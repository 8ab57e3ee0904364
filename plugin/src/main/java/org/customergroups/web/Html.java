package org.customergroups.web;

/**
 * HTML escaping for templates: {@code $html.escapeHtml($value)}. The method name ends in "Html"
 * so that Jira's Velocity HTML-safety rules treat the result as already escaped (no double escaping).
 */
public final class Html {

    public String escapeHtml(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
