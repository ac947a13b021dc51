package io.suishoupai.allinone.web;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * Production sign-in in a real browser: the app signs a citizen in, and the console a screener, at a real OpenID provider on loopback
 * (Authorization Code + PKCE, oidc-client-ts) and the functions accept the provider's token — verified against its
 * JWKS, issuer and audience — and nothing else (web/e2e/oidc.e2e.mjs). No dev sign-in exists here.
 */
@QuarkusTest
@WithTestResource(value = SuishoupaiTestResource.class, initArgs = @ResourceArg(name = SuishoupaiTestResource.JWT,
        value = "external"))
@WithTestResource(OidcProviderResource.class)
class CitizenOidcBrowserTest {

    @Test
    void aCitizenSignsInAtTheCitysProviderAndReports() throws Exception {
        String base = ConfigProvider.getConfig().getValue("test.url", String.class);
        NodeTests.run("oidc.e2e.mjs", Map.of("SUISHOUPAI_BASE_URL", base));
    }
}
