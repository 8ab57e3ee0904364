package org.customergroups.rest.dto;

import org.customergroups.domain.Page;

import java.util.List;
import java.util.function.Function;

/** JSON of every paged list: {@code {"start","limit","total","values"}}. */
public record PageDto<T>(int start, int limit, long total, List<T> values) {

    public static <S, T> PageDto<T> of(Page<S> page, Function<? super S, ? extends T> f) {
        return new PageDto<>(page.start(), page.limit(), page.total(), page.values().stream().<T>map(f).toList());
    }
}
