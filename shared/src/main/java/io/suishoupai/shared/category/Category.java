package io.suishoupai.shared.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A CJ/T 214 sub-category (小类) with its group (大类), filing conditions, time limit and points. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public CategoryKind kind;

    @Column(name = "group_code")
    public String groupCode;

    @Column(name = "group_name")
    public String groupName;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "filing_conditions", columnDefinition = "text")
    public String filingConditions;

    @Column(name = "time_limit_hours")
    public int timeLimitHours;

    /** The disposal limit of an urgent case (急要件), at most the normal one. */
    @Column(name = "urgent_time_limit_hours")
    public int urgentTimeLimitHours;

    /** True: the limit counts working hours on the city's calendar; false: calendar hours. */
    @Column(name = "working_hours")
    public boolean workingHours;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    public int points;

    @Column(name = "default_department_code")
    public String defaultDepartmentCode;

    @Column(name = "auto_dispatch")
    public boolean autoDispatch;

    public boolean active;

    /** The disposal limit for a case of this urgency. */
    public int timeLimitHours(CaseUrgency urgency) {
        return urgency == CaseUrgency.URGENT ? urgentTimeLimitHours : timeLimitHours;
    }
}
