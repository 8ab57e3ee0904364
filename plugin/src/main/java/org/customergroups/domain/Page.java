package org.customergroups.domain;

import java.util.List;
import java.util.function.Function;

/** One slice of a longer list, with the total size of the list. */
public record Page<T>(int start, int limit, long total, List<T> values) {

    public Page {
        values = List.copyOf(values);
    }

    public static <T> Page<T> of(PageRequest request, long total, List<T> values) {
        return new Page<>(request.start(), request.limit(), total, values);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(start, limit, total, values.stream().<R>map(f).toList());
    }
}
