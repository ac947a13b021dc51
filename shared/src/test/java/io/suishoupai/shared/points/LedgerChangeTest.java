package io.suishoupai.shared.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.points.PointsLedger.Change;
import io.suishoupai.shared.points.PointsLedger.Reason;

/**
 * Ledger keys are stored (points_entry.unique_key) and make each change happen once: a key whose shape changed
 * would let a grant, a spend or a refund already made happen again. These pin them.
 */
class LedgerChangeTest {

    @Test
    void earnedPointsAreKeyedByAccountReasonAndCase() {
        Change filed = Change.earned("u-1", 5, Reason.FILED, "XN-20261102-000001");
        assertEquals("u-1|FILED|XN-20261102-000001", filed.uniqueKey());
        assertEquals(5, filed.delta());
        assertEquals("system", filed.actorId());
        assertEquals("u-1|CLOSED|XN-20261102-000001",
                Change.earned("u-1", 50, Reason.CLOSED, "XN-20261102-000001").uniqueKey());
    }

    @Test
    void adjustmentsRedemptionsAndRefundsHaveTheirOwnKeys() {
        Change adjust = Change.adjustment("u-1", -10, "duplicate account", "admin-1", "k-9");
        assertEquals("adjust|admin-1|k-9", adjust.uniqueKey());
        assertEquals(Reason.ADJUSTMENT, adjust.reason());

        Change spend = Change.redemption("u-1", 30, 42L, "TOPUP-10");
        assertEquals("redeem|42", spend.uniqueKey());
        assertEquals(-30, spend.delta(), "a redemption spends");

        Change refund = Change.refund("u-1", 30, 42L, "cancelled", "admin-1");
        assertEquals("refund|42", refund.uniqueKey());
        assertEquals(30, refund.delta(), "a refund gives back");
    }
}
