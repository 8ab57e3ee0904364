package org.customergroups.domain;

/** Which slice of a list to return: {@code start} (0-based offset) and {@code limit} (1–100). */
public record PageRequest(int start, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (start < 0) {
            throw DomainException.invalid("start", "cg.error.page.start");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "cg.error.page.limit", MAX_LIMIT);
        }
    }

    /** From optional request parameters; missing values take the defaults. */
    public static PageRequest of(Integer start, Integer limit) {
        return new PageRequest(start == null ? 0 : start, limit == null ? DEFAULT_LIMIT : limit);
    }
}
