package org.customergroups.service;

import org.customergroups.domain.Page;
import org.customergroups.domain.PageRequest;

import java.util.ArrayList;
import java.util.List;

/** Collects one page of a list that is only walked, never held: counts everything offered, keeps the slice. */
final class Slice<T> {

    private final PageRequest request;
    private final List<T> values = new ArrayList<>();
    private long total;

    Slice(PageRequest request) {
        this.request = request == null ? PageRequest.of(null, null) : request;
    }

    void offer(T value) {
        if (total >= request.start() && values.size() < request.limit()) {
            values.add(value);
        }
        total++;
    }

    Page<T> page() {
        return Page.of(request, total, values);
    }
}
