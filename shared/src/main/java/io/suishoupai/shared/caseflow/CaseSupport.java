package io.suishoupai.shared.caseflow;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The "still there" (我也遇到) table: who said so of which case. */
public final class CaseSupport {

    private CaseSupport() {
    }

    /**
     * Must run inside a transaction. Records the caller's support; false when they had said so already (a second
     * call at the same moment meets the primary key, not a second row).
     */
    public static Uni<Boolean> add(long caseId, String accountId, java.time.Instant at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO case_support (case_id, account_id, at) "
                + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING").setParameter(1, caseId).setParameter(2, accountId)
                .setParameter(3, at).executeUpdate()).map(inserted -> inserted == 1);
    }
}
