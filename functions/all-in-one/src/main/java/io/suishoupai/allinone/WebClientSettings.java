package io.suishoupai.allinone;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.geo.CoordSystem;

/**
 * The web clients' config.json: what one build of the app needs to know about the city it serves — where the API
 * is, how people sign in, which map tiles in which coordinate system, and the intake limits the phone checks
 * before it uploads anything (the server checks them again).
 */
@RegisterForReflection
public record WebClientSettings(String apiBaseUrl, String caseNumberPrefix, SignIn signIn, MapSettings map,
        Limits limits, String zone) {

    @RegisterForReflection
    public record SignIn(boolean dev, Oidc oidc) {
    }

    @RegisterForReflection
    public record Oidc(String authority, String clientId, String scope, String resource) {
    }

    @RegisterForReflection
    public record MapSettings(Tiles tiles, double centerLat, double centerLon, int zoom) {
    }

    @RegisterForReflection
    public record Tiles(String url, String coordSystem, String key, List<String> subdomains, String attribution,
            int maxZoom) {
    }

    @RegisterForReflection
    public record Limits(int minPhotos, int maxItems, int descriptionMaxLength, long photoMaxBytes,
            long videoMaxBytes, long audioMaxBytes) {
    }

    /** The settings from the configuration; refuses a tile coordinate system the app cannot convert to. */
    public static WebClientSettings of(SuishoupaiConfig config) {
        SuishoupaiConfig.Web web = config.web();
        String tileSystem = web.tiles().coordSystem();
        if (CoordSystem.parse(tileSystem).isEmpty()) {
            throw new IllegalStateException("suishoupai.web.tiles.coord-system must be one of WGS84, CGCS2000, GCJ02, "
                    + "BD09, not " + tileSystem);
        }
        Oidc oidc = web.oidc().authority().isPresent() && web.oidc().clientId().isPresent()
                ? new Oidc(web.oidc().authority().get(), web.oidc().clientId().get(), web.oidc().scope(),
                        web.oidc().resource().orElse(null))
                : null;
        List<String> subdomains = web.tiles().subdomains().map(s -> List.of(s.split(","))).orElse(List.of());
        Tiles tiles = new Tiles(web.tiles().url(), tileSystem, web.tiles().key().orElse(null), subdomains,
                web.tiles().attribution().orElse(""), web.tiles().maxZoom());
        SuishoupaiConfig.ServiceArea area = config.serviceArea();
        MapSettings map = new MapSettings(tiles, (area.minLat() + area.maxLat()) / 2, (area.minLon() + area.maxLon()) / 2,
                web.initialZoom());
        Limits limits = new Limits(config.intake().minPhotos(), config.intake().maxItems(),
                config.intake().descriptionMaxLength(), config.media().photoMaxBytes(), config.media().videoMaxBytes(),
                config.media().audioMaxBytes());
        return new WebClientSettings(web.apiBaseUrl().orElse(""), config.caseNumberPrefix(),
                new SignIn(config.devTokenEnabled(), oidc), map, limits, config.zone().getId());
    }
}
