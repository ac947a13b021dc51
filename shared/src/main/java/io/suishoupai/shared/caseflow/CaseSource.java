package io.suishoupai.shared.caseflow;

/** Where a report came from: a citizen, city staff outside their duties, or an Open311 client. */
public enum CaseSource {
    CITIZEN, STAFF, OPEN311
}
