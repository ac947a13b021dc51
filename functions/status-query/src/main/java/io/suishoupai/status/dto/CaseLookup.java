package io.suishoupai.status.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * get-case input: {@code GET /get-case?caseNumber=…&coordSystem=…} or {@code POST {"caseNumber":…}};
 * {@code coordSystem} (WGS84 unless given) is the system the location is answered in. A class with setters,
 * because Funqy's GET binding fills its input through setters.
 */
@RegisterForReflection
public class CaseLookup {

    private String caseNumber;
    private String coordSystem;

    public String getCoordSystem() {
        return coordSystem;
    }

    public void setCoordSystem(String coordSystem) {
        this.coordSystem = coordSystem;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}
