package io.suishoupai.shared.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** (category, optional area, priority) → department. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "category_code")
    public String categoryCode;

    @Column(name = "area_code")
    public String areaCode;

    public int priority;

    @Column(name = "department_code")
    public String departmentCode;

    public String description;

    public boolean active;
}
