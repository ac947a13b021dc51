package io.suishoupai.shared.component;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** 部件: one registered object of the city (a manhole cover, a street light), where it is and who keeps it. */
@Entity
@Table(name = "component")
public class Component extends PanacheEntityBase {

    /** CJ/T 214: area code (6) + 大类 (2) + 小类 (2) + serial. */
    @Id
    public String id;

    @Column(name = "category_code")
    public String categoryCode;

    public String name;

    /** WGS-84, like every stored point. */
    public double lat;

    public double lon;

    @Column(name = "owner_department_code")
    public String ownerDepartmentCode;

    @Column(name = "maintainer_department_code")
    public String maintainerDepartmentCode;

    @Enumerated(EnumType.STRING)
    public ComponentState state;

    /** Free attributes as a JSON object's text (material, size, install date …). */
    @Column(columnDefinition = "text")
    public String attributes;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
