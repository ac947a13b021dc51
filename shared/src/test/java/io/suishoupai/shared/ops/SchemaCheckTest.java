package io.suishoupai.shared.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where the start waits for the schema check rather than letting it run while the HTTP server opens. */
class SchemaCheckTest {

    @Test
    void onLambdaTheStartWaitsSoASnapshotNeverHoldsTheCheckHalfDone() {
        assertTrue(SchemaCheck.waitsAtStart(Map.of("AWS_LAMBDA_FUNCTION_NAME", "suishoupai-prod-report-intake",
                "AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")));
        assertTrue(SchemaCheck.waitsAtStart(Map.of("AWS_LAMBDA_FUNCTION_NAME", "suishoupai-prod-status-query")));
    }

    @Test
    void elsewhereTheCheckRunsWhileTheServerOpens() {
        assertFalse(SchemaCheck.waitsAtStart(Map.of()));
        assertFalse(SchemaCheck.waitsAtStart(Map.of("K_SERVICE", "report-intake")),
                "Knative: requests wait at the gate");
    }
}
