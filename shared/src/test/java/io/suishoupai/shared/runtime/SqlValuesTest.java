package io.suishoupai.shared.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SqlValuesTest {

    static final LocalDate MID_AUTUMN = LocalDate.of(2026, 9, 25);

    @Test
    void aDateColumnReadsTheSameWhicheverTypeTheDriverGives() {
        assertEquals(MID_AUTUMN, SqlValues.localDate(MID_AUTUMN));
        assertEquals(MID_AUTUMN, SqlValues.localDate(java.sql.Date.valueOf(MID_AUTUMN)));
        assertEquals(MID_AUTUMN, SqlValues.localDate("2026-09-25"));
        assertNull(SqlValues.localDate(null));
    }

    @Test
    void aCountReadsTheSameWhicheverIntegerTypeTheDriverGives() {
        assertEquals(20L, SqlValues.longValue(20));
        assertEquals(20L, SqlValues.longValue(20L));
        assertEquals(20L, SqlValues.longValue(new java.math.BigDecimal("20")));
        assertNull(SqlValues.longValue(null));
    }
}
