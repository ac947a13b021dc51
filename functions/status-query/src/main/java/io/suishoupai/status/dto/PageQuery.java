package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?page=&size=}: strings, parsed with field errors by the service. */
@RegisterForReflection
public class PageQuery {

    private String page;
    private String size;

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
