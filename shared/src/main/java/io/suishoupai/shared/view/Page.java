package io.suishoupai.shared.view;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {"items":[…],"page","size","total","totalCapped"}. A list whose matches are counted only up to a bound (a public
 * search over millions of cases) says so: {@code totalCapped} true means there are more than {@code total}.
 */
@RegisterForReflection
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    /** A list counted in full. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }
}
