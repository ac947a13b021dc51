package io.suishoupai.shared.view;

import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;

/** Who a case view is for: anyone, the case's own reporter, or city staff. */
public enum Audience {
    PUBLIC, REPORTER, STAFF;

    /**
     * City staff see the staff view; a handler only for cases of its own department (it acts on no other).
     * The reporter sees their own case in full. Everyone else gets the public view.
     */
    public static Audience of(Caller caller, CityCase c) {
        if (!caller.authenticated()) {
            return PUBLIC;
        }
        boolean otherStaff = caller.hasAny(Role.SCREENER, Role.INSPECTOR, Role.ADMIN, Role.STAFF);
        boolean ownDepartmentHandler = caller.has(Role.HANDLER) && caller.department() != null
                && caller.department().equals(c.departmentCode);
        if (otherStaff || ownDepartmentHandler) {
            return STAFF;
        }
        if (caller.id().equals(c.reporterId)) {
            return REPORTER;
        }
        return PUBLIC;
    }
}
