package io.suishoupai.triage.dto;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A handler of the department (seen when they last opened their queue) and the open cases assigned to them. */
@RegisterForReflection
public record DepartmentMemberView(String accountId, Instant seenAt, long assigned, long overdue) {
}
