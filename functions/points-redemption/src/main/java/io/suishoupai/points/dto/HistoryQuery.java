package io.suishoupai.points.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?page=&size=} */
@RegisterForReflection
public class HistoryQuery {

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
}
