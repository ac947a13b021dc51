package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.intake.dto.ApiKeyRequests.ApiKeyView;
import io.suishoupai.intake.dto.ApiKeyRequests.CreateApiKey;
import io.suishoupai.intake.dto.ApiKeyRequests.RevokeApiKey;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;

/** Issues, lists and revokes Open311 api keys (admin). */
@ApplicationScoped
public class ApiKeyService {

    @Inject
    CurrentSql sql;

    @Inject
    Reactive reactive;

    @Inject
    AppClock clock;

    public Uni<ApiKeyView> create(Caller admin, CreateApiKey request) {
        InputCheck.of(request).text(request.clientName(), "clientName", 1, 100).orThrow();
        String key = ApiKeys.newKey();
        ApiKey k = new ApiKey();
        k.clientName = request.clientName().strip();
        k.keyHash = ApiKeys.hash(key);
        k.keyPrefix = key.substring(0, 10);
        k.createdBy = admin.id();
        k.createdAt = clock.now();
        return reactive.poolTransaction(() -> sql.value("INSERT INTO api_key (client_name, key_hash, key_prefix, "
                + "created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id", k.clientName, k.keyHash,
                k.keyPrefix, k.createdBy, k.createdAt))
                .map(id -> new ApiKeyView(((Number) id).longValue(), k.clientName, key, k.keyPrefix, k.createdBy,
                        k.createdAt, null));
    }

    public Uni<ApiKeyView> revoke(Caller admin, RevokeApiKey request) {
        InputCheck.of(request).present(request.id(), "id").orThrow();
        Instant now = clock.now();
        // revoked once: a second revoke keeps the first one's time and admin
        return reactive.poolTransaction(() -> sql.update("UPDATE api_key SET revoked_at = ?2, revoked_by = ?3 "
                + "WHERE id = ?1 AND revoked_at IS NULL", request.id(), now, admin.id())
                .chain(() -> sql.first(ApiKey.SELECT + " WHERE id = ?1", request.id())).map(row -> {
                    if (row == null) {
                        throw Problems.notFound(ErrorCode.API_KEY_NOT_FOUND, "There is no api key " + request.id()
                                + ".");
                    }
                    return view(ApiKey.of(row));
                }));
    }

    public Uni<List<ApiKeyView>> list() {
        return reactive.poolSession(() -> sql.rows(ApiKey.SELECT + " ORDER BY id"))
                .map(keys -> keys.stream().map(row -> view(ApiKey.of(row))).toList());
    }

    private static ApiKeyView view(ApiKey k) {
        return new ApiKeyView(k.id, k.clientName, null, k.keyPrefix, k.createdBy, k.createdAt, k.revokedAt);
    }
}
