package io.suishoupai.allinone.web;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * The citizen's app end to end in headless Chromium (web/e2e/citizen.e2e.mjs) against this app on embedded
 * PostgreSQL and S3Proxy, with dev sign-in on as on embedded defaults. The tiles are declared GCJ-02 (as AMap's or
 * Tencent's would be), so the pin a citizen moves is converted for real on its way to the database.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
@TestProfile(CitizenAppBrowserTest.Profile.class)
class CitizenAppBrowserTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suishoupai.dev-token-enabled", "true",
                    "suishoupai.web.tiles.coord-system", "GCJ02");
        }
    }

    @Test
    void aCitizenReportsFollowsRatesAndRedeemsInARealBrowser() throws Exception {
        String base = ConfigProvider.getConfig().getValue("test.url", String.class);
        NodeTests.run("citizen.e2e.mjs", Map.of("SUISHOUPAI_BASE_URL", base));
    }
}
