package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code ?from=&to=&groupBy=NONE|DEPARTMENT|CATEGORY|SOURCE|DISTRICT|STREET|COMMUNITY|GRID}: cases received in [from, to),
 * grouped.
 */
@RegisterForReflection
public class StatsQuery {

    private String from;
    private String to;
    private String groupBy;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }
}
