package io.suishoupai.intake.function;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.intake.dto.ApiKeyRequests.ApiKeyView;
import io.suishoupai.intake.dto.ApiKeyRequests.CreateApiKey;
import io.suishoupai.intake.dto.ApiKeyRequests.RevokeApiKey;
import io.suishoupai.intake.service.ApiKeyService;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** Open311 clients' api keys (role admin). */
public class ApiKeyFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    ApiKeyService keys;

    /** POST /create-api-key {"clientName"} → the key, shown this once. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Issue an Open311 client's api_key (shown once)")
    @Funq("create-api-key")
    public Uni<ApiKeyView> createApiKey(CreateApiKey request) {
        return keys.create(callers.current(), request);
    }

    /** POST /revoke-api-key {"id"}: the key stops working at once. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Revoke an Open311 client's key")
    @Funq("revoke-api-key")
    public Uni<ApiKeyView> revokeApiKey(RevokeApiKey request) {
        return keys.revoke(callers.current(), request);
    }

    /** GET /list-api-keys: clients and key prefixes, never the keys. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Open311 clients' keys (without the secrets)")
    @ReadOnly
    @Funq("list-api-keys")
    public Uni<List<ApiKeyView>> listApiKeys() {
        return keys.list();
    }
}
