package io.suishoupai.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cases written straight to the database in state SUBMITTED, with their first event, for tests of functions
 * that act on cases other functions create.
 */
public final class TestCases {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500_000);

    private TestCases() {
    }

    public static String submitted(String categoryCode, double lat, double lon, String reporter) {
        String number = "XN-20260901-" + SEQUENCE.incrementAndGet();
        TestInfra.execute("insert into city_case (case_number, state, category_code, description, address, lat, lon, "
                + "reporter_id, source, created_at, updated_at) values ('" + number + "', 'SUBMITTED', '" + categoryCode
                + "', '测试问题', '咸安区', " + lat + ", " + lon + ", '" + reporter + "', 'CITIZEN', now(), now())");
        TestInfra.execute("insert into case_event (case_id, at, actor_id, actor_role, to_state, public_note) select id, "
                + "now(), '" + reporter + "', 'CITIZEN', 'SUBMITTED', true from city_case where case_number = '" + number + "'");
        return number;
    }

    public static String submitted(String categoryCode) {
        return submitted(categoryCode, 29.8421, 114.3225, "citizen-test");
    }

    /** A case dispatched to a department at t0 with a deadline of t0 + hours (for reminder tests). */
    public static String dispatched(String department, java.time.Instant t0, int hours) {
        String number = submitted("01-01-08");
        TestInfra.execute("update city_case set state = 'DISPATCHED', department_code = '" + department
                + "', dispatched_at = '" + t0 + "', deadline = timestamptz '" + t0 + "' + interval '" + hours
                + " hours' where case_number = '" + number + "'");
        return number;
    }

    public static String state(String caseNumber) {
        return TestInfra.string("select state from city_case where case_number = '" + caseNumber + "'");
    }

    public static long events(String caseNumber) {
        return TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + caseNumber + "'");
    }
}
