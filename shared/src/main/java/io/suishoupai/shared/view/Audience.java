package io.suishoupai.shared.view;

import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;

/** Who a case view is for: anyone, the case's own reporter, or city staff. */
public enum Audience {
    PUBLIC, REPORTER, STAFF;

    /** The roles that see every case's staff view. */
    private static final Role[] COMMAND_CENTRE = {Role.SCREENER, Role.INSPECTOR, Role.ADMIN, Role.LEADER};

    /**
     * Whether some case could show this caller the staff view ({@link #of} answers STAFF for at least one case):
     * the command centre, or a handler (for its own department's cases). A read that fetches a case before knowing
     * its audience fetches the staff extras only for such callers.
     */
    public static boolean mayBeStaff(Caller caller) {
        return caller.authenticated() && (caller.hasAny(COMMAND_CENTRE) || caller.has(Role.HANDLER));
    }

    /**
     * The command-centre roles (screener, inspector, admin, leader) see the staff view; a handler only for cases of its own
     * department (it acts on no other). The reporter sees their own case in full. Everyone else gets the public view,
     * the {@code staff} role included: city staff reporting outside their duties may do what a citizen may, and a
     * citizen sees other people's cases as the public does.
     */
    public static Audience of(Caller caller, CityCase c) {
        if (!caller.authenticated()) {
            return PUBLIC;
        }
        boolean commandCentre = caller.hasAny(COMMAND_CENTRE);
        boolean ownDepartmentHandler = caller.handlesFor(c.departmentCode);
        if (commandCentre || ownDepartmentHandler) {
            return STAFF;
        }
        if (caller.id().equals(c.reporterId)) {
            return REPORTER;
        }
        return PUBLIC;
    }
}
