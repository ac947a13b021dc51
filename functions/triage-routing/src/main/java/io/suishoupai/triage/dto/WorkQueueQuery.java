package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?queue=SCREENING|DEPARTMENT|VERIFICATION&page=0&size=20} */
@RegisterForReflection
public class WorkQueueQuery {

    public enum Queue {
        SCREENING, DEPARTMENT, VERIFICATION
    }

    private Queue queue;
    private Integer page;
    private Integer size;

    public Queue getQueue() {
        return queue;
    }

    public void setQueue(Queue queue) {
        this.queue = queue;
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
