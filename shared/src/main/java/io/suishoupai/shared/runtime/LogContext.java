package io.suishoupai.shared.runtime;

import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.MDC;

/**
 * The keys every JSON log line may carry, and the copy that keeps them when work hops to another Vert.x context
 * (the logging context lives in the context's locals, and each database hop starts a fresh one).
 */
public final class LogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String CASE_NUMBER = "caseNumber";

    private LogContext() {
    }

    /** What the current thread or context carries now. */
    public static Map<String, Object> capture() {
        Map<String, Object> map = MDC.getMap();
        return map == null || map.isEmpty() ? Map.of() : new HashMap<>(map);
    }

    /** Puts a captured logging context back, on the context the work continues on. */
    public static void restore(Map<String, Object> captured) {
        captured.forEach(MDC::put);
    }

    /** From here on, this request's log lines name the case. */
    public static void caseNumber(String caseNumber) {
        if (caseNumber != null) {
            MDC.put(CASE_NUMBER, caseNumber);
        }
    }
}
