package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"month":"2026-10"} (or {@code ?month=2026-10}); get-bulletin also takes {@code format=xlsx}. */
@RegisterForReflection
public class MonthRequest {

    private String month;

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    /** get-bulletin: {@code xlsx} adds the workbook (base64) to the answer; JSON and CSV are always there. */
    private String format;

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
