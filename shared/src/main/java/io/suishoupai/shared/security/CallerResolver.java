package io.suishoupai.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Turns the request's verified security identity into a {@link Caller}. Call it first in every function. */
@ApplicationScoped
public class CallerResolver {

    /** The claim naming a handler's department. */
    public static final String DEPARTMENT_CLAIM = "dept";

    /** The claim that makes a handler their department's lead: {@code "lead": true}. */
    public static final String LEAD_CLAIM = "lead";

    @Inject
    SecurityIdentity identity;

    public Caller current() {
        return of(identity);
    }

    /** The caller of a verified identity (a plain Vert.x route reads it from the request's user). */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        String department = null;
        boolean lead = false;
        String id = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            id = jwt.getSubject() != null ? jwt.getSubject() : id;
            Object dept = jwt.getClaim(DEPARTMENT_CLAIM);
            department = dept == null ? null : dept.toString().replace("\"", "");
            Object leadClaim = jwt.getClaim(LEAD_CLAIM);
            lead = leadClaim != null && "true".equals(leadClaim.toString().replace("\"", ""));
        }
        if (id == null || id.isBlank()) {
            return Caller.ANONYMOUS;
        }
        return new Caller(id, Caller.rolesOf(identity.getRoles()), department, lead);
    }
}
