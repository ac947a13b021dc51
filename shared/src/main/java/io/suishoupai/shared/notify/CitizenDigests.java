package io.suishoupai.shared.notify;

import java.time.Instant;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.TransactionLock;
import io.smallrye.mutiny.Uni;

/**
 * Batches the citizens' waiting news (CaseNews) into one {@code citizen.news} message per citizen per delivery pass,
 * on the citizen channel: {@code {"accountId", "items":[{"caseNumber","kind","state","note","outcome","reason","at"}]}}.
 * A citizen gets at most {@code dailyCap} messages a day (the city's day); what the cap keeps back goes out with the
 * next day's first message, or is dropped once older than the news' maximum age. Sent news is kept two days, for the
 * cap's count. One pass at a time (an advisory lock): two at once would send the same news twice. Inside a
 * transaction; the messages are then delivered like any other, signed and retried.
 */
public final class CitizenDigests {

    public static final String TOPIC = "citizen.news";

    private CitizenDigests() {
    }

    /** What one pass did. */
    public record Batched(int messages, int dropped) {
    }

    /** The settings of a pass. */
    public record Limits(Instant dayStart, int dailyCap, int citizens, int itemsPerMessage, Instant staleBefore) {
    }

    /** Parameters: 1 the day's start, 2 the daily cap, 3 citizens, 4 items per message, 5 now. */
    static final String BATCH = "WITH ch AS (SELECT id FROM notification_channel WHERE owner_kind = 'CITIZEN' "
            + "AND owner_code = '' AND active), "
            + "accounts AS (SELECT w.account_id FROM citizen_notice w WHERE w.outbox_id IS NULL GROUP BY w.account_id "
            + "HAVING (SELECT count(DISTINCT s.outbox_id) FROM citizen_notice s WHERE s.account_id = w.account_id "
            + "AND s.outbox_id IS NOT NULL AND s.sent_at >= ?1) < ?2 ORDER BY min(w.id) LIMIT ?3), "
            + "picked AS (SELECT n.* FROM accounts a CROSS JOIN LATERAL (SELECT * FROM citizen_notice n "
            + "WHERE n.account_id = a.account_id AND n.outbox_id IS NULL ORDER BY n.id LIMIT ?4) n), "
            + "messages AS (INSERT INTO outbox (channel_id, topic, payload, state, attempts, next_attempt_at, created_at) "
            + "SELECT ch.id, '" + TOPIC + "', json_build_object('accountId', p.account_id, 'items', json_agg("
            + "json_build_object('caseNumber', p.case_number, 'kind', p.kind, 'state', p.state, 'note', p.note, "
            + "'outcome', p.outcome, 'reason', p.reason, "
            + "'at', to_char(p.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')) ORDER BY p.id))::text, "
            + "'" + OutboxMessage.State.PENDING + "', 0, ?5, ?5 FROM picked p CROSS JOIN ch GROUP BY p.account_id, ch.id "
            + "RETURNING id, payload) "
            + "UPDATE citizen_notice n SET outbox_id = m.id, sent_at = ?5 FROM messages m, picked p "
            + "WHERE p.account_id = (m.payload::json ->> 'accountId') AND n.id = p.id";

    public static Uni<Batched> batch(Limits limits, Instant now) {
        CurrentSql sql = CurrentSql.here();
        return TransactionLock.hold("citizen-news", "batch")
                .chain(() -> sql.update("DELETE FROM citizen_notice WHERE outbox_id IS NOT NULL AND sent_at < ?1",
                        limits.dayStart().minusSeconds(86_400)))
                .chain(() -> sql.update("DELETE FROM citizen_notice WHERE outbox_id IS NULL AND at < ?1",
                        limits.staleBefore()))
                .chain(dropped -> sql.update(BATCH, limits.dayStart(), (long) limits.dailyCap(),
                        (long) limits.citizens(), (long) limits.itemsPerMessage(), now)
                        .chain(() -> sql.value("SELECT count(DISTINCT outbox_id) FROM citizen_notice "
                                + "WHERE outbox_id IS NOT NULL AND sent_at = ?1", now))
                        .map(messages -> new Batched(((Number) messages).intValue(), dropped)));
    }
}
