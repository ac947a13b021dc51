package io.suishoupai.intake.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
        return reactive.transaction(() -> k.<ApiKey>persist())
                .map(saved -> new ApiKeyView(saved.id, saved.clientName, key, saved.keyPrefix, saved.createdBy,
                        saved.createdAt, null));
    }

    public Uni<ApiKeyView> revoke(Caller admin, RevokeApiKey request) {
        InputCheck.of(request).present(request.id(), "id").orThrow();
        Instant now = clock.now();
        return reactive.transaction(() -> ApiKey.<ApiKey>findById(request.id()).map(k -> {
            if (k == null) {
                throw Problems.notFound(ErrorCode.API_KEY_NOT_FOUND, "There is no api key " + request.id() + ".");
            }
            if (k.revokedAt == null) {
                k.revokedAt = now;
                k.revokedBy = admin.id();
            }
            return view(k);
        }));
    }

    public Uni<List<ApiKeyView>> list() {
        return reactive.session(() -> ApiKey.<ApiKey>list("order by id"))
                .map(keys -> keys.stream().map(ApiKeyService::view).toList());
    }

    private static ApiKeyView view(ApiKey k) {
        return new ApiKeyView(k.id, k.clientName, null, k.keyPrefix, k.createdBy, k.createdAt, k.revokedAt);
    }
}
