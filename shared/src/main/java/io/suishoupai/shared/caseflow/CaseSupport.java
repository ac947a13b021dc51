package io.suishoupai.shared.caseflow;

import io.suishoupai.shared.runtime.CurrentSql;
import io.smallrye.mutiny.Uni;

/** The "still there" (我也遇到) table: who said so of which case. */
public final class CaseSupport {

    private CaseSupport() {
    }

    /**
     * SQL: how many said "still there" of the {@code city_case} row aliased {@code c} — of it and of the cases merged
     * into it as its duplicates (their reporters met the same problem). Views, queues and the export count the same.
     * Two sums, not one count with an OR: each half reads an index (case_support's key; the duplicates' index), where
     * the OR made PostgreSQL scan all of case_support once per case listed. A case is never its own duplicate, so the
     * halves never count a row twice.
     */
    public static final String COUNT_SQL = "((SELECT count(*) FROM case_support s WHERE s.case_id = c.id) + "
            + "(SELECT count(*) FROM city_case u JOIN case_support s ON s.case_id = u.id "
            + "WHERE u.duplicate_of = c.case_number))";

    /**
     * Must run inside a transaction. Records the caller's support; false when they had said so already (a second
     * call at the same moment meets the primary key, not a second row).
     */
    public static Uni<Boolean> add(long caseId, String accountId, java.time.Instant at) {
        return CurrentSql.here().update("INSERT INTO case_support (case_id, account_id, at) "
                + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", caseId, accountId, at).map(inserted -> inserted == 1);
    }
}
