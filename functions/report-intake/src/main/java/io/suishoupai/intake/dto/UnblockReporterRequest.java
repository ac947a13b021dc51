package io.suishoupai.intake.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"accountId"}: lift a block. */
@RegisterForReflection
public record UnblockReporterRequest(String accountId) {
}
