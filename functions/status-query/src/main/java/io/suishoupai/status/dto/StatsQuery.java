package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code ?from=&to=&groupBy=NONE|DEPARTMENT|CATEGORY|SOURCE|DISTRICT|STREET|COMMUNITY|GRID}: cases received in
 * [from, to), grouped.
 */
@RegisterForReflection
public class StatsQuery extends PeriodQuery {

    private String groupBy;

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }
}
