package io.suishoupai.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cases written straight to the database in state SUBMITTED, with their first event and the reporter's
 * subscription (what intake writes), for
 * tests of functions that act on cases other functions create. Later states come through the domain:
 * {@link DomainCases}.
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
        // the reporter follows their own case, as intake subscribes them
        TestInfra.execute("insert into subscription (account_id, kind, case_id, created_at) select '" + reporter
                + "', 'CASE', id, now() from city_case where case_number = '" + number + "'");
        return number;
    }

    public static String submitted(String categoryCode) {
        return submitted(categoryCode, 29.8421, 114.3225, "citizen-test");
    }

    public static String state(String caseNumber) {
        return TestInfra.string("select state from city_case where case_number = '" + caseNumber + "'");
    }

    public static long events(String caseNumber) {
        return TestInfra.count("select count(*) from case_event e join city_case c on c.id = e.case_id "
                + "where c.case_number = '" + caseNumber + "'");
    }
}
