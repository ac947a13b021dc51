package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?queue=SCREENING|DEPARTMENT|VERIFICATION&page=0&size=20} */
@RegisterForReflection
public class WorkQueueQuery {

    public enum Queue {
        SCREENING, DEPARTMENT, VERIFICATION
    }

    /** A string, not the enum: Funqy's query binding cannot read enums; {@link #queue()} parses it. */
    private String queue;
    private Integer page;
    private Integer size;

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    /** The queue named, or null when missing or unknown. */
    public Queue queue() {
        for (Queue q : Queue.values()) {
            if (q.name().equalsIgnoreCase(queue == null ? "" : queue.strip())) {
                return q;
            }
        }
        return null;
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
