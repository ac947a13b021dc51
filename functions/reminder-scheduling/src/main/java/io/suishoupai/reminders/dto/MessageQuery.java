package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?state=PENDING|DELIVERED|DEAD|DISCARDED&page=&size=} */
@RegisterForReflection
public class MessageQuery {

    private String state;
    private Integer page;
    private Integer size;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

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
