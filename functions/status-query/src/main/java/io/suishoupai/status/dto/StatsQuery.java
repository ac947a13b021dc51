package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code ?from=&to=&groupBy=NONE|DEPARTMENT|CATEGORY|SOURCE|ASSIGNEE|DISTRICT|STREET|COMMUNITY|GRID&department=}:
 * cases received in [from, to), grouped; ASSIGNEE (per handler a lead assigned cases to) is for staff only.
 */
@RegisterForReflection
public class StatsQuery extends PeriodQuery {

    private String groupBy;

    /** One department's cases only (a handler's own, whatever they ask); none: the city's. */
    private String department;

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }
}
