package io.suishoupai.shared.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;

/**
 * Who is calling, read from the JWT before any asynchronous work starts (Funqy ends the request context early):
 * the subject, the roles ({@code groups}), a handler's department ({@code dept}) and whether they lead it
 * ({@code lead}).
 * An anonymous caller has a null id and no roles.
 */
public record Caller(String id, Set<Role> roles, String department, boolean lead) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, false);

    public Caller(String id, Set<Role> roles, String department) {
        this(id, roles, department, false);
    }

    /**
     * A department lead (科室负责人): a handler of a department whose token also says {@code "lead": true}. Leads
     * assign their department's cases to its handlers (assign-case).
     */
    public boolean leadsDepartment() {
        return lead && has(Role.HANDLER) && department != null;
    }

    public boolean authenticated() {
        return id != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Whether this caller handles cases for the given department: a handler whose token names that department. */
    public boolean handlesFor(String departmentCode) {
        return has(Role.HANDLER) && department != null && department.equals(departmentCode);
    }

    /** 401 when anonymous, 403 when the caller holds none of the roles. */
    public Caller require(Role... anyOf) {
        if (!authenticated()) {
            throw Problems.unauthenticated("A valid bearer token is required.");
        }
        if (!hasAny(anyOf)) {
            throw Problems.forbidden(ErrorCode.FORBIDDEN, "This needs one of the roles "
                    + Arrays.stream(anyOf).map(Role::claim).toList() + ".");
        }
        return this;
    }

    static Set<Role> rolesOf(Iterable<String> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String claim : claims) {
            Role.fromClaim(claim).ifPresent(roles::add);
        }
        return Set.copyOf(roles);
    }
}
