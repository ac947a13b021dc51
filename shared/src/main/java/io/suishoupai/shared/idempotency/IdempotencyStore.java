package io.suishoupai.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.TransactionLock;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.smallrye.mutiny.Uni;

/**
 * idempotencyKey semantics for every state-changing call: the first request with a key claims it (a row keyed by
 * caller, operation and key, inside the same transaction as the work); a retry with the same body gets the
 * stored answer and changes nothing; the same key with another body is 409. A concurrent twin blocks on the
 * claim's row until the first commits, then replays. A failed request rolls its claim back, so it may be retried.
 */
@ApplicationScoped
public class IdempotencyStore {

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentSql sql;

    /** Must run inside a transaction ({@code Reactive.transaction} or {@code poolTransaction}). */
    public <T> Uni<T> once(String callerId, String operation, String key, Object request, Class<T> responseType,
            Instant now, Supplier<Uni<T>> work) {
        return once(callerId, operation, key, request, responseType, now, null, work);
    }

    /**
     * The same, and the claim's statement also takes the transaction lock named {@code lockName}
     * ({@link TransactionLock#name}) after the claim, before the work: one round trip for work that must hold a lock
     * (intake's per-caller lock). A retry that replays takes it too, and waits for its caller's report in flight.
     */
    public <T> Uni<T> once(String callerId, String operation, String key, Object request, Class<T> responseType,
            Instant now, String lockName, Supplier<Uni<T>> work) {
        String hash = hash(request);
        Uni<Integer> claim = lockName == null ? sql.update(CLAIM, callerId, operation, key, hash, now)
                : sql.value(CLAIM_THEN_LOCK, callerId, operation, key, hash, now, lockName)
                        .map(count -> ((Number) count).intValue());
        return claim.chain(claimed -> claimed == 1
                ? work.get().call(result -> sql.update("UPDATE idempotency_record SET response = ?1 "
                        + "WHERE caller_id = ?2 AND operation = ?3 AND idem_key = ?4", toJson(result), callerId,
                        operation, key))
                : sql.first("SELECT request_hash, response FROM idempotency_record "
                        + "WHERE caller_id = ?1 AND operation = ?2 AND idem_key = ?3", callerId, operation, key)
                        .map(row -> replay(row, hash, responseType)));
    }

    private static final String CLAIM = "INSERT INTO idempotency_record (caller_id, operation, idem_key, "
            + "request_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING";

    /**
     * The claim, then the lock: the lock is in the target list of the claim's count, which must be counted (so the
     * claim made) before its row is formed. Answers the count and the lock's (empty) text.
     */
    private static final String CLAIM_THEN_LOCK = "WITH claim AS (" + CLAIM + " RETURNING 1) SELECT n, "
            + TransactionLock.taking("?6") + "::text FROM (SELECT count(*) AS n FROM claim) claimed";

    private <T> T replay(Object[] row, String hash, Class<T> responseType) {
        if (!hash.equals(row[0])) {
            throw Problems.conflict(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This idempotencyKey was already used for a different request; use a new key for a new request.");
        }
        if (row[1] == null) {
            throw Problems.conflict(ErrorCode.REQUEST_IN_PROGRESS, "The first request with this key is still running.");
        }
        try {
            return mapper.readValue((String) row[1], responseType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response cannot be read", e);
        }
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be stored", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] canonical = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request cannot be hashed", e);
        }
    }
}
