package io.suishoupai.shared.caseflow;

import java.util.Optional;

/**
 * Which case a report may be merged into as its duplicate (重复件): another case that exists and is still open. The
 * answer is the reason it may not, in words a screener reads, or empty.
 */
public final class MergeTarget {

    private MergeTarget() {
    }

    /**
     * @param masterNumber the case number the screener named
     * @param masterState that case's state, or null when there is no such case
     * @param sameCase whether it is the case being screened
     */
    public static Optional<String> refusal(String masterNumber, CaseState masterState, boolean sameCase) {
        if (masterState == null) {
            return Optional.of(masterNumber + " is unknown");
        }
        if (sameCase) {
            return Optional.of(masterNumber + " is this case");
        }
        if (!masterState.isOpen()) {
            return Optional.of(masterNumber + " is in state " + masterState);
        }
        return Optional.empty();
    }
}
