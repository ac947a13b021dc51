package io.suishoupai.reminders.service;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 每月通报: a month's indicators per department (JSON and CSV) and per street (JSON), stored as sent. */
@Entity
@Table(name = "bulletin")
public class Bulletin {

    /** yyyy-MM */
    @Id
    public String month;

    @Column(columnDefinition = "text")
    public String json;

    @Column(columnDefinition = "text")
    public String csv;

    /** The month's indicators per street (街道) of the unit grid, as JSON. */
    @Column(name = "streets_json", columnDefinition = "text")
    public String streetsJson;

    @Column(name = "created_at")
    public Instant createdAt;
}
