package io.suishoupai.intake.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class Open311ReporterTest {

    static MultiMap form(String... pairs) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void theFirstIdentifyingFieldNamesTheReporterUnderTheClientsKey() {
        assertEquals("open311:7:email:a@example.org",
                Open311Reporter.callerId(7, form("phone", "13800000000", "email", " a@example.org ")));
        assertEquals("open311:7:phone:13800000000", Open311Reporter.callerId(7, form("phone", "13800000000")));
        assertEquals("open311:7:name:张 三", Open311Reporter.callerId(7, form("first_name", "张", "last_name", "三")));
        assertEquals("open311:7:anonymous", Open311Reporter.callerId(7, form("email", "  ")));
    }

    @Test
    void aLongIdentifierIsClippedAndTheClientHasOneKey() {
        String id = Open311Reporter.callerId(7, form("device_id", "d".repeat(500)));
        assertEquals("open311:7:device_id:".length() + 120, id.length());
        assertEquals("open311:7", Open311Reporter.clientKey(7));
    }
}
