package io.suishoupai.allinone.web;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.suishoupai.allinone.DevTokensOn;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * The command centre's console end to end in headless Chromium (web/e2e/console.e2e.mjs): the staff path from a
 * new report to its closure, an extension approved, and a conflict between two screeners shown and recovered.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
@TestProfile(DevTokensOn.class)
class ConsoleBrowserTest {

    @Test
    void theStaffTakeACaseFromTheQueueToClosureInARealBrowser() throws Exception {
        String base = ConfigProvider.getConfig().getValue("test.url", String.class);
        NodeTests.run("console.e2e.mjs", Map.of("SUISHOUPAI_BASE_URL", base));
    }
}
