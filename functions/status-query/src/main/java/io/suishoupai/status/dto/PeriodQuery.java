package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code ?from=&to=}: a period of received cases, as dates in the city (to inclusive) or instants; strings, parsed
 * with field errors by the service (CaseStatsService.period).
 */
@RegisterForReflection
public class PeriodQuery {

    private String from;
    private String to;

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
}
