package io.suishoupai.shared.caseflow;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import io.suishoupai.shared.runtime.SqlValues;

/**
 * The seven-step digital city-management states (上报 → 立案 → 派遣 → 处置 → 核查 → 结案, screening first), with the
 * standard's honest ways out: parked (挂账), deferred (缓办), voided (作废).
 */
public enum CaseState {
    /** 上报: received, waiting for screening. */
    SUBMITTED,
    /** 核实: an inspector goes to look before the case is filed (issue #17). */
    CHECKING,
    /** 立案: meets the filing conditions of its category. */
    FILED,
    /** 不予立案: rejected with a reason the citizen sees. Final. */
    NOT_FILED,
    /** 重复: merged into an open case; follows its master. Final. */
    DUPLICATE,
    /** 派遣: assigned to a department with a deadline. */
    DISPATCHED,
    /** 回退: the department says it is not theirs. */
    RETURNED,
    /** 处置完成: the department reports the fix. */
    DISPOSED,
    /** 结案: verified fixed ({@link CaseOutcome#RESOLVED}), or closed unfixed by a leader ({@link CaseOutcome#UNRESOLVED}). */
    CLOSED,
    /** 挂账: parked, waiting on engineering works or a season; a leader approved the department's request. */
    SUSPENDED,
    /** 缓办: put off by a leader's decision until a date. */
    DEFERRED,
    /** 作废: a filed case found invalid, voided by a leader. Final. */
    VOIDED;

    /** The final states: nobody's work any more. Every other state is open. */
    public static final Set<CaseState> FINAL = Collections.unmodifiableSet(EnumSet.of(NOT_FILED, DUPLICATE, CLOSED,
            VOIDED));

    /** Parked until a date: the reminder run (or a screener's resume-case) sends them back to the department. */
    public static final Set<CaseState> PAUSED = Collections.unmodifiableSet(EnumSet.of(SUSPENDED, DEFERRED));

    /** Open: still somebody's work (used by duplicate detection, merging and Open311's status). */
    public boolean isOpen() {
        return !FINAL.contains(this);
    }

    /** The states as an SQL list of literals ({@code 'NOT_FILED', 'DUPLICATE'}), for a query's {@code IN (…)}. */
    public static String sqlList(Set<CaseState> states) {
        return SqlValues.literals(states);
    }
}
