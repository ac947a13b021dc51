package io.suishoupai.allinone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.jwt.build.Jwt;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * POST /dev/token {"sub","roles":[…],"dept","lead"} → {"token"}: mints a token with the local key pair, so a newcomer can
 * try every role with curl. Registered only when the app runs on its embedded defaults; anywhere else the path
 * does not exist (404). Production only verifies tokens from the city's identity provider.
 */
@ApplicationScoped
public class DevTokenRoute {

    @RegisterForReflection
    public record DevTokenRequest(String sub, List<String> roles, String dept, Boolean lead) {
    }

    @Inject
    SuishoupaiConfig config;

    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        if (config.devTokenEnabled()) {
            router.post("/dev/token").handler(BodyHandler.create().setBodyLimit(4096)).handler(this::mint);
        }
    }

    void mint(RoutingContext ctx) {
        DevTokenRequest request;
        try {
            request = mapper.readValue(ctx.body().asString(), DevTokenRequest.class);
        } catch (Exception e) {
            ctx.fail(Problems.malformed("Send {\"sub\":\"u-1\",\"roles\":[\"citizen\"],\"dept\":null}.", List.of()));
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.sub() == null || !request.sub().matches("[\\w.@:-]{1,100}")) {
            errors.add(new FieldError("sub", "is required: 1 to 100 letters, digits or . _ @ : -"));
        }
        Set<String> roles = new LinkedHashSet<>();
        if (request != null && request.roles() != null) {
            for (String role : request.roles()) {
                if (Role.fromClaim(role).isEmpty()) {
                    errors.add(new FieldError("roles", "unknown role " + role));
                }
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            errors.add(new FieldError("roles", "is required: one or more of citizen, staff, screener, handler, "
                    + "inspector, admin, scheduler"));
        }
        if (!errors.isEmpty()) {
            ctx.fail(Problems.invalid(errors));
            return;
        }
        var claims = Jwt.subject(request.sub()).groups(roles).expiresIn(Duration.ofHours(12));
        if (request.dept() != null && !request.dept().isBlank()) {
            claims.claim(CallerResolver.DEPARTMENT_CLAIM, request.dept());
        }
        if (Boolean.TRUE.equals(request.lead())) {
            claims.claim(CallerResolver.LEAD_CLAIM, true);
        }
        String token = claims.sign();
        ctx.response().putHeader("Content-Type", "application/json").end(toJson(Map.of("token", token)));
    }

    private String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
