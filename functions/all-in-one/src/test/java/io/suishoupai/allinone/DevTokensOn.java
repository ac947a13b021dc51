package io.suishoupai.allinone;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** What the launcher switches on when it runs on embedded defaults. */
public class DevTokensOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("suishoupai.dev-token-enabled", "true");
    }
}
