package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"month":"2026-10"} (or {@code ?month=2026-10}). */
@RegisterForReflection
public class MonthRequest {

    private String month;

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
