package io.suishoupai.shared.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department that handles dispatched cases: a city bureau, a utility, an enterprise or a district. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    public String code;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public DepartmentKind kind;

    public boolean active;
}
