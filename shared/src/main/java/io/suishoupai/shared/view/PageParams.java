package io.suishoupai.shared.view;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?page=&size=} of a paginated GET; a class with setters, as Funqy's GET binding fills its input. */
@RegisterForReflection
public class PageParams {

    private Integer page;
    private Integer size;

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    /** The page asked for, 0 by default. */
    public int pageOrFirst() {
        return page == null ? 0 : page;
    }

    /** The size asked for, or the given default. */
    public int sizeOr(int fallback) {
        return size == null ? fallback : size;
    }
}
