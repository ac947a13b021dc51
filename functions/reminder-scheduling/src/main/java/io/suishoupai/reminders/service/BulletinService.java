package io.suishoupai.reminders.service;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.reminders.dto.BulletinView;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.notify.NotificationChannel.OwnerKind;
import io.suishoupai.shared.notify.Outbox;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.runtime.SqlValues;
import io.suishoupai.shared.stats.CaseStats;
import io.suishoupai.shared.stats.CsvCell;
import io.suishoupai.shared.stats.Indicators;
import io.smallrye.mutiny.Uni;

/**
 * The monthly bulletin (每月通报): a finished month's indicators per department, computed with the same definitions as
 * case-stats, stored once (JSON and CSV) and sent, in the same transaction, to each department's channel (its own
 * row) and the command centre (all rows). Asking again for a stored month returns it and sends nothing.
 */
@ApplicationScoped
public class BulletinService {

    static final List<String> RATES = List.of("filingRate", "dispatchAccuracy", "onTimeDisposalRate", "closureRate",
            "reworkRate", "extensionRate", "dueClosureRate", "onTimeClosureRate");
    static final List<String> COUNTS = List.of("received", "screened", "filed", "dispatched", "closed", "reworks",
            "reminders", "escalations", "dueCount", "dueClosed", "dueClosedOnTime", "urgentCount", "suspendedCount",
            "voidedCount");

    @Inject
    Reactive reactive;

    @Inject
    CurrentSql sql;

    @Inject
    Indicators indicators;

    @Inject
    Outbox outbox;

    @Inject
    SuishoupaiConfig config;

    @Inject
    ObjectMapper mapper;

    public static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalid("month", "is required, like 2026-10");
        }
    }

    /** The month before the one {@code now} is in (the 1st-of-month run). */
    public YearMonth previousMonth(Instant now) {
        return YearMonth.from(now.atZone(config.zone())).minusMonths(1);
    }

    public Uni<BulletinView> generate(YearMonth month, Instant now) {
        Instant from = month.atDay(1).atStartOfDay(config.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(config.zone()).toInstant();
        if (to.isAfter(now)) {
            throw Problems.unprocessable(ErrorCode.MONTH_NOT_OVER, "A bulletin covers a finished month; " + month + " is not over.");
        }
        return reactive.poolTransaction(() -> stored(month).chain(existing -> existing != null
                ? Uni.createFrom().item(view(existing, null))
                : indicators.compute(from, to, to, Indicators.GroupBy.DEPARTMENT).chain(rows -> indicators
                        .compute(from, to, to, Indicators.GroupBy.STREET).chain(streetRows -> {
                            CaseStats stats = new CaseStats(from, to, "DEPARTMENT", Indicators.DEFINITIONS, rows);
                            CaseStats streets = new CaseStats(from, to, "STREET", Indicators.DEFINITIONS, streetRows);
                            Bulletin b = new Bulletin();
                            b.month = month.toString();
                            b.json = json(stats);
                            b.streetsJson = json(streets);
                            b.csv = csv(rows);
                            b.createdAt = now;
                            // a twin call that stored the month first sent it: this one answers what it stored
                            return sql.first("INSERT INTO bulletin (month, json, csv, streets_json, created_at) "
                                    + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (month) DO NOTHING RETURNING month",
                                    b.month, b.json, b.csv, b.streetsJson, b.createdAt)
                                    .chain(inserted -> inserted == null ? stored(month).map(first -> view(first, null))
                                            : send(month, stats, now).map(queued -> view(b, queued)));
                        }))));
    }

    public Uni<List<BulletinView>> list() {
        return reactive.poolSession(() -> sql.rows("SELECT month, created_at FROM bulletin ORDER BY month DESC"))
                .map(list -> list.stream().map(row -> new BulletinView((String) row[0], SqlValues.instant(row[1]),
                        null, null, null, null, null)).toList());
    }

    public Uni<BulletinView> get(YearMonth month) {
        return reactive.poolSession(() -> stored(month)).map(b -> {
            if (b == null) {
                throw Problems.notFound(ErrorCode.BULLETIN_NOT_FOUND, "There is no bulletin for " + month + ".");
            }
            return view(b, null);
        });
    }

    /** The month's bulletin as stored, or null. */
    private Uni<Bulletin> stored(YearMonth month) {
        return sql.first("SELECT month, json, csv, streets_json, created_at FROM bulletin WHERE month = ?1",
                month.toString()).map(row -> {
                    if (row == null) {
                        return null;
                    }
                    Bulletin b = new Bulletin();
                    b.month = (String) row[0];
                    b.json = (String) row[1];
                    b.csv = (String) row[2];
                    b.streetsJson = (String) row[3];
                    b.createdAt = SqlValues.instant(row[4]);
                    return b;
                });
    }

    /** The bulletin as an .xlsx workbook, base64 (written from the stored figures on each request: a few sheets). */
    public Uni<BulletinView> getWithWorkbook(YearMonth month) {
        return get(month).map(view -> view.withXlsx(java.util.Base64.getEncoder().encodeToString(
                BulletinWorkbook.of(view.stats(), view.streets()))));
    }

    private Uni<Integer> send(YearMonth month, CaseStats stats, Instant now) {
        List<Uni<Integer>> queued = new ArrayList<>();
        for (CaseStats.Row row : stats.rows()) {
            if (!"NONE".equals(row.key())) {
                queued.add(outbox.enqueue(OwnerKind.DEPARTMENT, row.key(), "bulletin.monthly",
                        payload(month, List.of(row)), now));
            }
        }
        queued.add(outbox.enqueue(OwnerKind.COMMAND_CENTRE, "", "bulletin.monthly", payload(month, stats.rows()), now));
        return Sequential.sum(queued);
    }

    private static Map<String, Object> payload(YearMonth month, List<CaseStats.Row> rows) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("month", month.toString());
        p.put("rows", rows);
        return p;
    }

    static String csv(List<CaseStats.Row> rows) {
        StringBuilder csv = new StringBuilder("department_code,department");
        COUNTS.forEach(c -> csv.append(',').append(c));
        RATES.forEach(r -> csv.append(',').append(r));
        csv.append(",score,rank\n");
        for (CaseStats.Row row : rows) {
            csv.append(CsvCell.text(row.key())).append(',').append(CsvCell.text(row.name()));
            COUNTS.forEach(c -> csv.append(',').append(row.counts().getOrDefault(c, 0L)));
            RATES.forEach(r -> {
                var value = row.indicators().get(r).value();
                csv.append(',').append(value == null ? "" : value.toPlainString());
            });
            csv.append(',').append(row.score() == null ? "" : row.score().toPlainString())
                    .append(',').append(row.rank() == null ? "" : row.rank().toString());
            csv.append('\n');
        }
        return csv.toString();
    }

    private BulletinView view(Bulletin b, Integer queued) {
        try {
            return new BulletinView(b.month, b.createdAt, mapper.readValue(b.json, CaseStats.class), b.csv, queued,
                    b.streetsJson == null ? null : mapper.readValue(b.streetsJson, CaseStats.class), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(CaseStats stats) {
        try {
            return mapper.writeValueAsString(stats);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
