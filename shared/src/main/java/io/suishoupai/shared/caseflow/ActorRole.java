package io.suishoupai.shared.caseflow;

/** Who made a move, as recorded in the event log: a caller role, or SYSTEM for rule-driven moves. */
public enum ActorRole {
    CITIZEN, STAFF, SCREENER, HANDLER, INSPECTOR, ADMIN, SCHEDULER, LEADER, SYSTEM
}
