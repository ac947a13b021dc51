package io.suishoupai.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;

class AudienceTest {

    static CityCase reportedBy(String reporter, String department) {
        CityCase c = new CityCase();
        c.reporterId = reporter;
        c.departmentCode = department;
        return c;
    }

    static Caller caller(String id, String department, Role... roles) {
        return new Caller(id, Set.of(roles), department);
    }

    @Test
    void staffReportingOutsideTheirDutiesSeeOtherPeoplesCasesAsThePublicDoes() {
        CityCase someoneElses = reportedBy("citizen-a", "YLJ");
        assertEquals(Audience.PUBLIC, Audience.of(caller("staff-1", null, Role.STAFF), someoneElses));
        assertEquals(Audience.REPORTER, Audience.of(caller("staff-1", null, Role.STAFF), reportedBy("staff-1", "YLJ")));
    }

    @Test
    void theCommandCentreAndTheOwnDepartmentSeeTheStaffView() {
        CityCase c = reportedBy("citizen-a", "YLJ");
        for (Role role : new Role[] {Role.SCREENER, Role.INSPECTOR, Role.ADMIN}) {
            assertEquals(Audience.STAFF, Audience.of(caller("x", null, role), c), role.name());
        }
        assertEquals(Audience.STAFF, Audience.of(caller("h", "YLJ", Role.HANDLER), c));
        assertEquals(Audience.PUBLIC, Audience.of(caller("h", "SZC", Role.HANDLER), c));
    }

    @Test
    void anonymousAndOtherCitizensGetThePublicView() {
        CityCase c = reportedBy("citizen-a", "YLJ");
        assertEquals(Audience.PUBLIC, Audience.of(Caller.ANONYMOUS, c));
        assertEquals(Audience.PUBLIC, Audience.of(caller("citizen-b", null, Role.CITIZEN), c));
        assertEquals(Audience.REPORTER, Audience.of(caller("citizen-a", null, Role.CITIZEN), c));
    }

    @Test
    void mayBeStaffIsTrueExactlyForCallersSomeCaseShowsTheStaffView() {
        CityCase ofTheirDepartment = reportedBy("citizen-a", "YLJ");
        for (Role role : Role.values()) {
            Caller caller = caller("x", "YLJ", role);
            boolean staffSomewhere = Audience.of(caller, ofTheirDepartment) == Audience.STAFF;
            assertEquals(staffSomewhere, Audience.mayBeStaff(caller), role.name());
        }
        assertEquals(false, Audience.mayBeStaff(Caller.ANONYMOUS));
    }
}
