package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.view.PageParams;

/**
 * {@code ?queue=SCREENING|DEPARTMENT|VERIFICATION|EXTENSIONS|CHECK|APPROVALS|PARKED|MINE&page=0&size=20
 * &coordSystem=WGS84&near=lat,lon&sort=DEFAULT|SUPPORTERS}
 */
@RegisterForReflection
public class WorkQueueQuery extends PageParams {

    public enum Queue {
        SCREENING, DEPARTMENT, VERIFICATION,
        /** The screener's: dispatched cases whose department asked for more time, waiting for a decision. */
        EXTENSIONS,
        /** The inspectors': reports a screener sent to be checked on site (核实), longest waiting first. */
        CHECK,
        /**
         * The leader's: extension requests only a leader may approve (a case's second, or a long one) and
         * departments' suspension requests (挂账).
         */
        APPROVALS,
        /** The screener's and leader's: parked (SUSPENDED) and deferred cases, the soonest to resume first. */
        PARKED,
        /** A handler's: the dispatched cases their department's lead assigned to them, by deadline. */
        MINE
    }

    /** How a queue may be sorted instead of its own order. */
    public enum Sort {
        /** The queue's own order (oldest, or soonest due, first). */
        DEFAULT,
        /** Most "still there" (我也遇到) first, its duplicates' counted. */
        SUPPORTERS
    }

    /** A string, not the enum: Funqy's query binding cannot read enums; {@link #queue()} parses it. */
    private String queue;

    /** The system the items' locations are answered in (WGS84 unless given). */
    private String coordSystem;

    /** {@code lat,lon} (in coordSystem): nearest first, each item with its distance — an inspector's own position. */
    private String near;

    /** DEFAULT or SUPPORTERS. */
    private String sort;

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = near;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    /** The sort named (DEFAULT when none), or null when unknown. */
    public Sort sort() {
        if (sort == null || sort.isBlank()) {
            return Sort.DEFAULT;
        }
        for (Sort s : Sort.values()) {
            if (s.name().equalsIgnoreCase(sort.strip())) {
                return s;
            }
        }
        return null;
    }

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }

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
}
