package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * get-case input: {@code GET /get-case?caseNumber=…} or {@code POST {"caseNumber":…}}. A class with setters,
 * because Funqy's GET binding fills its input through setters.
 */
@RegisterForReflection
public class CaseLookup {

    private String caseNumber;

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}
