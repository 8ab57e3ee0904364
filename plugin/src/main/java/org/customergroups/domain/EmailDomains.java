package org.customergroups.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Auto-join e-mail domains: "acme.example", optionally written "@acme.example". Normalised to lower
 * case without '@', duplicates dropped, order kept. At most {@link #MAX_DOMAINS} per group.
 */
public final class EmailDomains {

    public static final int MAX_DOMAINS = 50;

    // Labels of letters, digits and inner hyphens, at least two labels, each 1-63 characters.
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private EmailDomains() {
    }

    public static List<String> validate(String field, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_DOMAINS) {
            throw DomainException.invalid(field, "cg.error.domains.too.many", MAX_DOMAINS);
        }
        Set<String> result = new LinkedHashSet<>();
        for (String value : raw) {
            String d = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            if (d.startsWith("@")) {
                d = d.substring(1);
            }
            if (!DOMAIN.matcher(d).matches()) {
                throw DomainException.invalid(field, "cg.error.domain.invalid", value == null ? "" : value);
            }
            result.add(d);
        }
        return new ArrayList<>(result);
    }
}
