package io.suishoupai.shared.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every Suishoupai setting, each with its default here and nowhere else (ConfigDefaultsTest: no {@code suishoupai.*}
 * key in a properties file of shared). A deployment overrides them with environment variables
 * ({@code SUISHOUPAI_INTAKE_DAILY_LIMIT=30}) or its application.properties; an unknown {@code suishoupai.*} key fails
 * start-up.
 */
@ConfigMapping(prefix = "suishoupai")
public interface SuishoupaiConfig {

    /** Case numbers read PREFIX-yyyyMMdd-NNNNNN. */
    @WithDefault("XN")
    String caseNumberPrefix();

    /** The city's zone: working calendar, daily limits, case-number days. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    ServiceArea serviceArea();

    Intake intake();

    Duplicates duplicates();

    Storage storage();

    Media media();

    Calendar calendar();

    Open311 open311();

    Reminders reminders();

    Stages stages();

    Points points();

    Rating rating();

    Notifications notifications();

    Subscriptions subscriptions();

    Triage triage();

    Limits limits();

    Metrics metrics();

    Security security();

    Web web();

    /**
     * What the web clients need to know at run time, written by the all-in-one app as {@code /app/config.json} (and
     * by operators beside a static deployment), so that one build of the app serves every city.
     */
    interface Web {
        /** The functions' base URL as a browser reaches it; empty: the app's own origin (the all-in-one app). */
        Optional<String> apiBaseUrl();

        WebOidc oidc();

        WebTiles tiles();

        /** The map's first zoom level when the phone's position is unknown (centred on the service area). */
        @WithDefault("13")
        int initialZoom();
    }

    /** The city's OpenID Connect provider for the web clients' sign-in (Authorization Code + PKCE). */
    interface WebOidc {
        /** The issuer URL (its /.well-known/openid-configuration is read by the browser); unset: no OIDC sign-in. */
        Optional<String> authority();

        /** The public client registered for the citizen's app. */
        Optional<String> clientId();

        @WithDefault("openid profile")
        String scope();

        /** The resource (RFC 8707) the access token is asked for, when the provider needs one to issue a JWT. */
        Optional<String> resource();
    }

    /** The base map. Tianditu's tiles are CGCS2000 (WGS-84 to the pin), AMap's and Tencent's GCJ-02. */
    interface WebTiles {
        /**
         * A Leaflet tile URL template ({z} {x} {y} {s} {key}); the default is a plain grid the app ships, so the
         * map works with no outside service (a city sets its provider here).
         */
        @WithDefault("tiles/grid.png")
        String url();

        /** The coordinate system the tiles are drawn in: WGS84, CGCS2000, GCJ02 or BD09. */
        @WithDefault("WGS84")
        String coordSystem();

        /** The provider's browser key, put in the template's {key}. */
        Optional<String> key();

        /** Comma-separated values of the template's {s}. */
        Optional<String> subdomains();

        Optional<String> attribution();

        @WithDefault("18")
        int maxZoom();
    }

    /** Bounds on the tokens callers present, beyond the signature, issuer, audience and expiry SmallRye checks. */
    interface Security {
        /** Longest a token may live (exp − iat): a stolen token is worth a day at most. */
        @WithDefault("PT24H")
        java.time.Duration maxTokenLifetime();

        /** The same for a token whose only role is scheduler (the scheduled triggers' token, rotated with the key). */
        @WithDefault("P400D")
        java.time.Duration maxSchedulerTokenLifetime();

        /** How far a token's iat may lie ahead of this clock (clock drift between the issuer and us). */
        @WithDefault("PT60S")
        java.time.Duration clockSkew();

        /** Verified bearer tokens remembered per process (0: verify every call); see CachingJwtParser. */
        @WithDefault("1000")
        int tokenCacheSize();

        /**
         * Longest a verified token is remembered (never past its exp): after a signing key is withdrawn, tokens it
         * signed are still accepted this long. PT0S turns the memory off.
         */
        @WithDefault("PT5M")
        java.time.Duration tokenCacheTtl();
    }

    Stats stats();

    Search search();

    /**
     * The bounds on a public search by text (q, place): the trigram indexes cannot narrow a text under three
     * characters (most Chinese words are two), so such a search reads cases until it has counted 10 001 matches, the
     * whole table for a rare word.
     */
    interface Search {
        /** Text searches one process runs at once; more are refused 503 BUSY. */
        @WithDefault("4")
        int textMaxConcurrent();

        /** How long PostgreSQL may spend on one text search before it is cancelled (503). */
        @WithDefault("PT5S")
        Duration textStatementTimeout();
    }

    Imports imports();

    Database database();

    interface Database {
        /** The region RDS IAM tokens are signed for (rds-iam credentials); default: AWS_REGION, as Lambda sets it. */
        Optional<String> region();
    }

    /** The bounds on case-stats, a public call whose cost grows with the period asked for. */
    interface Stats {
        /** The longest period anyone but the command centre's roles may ask for. */
        @WithDefault("P366D")
        Duration publicMaxPeriod();

        /** Statistics queries one process runs at once; more are refused 503 BUSY. */
        @WithDefault("2")
        int maxConcurrent();

        /** How long PostgreSQL may spend on one statistics query before it is cancelled (503). */
        @WithDefault("PT10S")
        Duration statementTimeout();

        /**
         * 综合指标值: a department's score is the sum of each named rate (0–1) times its weight, as
         * {@code name:weight,…} over case-stats' indicator names; an unknown name stops the app at start-up.
         */
        @WithDefault("dueClosureRate:40,onTimeClosureRate:40,dispatchAccuracy:20")
        String scoreWeights();

        /** Rows one export-cases call writes at most (a wider export is refused 400: narrow the filters). */
        @WithDefault("1000000")
        int exportMaxRows();

        /** Exports one process streams at once; more are refused 503 BUSY. */
        @WithDefault("2")
        int exportMaxConcurrent();

        /** Points off a department's score for each failed 核查 (an inspector's send-back for rework). */
        @WithDefault("0.5")
        double scoreReworkDeduction();
    }

    /** Admins' bulk imports (import-areas, import-components). */
    interface Imports {
        /**
         * The body an admin's import may send (every other call: quarkus.http.limits.max-body-size, 64 KB). Read only
         * after the bearer token proved an admin, so nobody else can make a function buffer this much.
         */
        @WithDefault("16M")
        io.quarkus.runtime.configuration.MemorySize maxBodySize();
    }

    interface Metrics {
        /** Export suishoupai_cases{state} (one query every 30 s at most, when scraped). */
        @WithDefault("false")
        boolean caseGauges();
    }

    /**
     * POST /dev/token mints tokens with the local key pair. Only the all-in-one launcher turns it on, and only
     * when it runs on its embedded defaults.
     */
    @WithDefault("false")
    boolean devTokenEnabled();

    /** Where the all-in-one app keeps its embedded database, objects and dev keys (read by its launcher). */
    Optional<String> dataDir();

    /** Abuse limits per caller (see AbuseLimits). */
    interface Limits {
        /** The rate-limit window. */
        @WithDefault("PT1M")
        Duration window();

        @WithDefault("30")
        int signUploadsPerWindow();

        @WithDefault("10")
        int submitReportPerWindow();

        /** Uploads a caller may have signed and not yet attached to a report, within the pending window. */
        @WithDefault("60")
        int pendingUploads();

        @WithDefault("PT24H")
        Duration pendingWindow();
    }

    interface ServiceArea {
        @WithDefault("29.0")
        double minLat();

        @WithDefault("30.4")

        double maxLat();

        @WithDefault("113.5")

        double minLon();

        @WithDefault("115.0")

        double maxLon();
    }

    interface Intake {
        /** Reports one caller may submit per city-local day. */
        @WithDefault("20")
        int dailyLimit();

        @WithDefault("2")

        int minPhotos();

        @WithDefault("9")

        int maxItems();

        @WithDefault("1000")

        int descriptionMaxLength();

        /**
         * The memory one process may hold in photos being checked and stripped, whatever the number of reports
         * arriving: a photo up to 256 KiB is held whole, a larger one streams from its upload to its kept copy, and
         * each counts its bytes held plus 256 KiB of buffers (at most 512 KiB, whatever its size). 80M lets about 160
         * photos through at once; 16 threads per process check and keep them.
         */
        @WithDefault("80M")
        io.quarkus.runtime.configuration.MemorySize photoMemory();

        /** How long a report waits for room before it is refused 503 BUSY. */
        @WithDefault("PT20S")
        Duration photoWait();

        /**
         * How far a report may lie from the component it names: a phone's fix in a street is often 10–30 m off, a
         * cover across the road is another component.
         */
        @WithDefault("50")
        double componentMaxDistanceMeters();
    }

    interface Duplicates {
        @WithDefault("50")
        double radiusMeters();

        @WithDefault("P7D")

        Duration window();
    }

    interface Storage {
        @WithDefault("suishoupai-media")
        String bucket();

        @WithDefault("PT10M")

        Duration uploadUrlTtl();

        /** How long a media link in a case view works. */
        @WithDefault("PT10M")
        Duration viewUrlTtl();

        /** Base URL phones use to reach the bucket, when it differs from the S3 endpoint the functions use. */
        Optional<String> publicEndpoint();

        /**
         * How long a bucket that answered is taken as reachable before sign-uploads asks it again (a HEAD per
         * signing would cost every upload a round trip; a failed check is never remembered). PT0S: every call.
         */
        @WithDefault("PT15S")
        Duration reachableFor();
    }

    interface Calendar {
        /** Daily work periods, e.g. 08:30-12:00,14:00-17:30. */
        @WithDefault("08:30-12:00,14:00-17:30")
        java.util.List<String> workPeriods();

        @WithDefault("SATURDAY,SUNDAY")
        java.util.List<java.time.DayOfWeek> weekend();
    }

    interface Points {
        /** Most points a reporter earns (filing + closure) per city-local day. */
        @WithDefault("50")
        int dailyCap();

        /** Bonus when a report's case is closed. */
        @WithDefault("5")
        int closureBonus();
    }

    interface Rating {
        /** A rating at or below this reopens the case (once). */
        @WithDefault("2")
        int reopenMaxScore();

        /** ... if given within this time of the closure. */
        @WithDefault("P7D")
        java.time.Duration reopenWindow();
    }

    /**
     * The command centre's stage time limits (CaseStage), in hours — working hours of the working calendar unless
     * {@code working-hours} is false: each stage is due that long after it starts, reminded at the due-soon fraction
     * and when overdue.
     */
    interface Stages {
        /** 受理/立案: a report is screened this long after it is submitted. */
        @WithDefault("2")
        int screeningHours();

        /** 核实: an inspector reports the on-site check this long after it is asked for. */
        @WithDefault("4")
        int checkHours();

        /** 派遣: a filed (or returned) case is dispatched this long after. */
        @WithDefault("1")
        int dispatchHours();

        /** 核查: an inspector verifies a reported fix this long after it is reported. */
        @WithDefault("24")
        int verificationHours();

        /** Count the limits in working hours of the working calendar (false: calendar hours). */
        @WithDefault("true")
        boolean workingHours();
    }

    interface Reminders {
        /** Share of the limit after which a dispatched case is "due soon". */
        @WithDefault("0.75")
        double dueSoonFraction();

        /** Quarkus Scheduler cron for reminder runs on long-lived containers (Lambda: EventBridge instead). */
        @WithDefault("0 */5 * * * ?")
        String cron();

        /**
         * Cases one run records a reminder for, per level, the longest overdue first: a backlog (after an import of
         * old cases, or runs missed during an outage) is worked off over the following runs, and no run holds a
         * transaction, or the cases it loads, in proportion to the whole backlog.
         */
        @WithDefault("500")
        int batch();

        /**
         * Working days a dispatched case may go without a public update before the reminder run posts the automatic
         * progress note (the PROGRESS response template, or a default wording); 0 turns it off.
         */
        @WithDefault("3")
        int progressNoteWorkingDays();

        /** Monthly bulletin cron (01:00 on the 1st, in the city's zone). */
        @WithDefault("0 0 1 1 * ?")
        String bulletinCron();
    }

    interface Subscriptions {
        /** Area and near-me subscriptions one citizen may hold: each widens every case's news fan-out. */
        @WithDefault("20")
        int maxPlaces();

        /**
         * Case subscriptions a citizen may hold and still add one by hand (their own reports and "still there"s count
         * too, but subscribe them whatever the count).
         */
        @WithDefault("200")
        int maxCases();
    }

    interface Notifications {
        /**
         * Whether channel URLs may be plain http and point at loopback or private addresses: only the embedded
         * defaults (local receivers) allow it; see ChannelTargets.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** Attempts before a message becomes a dead letter. */
        @WithDefault("5")
        int maxAttempts();

        /** First retry delay; doubled each attempt. */
        @WithDefault("PT30S")
        java.time.Duration retryBase();

        @WithDefault("PT1H")
        java.time.Duration retryCap();

        /** How long a claimed message is hidden from other delivery runs. */
        @WithDefault("PT2M")
        java.time.Duration lease();

        @WithDefault("PT5S")
        java.time.Duration timeout();

        @WithDefault("50")
        int batch();

        /** Messages a citizen gets per day at most (the city's day); news beyond it waits for the next day. */
        @WithDefault("10")
        int citizenDailyCap();

        /** News items one citizen message carries at most; more wait for the next pass. */
        @WithDefault("20")
        int citizenItemsPerMessage();

        /** Citizens one delivery pass batches news for. */
        @WithDefault("200")
        int citizenBatch();

        /** News older than this that the daily cap kept back is dropped: stale news is no news. */
        @WithDefault("P3D")
        java.time.Duration citizenNewsMaxAge();

        /** How often containers deliver (Quarkus Scheduler). */
        @WithDefault("10s")
        String every();
    }

    interface Open311 {
        /** Photos an Open311 report needs: the standard carries at most one media_url, so none by default. */
        @WithDefault("0")
        int minPhotos();

        /** Longest description an Open311 client may send: the GeoReport v2 schemas allow 4000 characters. */
        @WithDefault("4000")
        int descriptionMaxLength();

        /** Most ids one GET may ask for in service_request_id (FixMyStreet polls every report it has sent). */
        @WithDefault("1000")
        int maxRequestIds();

        /** Where clients reach the Open311 API, as discovery announces it (the city's public address in production). */
        @WithDefault("http://localhost:8080/open311/v2")
        String baseUrl();

        /** Discovery's contact. */
        @WithDefault("城市管理指挥中心 12319")
        String contact();

        /** Discovery's key_service: how a client gets an api_key. */
        @WithDefault("Ask the city's command centre for an api_key")
        String keyService();
    }

    interface Triage {
        /** After-photos a disposal report needs. */
        @WithDefault("1")
        int disposalMinPhotos();

        /** Longest single extension a handler may ask for, in hours. */
        @WithDefault("720")
        int maxExtensionHours();

        /**
         * The sources whose cases an inspector must check on site (核实) before they are filed (issue #17); none by
         * default, so a screener files directly. E.g. {@code CITIZEN,OPEN311,HOTLINE}. Names of
         * {@code CaseSource} (kept as text here: the settings depend on no other package of the core).
         */
        Optional<java.util.List<String>> checkRequiredSources();

        /** The longest first extension a screener may approve; a longer or a second one needs a leader. */
        @WithDefault("72")
        int screenerExtensionMaxHours();

        /** The furthest a case may be parked (挂账) or deferred (缓办) ahead, in days. */
        @WithDefault("366")
        int maxPauseDays();
    }

    interface Media {
        @WithDefault("10485760")
        long photoMaxBytes();

        @WithDefault("52428800")

        long videoMaxBytes();

        @WithDefault("5242880")

        long audioMaxBytes();

        /** Most items one sign-uploads call may ask for. */
        @WithDefault("9")
        int maxItemsPerRequest();
    }
}
