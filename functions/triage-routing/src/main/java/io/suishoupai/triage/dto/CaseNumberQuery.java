package io.suishoupai.triage.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ?caseNumber=…}: a class with setters, as Funqy's GET binding needs. */
@RegisterForReflection
public class CaseNumberQuery {

    private String caseNumber;

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}
