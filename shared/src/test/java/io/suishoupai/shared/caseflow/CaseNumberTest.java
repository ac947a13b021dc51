package io.suishoupai.shared.caseflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void aTypedNumberIsReadWithoutItsSpaceAndCase() {
        assertEquals(new CaseNumber("XN-20261102-000123"), CaseNumber.of("  xn-20261102-000123\t"));
        assertEquals("XN-20261102-000123", CaseNumber.of("Xn-20261102-000123").toString());
    }

    @Test
    void thereIsNoNullNumber() {
        assertThrows(NullPointerException.class, () -> new CaseNumber(null));
    }
}
