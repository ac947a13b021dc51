package io.suishoupai.shared.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableRowsTest {

    @Test
    void aListIsOneJsonArrayInItsOrderAndEmptyWhenNoRowPasses() {
        assertEquals("SELECT coalesce(json_agg(r ORDER BY r.code), '[]')::text FROM category r WHERE active",
                TableRows.listStatement("category", "active", "r.code"));
    }

    @Test
    void noConditionReadsEveryRow() {
        assertEquals("SELECT coalesce(json_agg(r ORDER BY r.id), '[]')::text FROM notification_channel r",
                TableRows.listStatement("notification_channel", "", "r.id"));
    }
}
