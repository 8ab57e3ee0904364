package org.customergroups.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** AO entity ids (INTEGER columns) as the ports' longs, and IN lists kept to a size every database accepts. */
final class Ids {

    /** Oracle refuses more than 1000 IN-list entries; 500 also keeps statements small elsewhere. */
    static final int MAX_IN_LIST = 500;

    private Ids() {
    }

    static boolean fitsEntityId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    /** The distinct ids that can exist, in chunks of at most {@link #MAX_IN_LIST}. */
    static List<List<Integer>> chunks(Collection<Long> ids) {
        Set<Integer> distinct = new LinkedHashSet<>();
        if (ids != null) {
            for (Long id : ids) {
                if (id != null && fitsEntityId(id)) {
                    distinct.add(id.intValue());
                }
            }
        }
        return split(distinct);
    }

    /** The distinct non-null strings (such as user keys), in order, in batches of at most {@link #MAX_IN_LIST}. */
    static List<List<String>> batches(Collection<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (value != null) {
                    distinct.add(value);
                }
            }
        }
        return split(distinct);
    }

    private static <T> List<List<T>> split(Set<T> distinct) {
        List<List<T>> batches = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T value : distinct) {
            current.add(value);
            if (current.size() == MAX_IN_LIST) {
                batches.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** "?, ?, ?" for {@code n} parameters. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
