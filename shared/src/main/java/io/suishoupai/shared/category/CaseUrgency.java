package io.suishoupai.shared.category;

/**
 * How urgent one case is (急要件 or not): set from its category when it arrives, decided by the screener when filing.
 * Beside the category's own default ({@link Urgency}), whose time limits it selects.
 * An urgent case is disposed of within its category's urgent time limit.
 */
public enum CaseUrgency {
    NORMAL, URGENT;

    /** A case of a category whose default is URGENT or CRITICAL starts urgent. */
    public static CaseUrgency startingFrom(Urgency categoryDefault) {
        return categoryDefault == null || categoryDefault == Urgency.NORMAL ? NORMAL : URGENT;
    }
}
