package io.suishoupai.intake.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.smallrye.mutiny.Uni;

/**
 * Human-readable, unique case numbers: PREFIX-yyyyMMdd-NNNNNN, the day in the city's zone and a per-day
 * sequence from one upserted counter row (atomic under concurrency, gap-free unless a transaction rolls back).
 */
@ApplicationScoped
public class CaseNumbers {

    @Inject
    CurrentSql sql;

    @Inject
    SuishoupaiConfig config;

    public Uni<String> next(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, config.zone());
        return sql.value("INSERT INTO case_number_counter (day, last_value) VALUES (?1, 1) ON CONFLICT (day) "
                + "DO UPDATE SET last_value = case_number_counter.last_value + 1 RETURNING last_value", day)
                .map(sequence -> format(config.caseNumberPrefix(), day, ((Number) sequence).intValue()));
    }

    static String format(String prefix, LocalDate day, int sequence) {
        return "%s-%s-%06d".formatted(prefix, day.format(DateTimeFormatter.BASIC_ISO_DATE), sequence);
    }
}
