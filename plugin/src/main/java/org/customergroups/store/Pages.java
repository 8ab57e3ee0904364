package org.customergroups.store;

import java.util.function.IntSupplier;

/** The total of a paged listing, without a count query when the page itself tells it. */
final class Pages {

    private Pages() {
    }

    /**
     * The total of a listing of which {@code found} rows were read from {@code start} with at most {@code limit}: a
     * short page that is not empty, or is the first, ends the listing, so {@code start + found} is the total; else
     * (the page is full, or empty past the start) {@code count} is asked.
     */
    static long total(int start, int limit, int found, IntSupplier count) {
        return found < limit && (found > 0 || start == 0) ? (long) start + found : count.getAsInt();
    }
}
