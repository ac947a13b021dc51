package io.suishoupai.triage.service;

import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.triage.dto.CaseCommand;

/** The fields every case command carries, checked in one place. */
final class CaseCommandCheck {

    private CaseCommandCheck() {
    }

    static InputCheck of(CaseCommand command) {
        return InputCheck.of(command)
                .idempotencyKey(command.idempotencyKey())
                .caseNumber(command.caseNumber(), "caseNumber");
    }
}
